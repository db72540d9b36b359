/**
 * What each pattern of the service model allows, in words, for the messages of a value that
 * does not match it. Keyed by the pattern exactly as the model (and service-constraints) spells it;
 * a test checks that every pattern of the model has its words here.
 */
export const PATTERN_WORDS: { readonly [pattern: string]: string } = {
  'arn:[A-Za-z0-9_:/-]+': 'must be an ARN: "arn:" followed by letters, digits, _, :, / and -',
  'arn:\\S+': 'must be an ARN: "arn:" followed by no spaces',
  '\\S+': 'must not contain spaces or line breaks',
  '[A-Za-z0-9_-]+': 'may contain only letters, digits, _ and -',
  '[A-Za-z0-9_:/-]+': 'may contain only letters, digits, _, :, / and - (a name, an id or an ARN)',
  '[A-Za-z0-9_:/-]*': 'may contain only letters, digits, _, :, / and - (an id or an ARN)',
  '[A-Za-z0-9_:/\\+-]+': 'may contain only letters, digits, _, :, /, + and - (a phone number, a sender ID, an id or an ARN)',
  '[A-Za-z0-9_\\.]+': 'may contain only letters, digits, _ and .',
  '[A-Za-z0-9_]+': 'may contain only letters, digits and _',
  '[A-Z]{2}': 'must be two capital letters, an ISO 3166-1 alpha-2 country code such as US',
  '[ \\S]+': 'may contain spaces but no tabs or line breaks',
  '(?!\\s*$)[\\s\\S]+': 'must contain something other than spaces and line breaks',
  '\\+?[1-9][0-9]{1,18}': 'must be a phone number in E.164 form: + and 2 to 19 digits, the first of them not 0, such as +12065550100',
  '.+': 'must not contain line breaks',
  '.*': 'must not contain line breaks',
};

/** What a pattern allows, in words; the pattern itself for one that has no words yet. */
export function patternInWords(pattern: string): string {
  return PATTERN_WORDS[pattern] ?? `must match the pattern ${pattern}`;
}

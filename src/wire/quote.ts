/** Longer values are quoted by their start and their length; an ARN fits. */
export const QUOTE_LIMIT = 256;
/** How many characters of a long value a message keeps. */
const QUOTED_START = 40;

const start = (text: string) => [...text].slice(0, QUOTED_START).join('');

/**
 * A value as a message quotes it: as JSON, or, past QUOTE_LIMIT characters, by its start and its
 * length, so that what the message says after the value (the rule, what is allowed) survives
 * CloudFormation's limit on a reason, whatever the input.
 */
export function quote(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  if (json.length <= QUOTE_LIMIT) return json;
  return typeof value === 'string'
    ? `"${JSON.stringify(start(value)).slice(1, -1)}…" (${value.length} characters)`
    : `${start(json)}… (${json.length} characters of JSON)`;
}

/** A name as a message names it, in single quotes; past QUOTE_LIMIT characters, by its start and its length. */
export function quoteName(name: string): string {
  return name.length <= QUOTE_LIMIT ? `'${name}'` : `'${start(name)}…' (${name.length} characters)`;
}

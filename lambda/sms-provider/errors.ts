import { quoteName } from '../../src/wire/quote';

/**
 * The one place that turns service errors into what the handler does (retry, treat as gone, fail)
 * and into the short, actionable failure reason CloudFormation shows.
 */

/** What a failure is about, in the construct's own terms. */
export interface ErrorSubject {
  /** For example 'configuration set'. */
  readonly resourceType: string;
  /** The name or id of the resource. */
  readonly id: string;
  /** The construct property that sets the name, for example 'configurationSetName'. */
  readonly nameProperty?: string;
  /** The static method that imports an existing resource, for example 'ConfigurationSet.fromConfigurationSetName'. */
  readonly importMethod?: string;
  /** Advice for ConflictException reasons that mean something specific for this resource type. */
  readonly conflictHints?: { readonly [reason: string]: Hint };
}

export type ErrorClass = 'retriable' | 'not-found' | 'fatal';

/**
 * The reason CloudFormation receives holds this message, a logs hint and (from the Provider
 * framework) the stack trace; the whole response must stay under 4096 bytes.
 */
export const MAX_MESSAGE_BYTES = 1024;

const RETRIABLE_NAMES = new Set([
  'ThrottlingException',
  'InternalServerException',
  'ServiceUnavailableException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
]);

const RETRIABLE_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

const RETRIABLE_CONFLICTS = new Set(['RESOURCE_NOT_ACTIVE']);

export type Hint = (subject: ErrorSubject, error: ServiceError) => string;

const named = (subject: ErrorSubject) => `${subject.resourceType} ${quoteName(subject.id)}`;
/**
 * Whether the service's error names a resource other than the subject: a pool's phone number
 * that is not ACTIVE, which waiting on the pool cannot change.
 */
export const blockedByAnother = (subject: ErrorSubject, e: ServiceError): boolean =>
  e.ResourceId !== undefined && e.ResourceId !== subject.id && !subject.id.endsWith(`/${e.ResourceId}`);

/** The resource the service names in its error, or else the subject. */
const culprit = (subject: ErrorSubject, e: ServiceError) => e.ResourceType && e.ResourceId ? `${e.ResourceType} ${quoteName(e.ResourceId)}` : named(subject);

const mismatch = (setting: string): Hint => (s, e) => `an origination identity does not match ${named(s)}${withService(e)}:`
  + ` a pool's identities must have its ${setting}; configure the identity like the pool, or leave it out of the pool`;

/** What to do about each ConflictException reason the constructs can meet. */
const CONFLICT_HINTS: { readonly [reason: string]: Hint } = {
  RESOURCE_ALREADY_EXISTS: s => `${named(s)} already exists; choose another ${s.nameProperty ?? 'name'}`
    + (s.importMethod ? ` or import it with ${s.importMethod}` : ''),
  DELETION_PROTECTION_ENABLED: s => `${named(s)} has deletion protection enabled; set deletionProtection to false and deploy, then delete it`
    + ' (the handler never turns protection off by itself)',
  RESOURCE_NOT_ACTIVE: (s, e) => (blockedByAnother(s, e) && e.ResourceType === 'phone-number'
    ? `${culprit(s, e)} is not ACTIVE yet${withService(e)}, so ${named(s)} cannot take it. A US toll-free or 10DLC number stays PENDING`
      + ' until its registration is approved, which takes days: deploy the number and its registration first, submit the registration,'
      + ' and add the number in a later deployment, once it is ACTIVE; any other number, deploy again once it is ACTIVE'
    : `${culprit(s, e)} is not active yet; deploy again once it is ACTIVE`),
  PHONE_NUMBER_ASSOCIATED_TO_POOL: (s, e) => `${culprit(s, e)} is still associated with a pool${withService(e)},`
    + ' and a phone number can be in one pool only; remove it from that pool first',
  SENDER_ID_ASSOCIATED_TO_POOL: (s, e) => `${culprit(s, e)} is still associated with a pool${withService(e)}; remove it from the pool first`,
  RESOURCE_ALREADY_ASSOCIATED: (s, e) => `${culprit(s, e)} is already associated${withService(e)}`,
  LAST_PHONE_NUMBER: (s, e) => `${culprit(s, e)} is the last origination identity of its pool and a pool needs one;`
    + ' add another identity to the pool or delete the pool first',
  MESSAGE_TYPE_MISMATCH: mismatch('message type'),
  OPT_OUT_LIST_MISMATCH: mismatch('opt-out list'),
  SELF_MANAGED_OPT_OUTS_MISMATCH: mismatch('self-managed opt-outs setting'),
  TWO_WAY_CONFIG_MISMATCH: mismatch('two-way configuration'),
  KEYWORD_MISMATCH: mismatch('keywords'),
  NUMBER_CAPABILITIES_MISMATCH: mismatch('number capabilities'),
  RESOURCE_DELETION_NOT_ALLOWED: (s, e) => `${culprit(s, e)} cannot be deleted${withService(e)}`,
  RESOURCE_MODIFICATION_NOT_ALLOWED: (s, e) => `${culprit(s, e)} cannot be changed that way${withService(e)}`,
  PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT: s => `${named(s)} is the account's default protect configuration;`
    + ' make another one the default, or turn its accountDefault off, first',
  PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET: s => `${named(s)} is still associated with a configuration set;`
    + ' disassociate it from every configuration set first',
  RESOURCE_NOT_EMPTY: s => `${named(s)} is not empty; remove what it contains first`,
  EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED: s => `the field values of ${named(s)} cannot be edited in its current status;`
    + ' wait for the review to finish, or discard the submitted version',
  REGISTRATION_ALREADY_SUBMITTED: s => `${named(s)} was already submitted; change its fields to create a new version instead`,
};

/** What to do about each error name, when the reason gives nothing more specific. */
const NAME_HINTS: { readonly [name: string]: (subject: ErrorSubject | undefined, error: ServiceError) => string } = {
  ResourceNotFoundException: (s, e) => `${missing(s, e)} was not found; it was deleted outside CloudFormation or never existed`,
  AccessDeniedException: (_s, e) => `the provider's role was denied${withService(e)}; check its permissions`
    + ' and that the account is enabled for SMS',
  ServiceQuotaExceededException: (_s, e) => `a service quota was reached${withService(e)};`
    + ' remove unused resources or request a quota increase',
  ValidationException: (_s, e) => `the service rejected the request${withService(e)}${fields(e)}`,
  ThrottlingException: () => 'the service kept throttling requests after every retry; deploy again later',
  InternalServerException: () => 'the service kept failing after every retry; deploy again later',
};

/** The fields of the service errors this module reads. */
export interface ServiceError {
  readonly name?: string;
  readonly message?: string;
  readonly code?: string;
  readonly Reason?: string;
  readonly ResourceType?: string;
  readonly ResourceId?: string;
  readonly Fields?: readonly { readonly Name?: string; readonly Message?: string }[];
  readonly $metadata?: { readonly httpStatusCode?: number };
}

export function classify(error: unknown): ErrorClass {
  const e = asServiceError(error);
  if (e.name === 'ResourceNotFoundException') return 'not-found';
  if (e.name && RETRIABLE_NAMES.has(e.name)) return 'retriable';
  if (e.code && RETRIABLE_NETWORK_CODES.has(e.code)) return 'retriable';
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return 'retriable';
  if (e.name === 'ConflictException' && e.Reason && RETRIABLE_CONFLICTS.has(e.Reason)) return 'retriable';
  return 'fatal';
}

export const isRetriable = (error: unknown): boolean => classify(error) === 'retriable';
export const isNotFound = (error: unknown): boolean => classify(error) === 'not-found';

/**
 * One line: the error's code name (and the API's Reason), then what to do about it. Newlines are
 * flattened because the Provider framework repeats every line after the first in the stack trace.
 */
export function failureMessage(error: unknown, subject?: ErrorSubject): string {
  const e = asServiceError(error);
  const code = [e.name && e.name !== 'Error' ? e.name : undefined, e.Reason].filter(Boolean).join(' ');
  const conflictHint = e.name === 'ConflictException' && e.Reason ? subject?.conflictHints?.[e.Reason] ?? CONFLICT_HINTS[e.Reason] : undefined;
  const nameHint = e.name ? NAME_HINTS[e.name] : undefined;
  let text: string;
  if (conflictHint && subject) text = conflictHint(subject, e);
  else if (nameHint) text = nameHint(subject, e);
  else text = e.message ?? String(error);
  const message = code ? `${code}: ${text}` : text;
  return truncate(message.replace(/\s*\n\s*/g, '; '), MAX_MESSAGE_BYTES);
}

/** The error to throw to CloudFormation: a short, single-line, actionable message. */
export function toFailure(error: unknown, subject?: ErrorSubject): Error {
  return new Error(failureMessage(error, subject));
}

/**
 * The failure the service would give for a ConflictException `reason`, for a conflict the handler
 * sees coming (deletion protection) and refuses before it makes the call.
 */
export function conflictFailure(reason: string, subject: ErrorSubject): Error {
  return toFailure(Object.assign(new Error(reason), { name: 'ConflictException', Reason: reason }), subject);
}

/** A not-found error of our own, for reads that answer "nothing" instead of throwing. */
export function notFoundError(subject: ErrorSubject): Error {
  const error = new Error(`${named(subject)} was not found`);
  error.name = 'ResourceNotFoundException';
  return Object.assign(error, { ResourceType: subject.resourceType, ResourceId: subject.id });
}

/** Cuts `text` to at most `maxBytes` UTF-8 bytes, never inside a character. */
export function truncate(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const marker = ' …(truncated, see the logs)';
  const budget = maxBytes - Buffer.byteLength(marker, 'utf8');
  let used = 0;
  let end = 0;
  for (const character of text) {
    const size = Buffer.byteLength(character, 'utf8');
    if (used + size > budget) break;
    used += size;
    end += character.length;
  }
  return text.slice(0, end) + marker;
}

function missing(subject: ErrorSubject | undefined, e: ServiceError): string {
  if (e.ResourceType && e.ResourceId) return `${e.ResourceType} ${quoteName(e.ResourceId)}`;
  return subject ? named(subject) : 'the resource';
}

function withService(e: ServiceError): string {
  return e.message ? ` (${e.message})` : '';
}

function fields(e: ServiceError): string {
  const list = (e.Fields ?? []).map(f => `${f.Name}: ${f.Message}`);
  return list.length > 0 ? `; fields: ${list.join(', ')}` : '';
}

export function asServiceError(error: unknown): ServiceError {
  return typeof error === 'object' && error !== null ? error as ServiceError : { message: String(error) };
}

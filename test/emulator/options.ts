import type { ResourceType } from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** Milliseconds since the epoch, like `Date.now`. Tests inject their own to move time. */
export type Clock = () => number;

/** A resource kind, named as the service names it in errors and ARNs (`pool`, `configuration-set`). */
export type ResourceKind = ResourceType;

/**
 * Request-rate quotas per action.
 * - `'off'`: no limit.
 * - `'realistic'`: the documented defaults (1 request/second per action, DeleteOptedOutNumber 10).
 * - a table of requests/second per action; unlisted actions are not limited.
 */
export type QuotaSetting = 'off' | 'realistic' | { readonly [action: string]: number };

export interface FaultOptions {
  /** Every Nth call to the emulator (counted over all actions) fails with ThrottlingException. */
  readonly throttleEveryNth?: number;
  /** Every Nth call to the emulator fails with a 500 InternalServerException. */
  readonly internalErrorEveryNth?: number;
  /** Delay before every response, in milliseconds. */
  readonly latencyMs?: number;
  /** The share of calls (0 to 1), drawn at random, that fail with a 500 InternalServerException. */
  readonly internalErrorRate?: number;
  /** A random delay of up to this many milliseconds, on top of `latencyMs`. */
  readonly latencyJitterMs?: number;
  /** The seed of the random draws (`internalErrorRate`, `latencyJitterMs`), so that a run can be repeated. @default 1 */
  readonly seed?: number;
}

/** Account-level resource quotas; exceeding one gives ServiceQuotaExceededException. */
export interface ResourceLimits {
  readonly configurationSetsPerAccount: number;
  /** The API reference: "Each configuration set can contain between 0 and 5 event destinations." */
  readonly eventDestinationsPerConfigurationSet: number;
  /** The published TagResource documentation: "Each resource can have a maximum of 50 tags." */
  readonly tagsPerResource: number;
  /**
   * The quotas below have a Reason in the service model but no number in the API reference; the
   * defaults are the emulator's.
   */
  readonly optOutListsPerAccount: number;
  readonly phoneNumbersPerAccount: number;
  readonly senderIdsPerAccount: number;
  readonly poolsPerAccount: number;
  readonly originationIdentitiesPerPool: number;
  /** HELP and STOP count. */
  readonly keywordsPerPhoneNumber: number;
  readonly keywordsPerPool: number;
  /**
   * The account's MaxLimit of each monthly spend limit, in whole US dollars: "controlled by AWS",
   * raised by a spending quota increase. New accounts start at 1 US dollar a month (the user guide).
   */
  readonly textMessageMonthlySpendLimit: number;
  readonly voiceMessageMonthlySpendLimit: number;
  readonly mediaMessageMonthlySpendLimit: number;
  /** The user guide: "By default you can have up to 25 protect configurations in your AWS account." */
  readonly protectConfigurationsPerAccount: number;
  /** The API reference: "You can add up to 10 verified destination numbers." */
  readonly verifiedDestinationNumbersPerAccount: number;
}

export interface EmulatorOptions {
  /** TCP port to listen on; 0 picks a free one. @default 0 */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** The region when a request's SigV4 credential scope names none. @default 'us-east-1' */
  readonly region?: string;
  /** @default '123456789012' */
  readonly accountId?: string;
  /** How long, in ms, a resource of each kind stays in its transitional status (CREATING, PENDING...). @default 0 */
  readonly statusDelays?: { readonly [kind in ResourceKind]?: number };
  /** @default 'off' */
  readonly quotas?: QuotaSetting;
  /** @default - no faults */
  readonly faults?: FaultOptions;
  /** @default - the service's default quotas */
  readonly limits?: Partial<ResourceLimits>;
  /**
   * How long, in ms, a role that the emulator has not seen before stays unusable for the service
   * (IAM propagating a role created in the same deployment): calls that hand it over fail with a
   * ValidationException until then. @default 0
   */
  readonly rolePropagationMs?: number;
  /** @default Date.now */
  readonly clock?: Clock;
}

export const DEFAULT_LIMITS: ResourceLimits = {
  configurationSetsPerAccount: 25,
  eventDestinationsPerConfigurationSet: 5,
  tagsPerResource: 50,
  optOutListsPerAccount: 100,
  phoneNumbersPerAccount: 100,
  senderIdsPerAccount: 100,
  poolsPerAccount: 100,
  originationIdentitiesPerPool: 100,
  keywordsPerPhoneNumber: 30,
  keywordsPerPool: 30,
  textMessageMonthlySpendLimit: 1,
  voiceMessageMonthlySpendLimit: 1,
  mediaMessageMonthlySpendLimit: 1,
  protectConfigurationsPerAccount: 25,
  verifiedDestinationNumbersPerAccount: 10,
};

/**
 * The options with every default filled in. Over `base`, each given option replaces the old
 * one, except `limits`, which are merged.
 */
export interface Settings {
  readonly port: number;
  readonly host: string;
  readonly region: string;
  readonly accountId: string;
  readonly statusDelays: { readonly [kind in ResourceKind]?: number };
  readonly quotas: QuotaSetting;
  readonly faults: FaultOptions;
  readonly limits: ResourceLimits;
  readonly rolePropagationMs: number;
  readonly clock: Clock;
}

export function settingsOf(options: EmulatorOptions, base?: Settings): Settings {
  return {
    port: options.port ?? base?.port ?? 0,
    host: options.host ?? base?.host ?? '127.0.0.1',
    region: options.region ?? base?.region ?? 'us-east-1',
    accountId: options.accountId ?? base?.accountId ?? '123456789012',
    statusDelays: options.statusDelays ?? base?.statusDelays ?? {},
    quotas: options.quotas ?? base?.quotas ?? 'off',
    faults: options.faults ?? base?.faults ?? {},
    limits: { ...DEFAULT_LIMITS, ...base?.limits, ...options.limits },
    rolePropagationMs: options.rolePropagationMs ?? base?.rolePropagationMs ?? 0,
    clock: options.clock ?? base?.clock ?? Date.now,
  };
}

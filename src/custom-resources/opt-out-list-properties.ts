import { TagResourceProperties } from './common-properties';

/**
 * The properties of a Custom::SmsVoiceOptOutList resource. Physical id: the opt-out list's ARN.
 */
export const OPT_OUT_LIST_SCHEMA_VERSION = '1';

export interface OptOutListResourceProperties {
  readonly SchemaVersion: string;
  readonly OptOutListName: string;
  /**
   * E.164 numbers the stack declares opted out. Reconcile removes only numbers that the previous
   * properties declared, and never a number whose `EndUserOptedOut` is true.
   */
  readonly OptedOutNumbers?: string[];
  readonly Tags?: TagResourceProperties[];
}

/** The attributes the handler returns in `Data`. */
export const OptOutListAttributes = {
  NAME: 'OptOutListName',
  ARN: 'OptOutListArn',
} as const;

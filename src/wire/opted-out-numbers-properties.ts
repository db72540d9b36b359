import { noTags } from './common-properties';
import { WireContract } from './resource-contract';
import { fields } from './schema';
import { optedOutNumbersViolations } from './validate-opted-out-numbers';

/**
 * The properties of a Custom::SmsVoiceOptedOutNumbers: the numbers a stack declares opted out on
 * one opt-out list, a resource of their own so that the phone numbers and pools that use the list
 * wait only for the list, never for its numbers. Physical id: the list's ARN.
 */
export interface OptedOutNumbersResourceProperties {
  /** Create-only: the ARN of the opt-out list. Another list is another set of numbers. */
  readonly OptOutListArn: string;
  /**
   * E.164 numbers the stack declares opted out. Reconcile removes only numbers that the previous
   * properties declared, and never a number whose `EndUserOptedOut` is true.
   */
  readonly OptedOutNumbers?: string[];
  /** The numbers have no tags: the list has them. */
  readonly Tags?: never;
}


export const OPTED_OUT_NUMBERS: WireContract<OptedOutNumbersResourceProperties> = {
  resourceType: 'Custom::SmsVoiceOptedOutNumbers',
  noun: 'opted-out numbers',
  schemaVersions: ['1'],
  schema: {
    OptOutListArn: fields.string,
    OptedOutNumbers: fields.optionalStringList,
    Tags: noTags('opted-out numbers have no tags (tag their opt-out list)'),
  },
  createOnly: { OptOutListArn: 'optOutList' },
  attributes: {},
  violations: optedOutNumbersViolations,
};

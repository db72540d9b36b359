import { TAGGABLE_SCHEMA, TaggableResourceProperties } from './common-properties';
import { ResourceContract } from './resource-contract';
import { fields } from './schema';
import { optOutListViolations } from './validate-opt-out-list';

/**
 * The properties of a Custom::SmsVoiceOptOutList. Physical id: the opt-out list's ARN. The numbers
 * the stack declares on it are a Custom::SmsVoiceOptedOutNumbers of their own.
 */
export interface OptOutListResourceProperties extends TaggableResourceProperties {
  /** Create-only: a new name is a new list. */
  readonly OptOutListName: string;
}

export const OPT_OUT_LIST: ResourceContract<OptOutListResourceProperties> = {
  resourceType: 'Custom::SmsVoiceOptOutList',
  noun: 'opt-out list',
  nameKey: 'OptOutListName',
  schemaVersions: ['1'],
  schema: {
    OptOutListName: fields.string,
    ...TAGGABLE_SCHEMA,
  },
  createOnly: { OptOutListName: 'optOutListName' },
  arnResourceType: 'opt-out-list',
  attributes: { NAME: 'OptOutListName', ARN: 'OptOutListArn' },
  violations: optOutListViolations,
};

export { PROGRESS_TAG } from './validate-opt-out-list';

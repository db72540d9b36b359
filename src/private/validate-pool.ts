import { checkIsoCountryCode, checkKeywords, checkTags, checkTwoWay, KeywordSpec, TagSpec, TwoWaySpec } from './rules';
import { IsUnresolved, Violations } from './violations';

/** What a pool declares, in the construct's own terms. */
export interface PoolSpec {
  readonly originationIdentities: readonly string[];
  readonly isoCountryCode?: string;
  readonly messageType?: string;
  readonly optOutListName?: string;
  readonly twoWay?: TwoWaySpec;
  readonly keywords?: readonly KeywordSpec[];
  readonly tags?: readonly TagSpec[];
}

export function poolViolations(spec: PoolSpec, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved)
    .require('originationIdentities', spec.originationIdentities, spec.originationIdentities.length > 0,
      'must hold at least one phone number or sender ID: a pool is never empty')
    .unique('originationIdentities', spec.originationIdentities);
  spec.originationIdentities.forEach(id => v.shape('originationIdentities', id, 'PhoneOrSenderIdOrArn'));
  v.require('isoCountryCode', spec.isoCountryCode, spec.isoCountryCode !== undefined, 'is required');
  checkIsoCountryCode(v, 'isoCountryCode', spec.isoCountryCode);
  v.require('messageType', spec.messageType, spec.messageType !== undefined, 'is required')
    .shape('messageType', spec.messageType, 'MessageType')
    .shape('optOutList', spec.optOutListName, 'OptOutListNameOrArn');
  checkTwoWay(v, spec.twoWay);
  checkKeywords(v, spec.keywords);
  return checkTags(v, spec.tags);
}

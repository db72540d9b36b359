import { checkIsoCountryCode, checkKeywords, checkTags, checkTwoWay, KeywordSpec, TagSpec, TwoWaySpec } from './rules';
import { IsUnresolved, Violations } from './violations';

/** What a phone number declares, in the construct's own terms. */
export interface PhoneNumberSpec {
  readonly isoCountryCode?: string;
  readonly messageType?: string;
  readonly numberCapabilities?: readonly string[];
  readonly numberType?: string;
  readonly optOutListName?: string;
  readonly registrationId?: string;
  /** Whether the number is requested into (or declared in) a pool. */
  readonly pooled?: boolean;
  readonly selfManagedOptOuts?: boolean;
  readonly twoWay?: TwoWaySpec;
  readonly keywords?: readonly KeywordSpec[];
  readonly tags?: readonly TagSpec[];
}

const POOL_OWNS = 'is a setting of the pool: a number in a pool takes the pool\'s settings, and UpdatePhoneNumber fails while it is in one; set it on the Pool instead';

export function phoneNumberViolations(spec: PhoneNumberSpec, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved);
  checkIsoCountryCode(v, 'isoCountryCode', spec.isoCountryCode);
  v.shape('messageType', spec.messageType, 'MessageType');

  const capabilities = spec.numberCapabilities ?? [];
  v.count('numberCapabilities', capabilities, 'NumberCapabilityList').unique('numberCapabilities', capabilities);
  capabilities.forEach(c => v.shape('numberCapabilities', c, 'NumberCapability'));

  if (spec.numberType === 'SHORT_CODE') {
    v.require('numberType', spec.numberType, false,
      'cannot be requested: short codes are provisioned through an AWS Support case; import one with PhoneNumber.fromPhoneNumberId');
  } else {
    v.shape('numberType', spec.numberType, 'RequestableNumberType');
  }

  v.shape('optOutList', spec.optOutListName, 'OptOutListNameOrArn')
    .shape('registration', spec.registrationId, 'RegistrationIdOrArn');
  checkTwoWay(v, spec.twoWay);
  checkKeywords(v, spec.keywords);

  if (spec.pooled) {
    v.require('selfManagedOptOuts', spec.selfManagedOptOuts, spec.selfManagedOptOuts === undefined, POOL_OWNS)
      .require('twoWay', spec.twoWay?.channelArn, spec.twoWay === undefined, POOL_OWNS)
      .require('optOutList', spec.optOutListName, spec.optOutListName === undefined, POOL_OWNS)
      .require('keywords', (spec.keywords ?? []).map(k => k.keyword), (spec.keywords ?? []).length === 0, POOL_OWNS);
  }
  return checkTags(v, spec.tags);
}

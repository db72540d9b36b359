import type { PhoneNumberResourceProperties } from './phone-number-properties';
import { checkIsoCountryCode, checkOrigination, checkTags } from './rules';
import { IsUnresolved, Violations } from './violations';

const POOL_OWNS = 'is a setting of the pool: a number in a pool takes the pool\'s settings, and UpdatePhoneNumber fails while it is in one; set it on the Pool instead';

export function phoneNumberViolations(properties: PhoneNumberResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved);
  checkIsoCountryCode(v, 'isoCountryCode', properties.IsoCountryCode);
  v.shape('messageType', properties.MessageType, 'MessageType');

  const capabilities = properties.NumberCapabilities;
  v.count('numberCapabilities', capabilities, 'NumberCapabilityList').unique('numberCapabilities', capabilities);
  capabilities.forEach(c => v.shape('numberCapabilities', c, 'NumberCapability'));

  if (properties.NumberType === 'SHORT_CODE') {
    v.require('numberType', properties.NumberType, false,
      'cannot be requested: short codes are provisioned through an AWS Support case; import one with PhoneNumber.fromPhoneNumberId');
  } else {
    v.shape('numberType', properties.NumberType, 'RequestableNumberType');
  }

  v.require('messageType', properties.MessageType, properties.NumberType !== 'SIMULATOR' || properties.MessageType === 'TRANSACTIONAL',
    'must be TRANSACTIONAL for a SIMULATOR number: simulator numbers send transactional messages only');
  v.require('selfManagedOptOuts', properties.SelfManagedOptOutsEnabled,
    properties.SelfManagedOptOutsEnabled !== true || properties.TwoWay !== undefined || properties.PoolId !== undefined,
    'needs two-way messaging, which reads the replies: declare twoWay on the number too');
  v.shape('registration', properties.RegistrationId, 'RegistrationIdOrArn');
  checkOrigination(v, properties);

  if (properties.PoolId !== undefined) {
    v.require('selfManagedOptOuts', properties.SelfManagedOptOutsEnabled, properties.SelfManagedOptOutsEnabled === undefined, POOL_OWNS)
      .require('twoWay', properties.TwoWay?.ChannelArn, properties.TwoWay === undefined, POOL_OWNS)
      .require('optOutList', properties.OptOutListName, properties.OptOutListName === undefined, POOL_OWNS)
      .require('keywords', (properties.Keywords ?? []).map(k => k.Keyword), (properties.Keywords ?? []).length === 0, POOL_OWNS);
  }
  return checkTags(v, properties.Tags);
}

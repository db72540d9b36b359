import { PhoneNumberResourceProperties } from '../../../src/custom-resources/phone-number-properties';
import { ResourceTypes } from '../../../src/custom-resources/resource-types';
import { phoneNumberViolations } from '../../../src/private/validate-phone-number';
import { Fields, schemaVersion } from '../decode';
import { RawProperties } from '../events';
import { decodeKeywords, decodeTags, decodeTwoWay, Keys, sameItems, Tag, throwIfViolated } from './common-properties';
import { Keyword, keywordKey } from '../reconcile/keywords';
import { declaredSettings, OriginationSettings, SettingName } from '../reconcile/origination-settings';

const SUBJECT = ResourceTypes.PHONE_NUMBER;
const SHIPPED_SCHEMA_VERSIONS: readonly ['1'] = ['1'];
const KEYS: Keys<PhoneNumberResourceProperties> = [
  'IsoCountryCode', 'MessageType', 'NumberCapabilities', 'NumberType', 'OptOutListName', 'RegistrationId', 'PoolId',
  'InternationalSendingEnabled', 'DeletionProtectionEnabled', 'SelfManagedOptOutsEnabled', 'TwoWay', 'Keywords',
  'WaitForActive', 'ReleaseOnDelete', 'Tags',
];

/** What RequestPhoneNumber alone takes: a change requests a new number. */
export interface PhoneNumberRequest {
  readonly isoCountryCode: string;
  readonly messageType: string;
  readonly numberCapabilities: readonly string[];
  readonly numberType: string;
  readonly registrationId?: string;
  readonly poolId?: string;
}

export interface DecodedPhoneNumber {
  readonly request: PhoneNumberRequest;
  /** Undefined: not declared. */
  readonly settings: Partial<OriginationSettings> & { readonly deletionProtectionEnabled: boolean };
  readonly keywords: readonly Keyword[];
  readonly tags: readonly Tag[];
  readonly waitForActive: boolean;
  readonly releaseOnDelete: boolean;
}

export interface PhoneNumberDeclared {
  readonly settings: ReadonlySet<SettingName>;
  /** Upper-cased keywords. */
  readonly keywords: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
}

export const NOTHING_DECLARED: PhoneNumberDeclared = { settings: new Set(), keywords: new Set(), tags: new Set() };

/** Decodes and validates (with the construct's rules and messages) the properties of every shipped SchemaVersion. */
export function decodePhoneNumber(properties: RawProperties): DecodedPhoneNumber {
  schemaVersion(properties, SUBJECT, SHIPPED_SCHEMA_VERSIONS);
  const fields = Fields.root(properties, SUBJECT, KEYS);
  const decoded: DecodedPhoneNumber = {
    request: {
      isoCountryCode: fields.string('IsoCountryCode'),
      messageType: fields.string('MessageType'),
      numberCapabilities: fields.stringList('NumberCapabilities'),
      numberType: fields.string('NumberType'),
      registrationId: fields.optionalString('RegistrationId'),
      poolId: fields.optionalString('PoolId'),
    },
    settings: {
      optOutListName: fields.optionalString('OptOutListName'),
      selfManagedOptOutsEnabled: fields.optionalBoolean('SelfManagedOptOutsEnabled'),
      twoWay: decodeTwoWay(fields),
      deletionProtectionEnabled: fields.boolean('DeletionProtectionEnabled'),
      internationalSendingEnabled: fields.optionalBoolean('InternationalSendingEnabled'),
    },
    keywords: decodeKeywords(fields),
    tags: decodeTags(fields),
    waitForActive: fields.boolean('WaitForActive'),
    releaseOnDelete: fields.boolean('ReleaseOnDelete'),
  };
  const { request, settings } = decoded;
  throwIfViolated('phone number', phoneNumberViolations({
    ...request,
    optOutListName: settings.optOutListName,
    pooled: request.poolId !== undefined,
    selfManagedOptOuts: settings.selfManagedOptOutsEnabled,
    twoWay: settings.twoWay && { channelArn: settings.twoWay.channelArn!, channelRole: settings.twoWay.channelRole },
    keywords: decoded.keywords,
    tags: decoded.tags,
  }));
  return decoded;
}

export function declaredBy(decoded: DecodedPhoneNumber): PhoneNumberDeclared {
  return {
    settings: declaredSettings(decoded.settings),
    keywords: new Set(decoded.keywords.map(k => keywordKey(k.keyword))),
    tags: new Set(decoded.tags.map(t => t.key)),
  };
}

/** The create-only properties that differ, by their construct names; none when the number stays. */
export function requestChanges(previous: PhoneNumberRequest, desired: PhoneNumberRequest): string[] {
  return [
    previous.isoCountryCode !== desired.isoCountryCode ? 'isoCountryCode' : undefined,
    previous.messageType !== desired.messageType ? 'messageType' : undefined,
    !sameItems(previous.numberCapabilities, desired.numberCapabilities) ? 'numberCapabilities' : undefined,
    previous.numberType !== desired.numberType ? 'numberType' : undefined,
    previous.registrationId !== desired.registrationId ? 'registration' : undefined,
    previous.poolId !== desired.poolId ? 'pool' : undefined,
  ].filter((name): name is string => name !== undefined);
}

import { PoolResourceProperties } from '../../../src/custom-resources/pool-properties';
import { ResourceTypes } from '../../../src/custom-resources/resource-types';
import { poolViolations } from '../../../src/private/validate-pool';
import { Fields, schemaVersion } from '../decode';
import { RawProperties } from '../events';
import { decodeKeywords, decodeTags, decodeTwoWay, Keys, Tag, throwIfViolated } from './common-properties';
import { Keyword, keywordKey } from '../reconcile/keywords';
import { declaredSettings, OriginationSettings, SettingName } from '../reconcile/origination-settings';

const SUBJECT = ResourceTypes.POOL;
const SHIPPED_SCHEMA_VERSIONS: readonly ['1'] = ['1'];
const KEYS: Keys<PoolResourceProperties> = [
  'OriginationIdentities', 'IsoCountryCode', 'MessageType', 'OptOutListName', 'SelfManagedOptOutsEnabled', 'SharedRoutesEnabled',
  'TwoWay', 'DeletionProtectionEnabled', 'Keywords', 'Tags',
];

export interface DecodedPool {
  /** ARNs (or ids) of phone numbers and sender IDs; the first one creates the pool. */
  readonly originationIdentities: readonly string[];
  /** Create-only, as is the message type: a change creates a new pool. */
  readonly isoCountryCode: string;
  readonly messageType: string;
  /** Undefined: not declared. */
  readonly settings: Partial<OriginationSettings> & { readonly deletionProtectionEnabled: boolean };
  readonly keywords: readonly Keyword[];
  readonly tags: readonly Tag[];
}

export interface PoolDeclared {
  readonly originationIdentities: readonly string[];
  readonly settings: ReadonlySet<SettingName>;
  /** Upper-cased keywords. */
  readonly keywords: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
}

export const NOTHING_DECLARED: PoolDeclared = { originationIdentities: [], settings: new Set(), keywords: new Set(), tags: new Set() };

/** Decodes and validates (with the construct's rules and messages) the properties of every shipped SchemaVersion. */
export function decodePool(properties: RawProperties): DecodedPool {
  schemaVersion(properties, SUBJECT, SHIPPED_SCHEMA_VERSIONS);
  const fields = Fields.root(properties, SUBJECT, KEYS);
  const decoded: DecodedPool = {
    originationIdentities: fields.stringList('OriginationIdentities'),
    isoCountryCode: fields.string('IsoCountryCode'),
    messageType: fields.string('MessageType'),
    settings: {
      optOutListName: fields.optionalString('OptOutListName'),
      selfManagedOptOutsEnabled: fields.optionalBoolean('SelfManagedOptOutsEnabled'),
      sharedRoutesEnabled: fields.optionalBoolean('SharedRoutesEnabled'),
      twoWay: decodeTwoWay(fields),
      deletionProtectionEnabled: fields.boolean('DeletionProtectionEnabled'),
    },
    keywords: decodeKeywords(fields),
    tags: decodeTags(fields),
  };
  const { settings } = decoded;
  throwIfViolated('pool', poolViolations({
    originationIdentities: decoded.originationIdentities,
    isoCountryCode: decoded.isoCountryCode,
    messageType: decoded.messageType,
    optOutListName: settings.optOutListName,
    twoWay: settings.twoWay && { channelArn: settings.twoWay.channelArn!, channelRole: settings.twoWay.channelRole },
    keywords: decoded.keywords,
    tags: decoded.tags,
  }));
  return decoded;
}

export function declaredBy(decoded: DecodedPool): PoolDeclared {
  return {
    originationIdentities: decoded.originationIdentities,
    settings: declaredSettings(decoded.settings),
    keywords: new Set(decoded.keywords.map(k => keywordKey(k.keyword))),
    tags: new Set(decoded.tags.map(t => t.key)),
  };
}

/** The create-only properties that differ, by their construct names. */
export function createOnlyChanges(previous: DecodedPool, desired: DecodedPool): string[] {
  return [
    previous.isoCountryCode !== desired.isoCountryCode ? 'isoCountryCode' : undefined,
    previous.messageType !== desired.messageType ? 'messageType' : undefined,
  ].filter((name): name is string => name !== undefined);
}

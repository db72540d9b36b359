import { ResourceTypes } from '../../../src/custom-resources/resource-types';
import { SenderIdResourceProperties } from '../../../src/custom-resources/sender-id-properties';
import { senderIdViolations } from '../../../src/private/validate-sender-id';
import { Fields, schemaVersion } from '../decode';
import { RawProperties } from '../events';
import { decodeTags, Keys, Tag, throwIfViolated } from './common-properties';

const SUBJECT = ResourceTypes.SENDER_ID;
const SHIPPED_SCHEMA_VERSIONS: readonly ['1'] = ['1'];
const KEYS: Keys<SenderIdResourceProperties> = ['SenderId', 'IsoCountryCode', 'MessageTypes', 'DeletionProtectionEnabled', 'ReleaseOnDelete', 'Tags'];

export interface DecodedSenderId {
  readonly senderId: string;
  readonly isoCountryCode: string;
  /** Undefined: not declared (the service decides). */
  readonly messageTypes?: readonly string[];
  readonly deletionProtectionEnabled: boolean;
  readonly releaseOnDelete: boolean;
  readonly tags: readonly Tag[];
}

export interface SenderIdDeclared {
  readonly tags: ReadonlySet<string>;
}

export const NOTHING_DECLARED: SenderIdDeclared = { tags: new Set() };

/** Decodes and validates (with the construct's rules and messages) the properties of every shipped SchemaVersion. */
export function decodeSenderId(properties: RawProperties): DecodedSenderId {
  schemaVersion(properties, SUBJECT, SHIPPED_SCHEMA_VERSIONS);
  const fields = Fields.root(properties, SUBJECT, KEYS);
  const decoded: DecodedSenderId = {
    senderId: fields.string('SenderId'),
    isoCountryCode: fields.string('IsoCountryCode'),
    messageTypes: fields.optionalStringList('MessageTypes'),
    deletionProtectionEnabled: fields.boolean('DeletionProtectionEnabled'),
    releaseOnDelete: fields.boolean('ReleaseOnDelete'),
    tags: decodeTags(fields),
  };
  throwIfViolated(`sender ID '${decoded.senderId}'`, senderIdViolations(decoded));
  return decoded;
}

export function declaredBy(decoded: DecodedSenderId): SenderIdDeclared {
  return { tags: new Set(decoded.tags.map(t => t.key)) };
}

import { OptOutListResourceProperties } from '../../../src/custom-resources/opt-out-list-properties';
import { ResourceTypes } from '../../../src/custom-resources/resource-types';
import { optOutListViolations } from '../../../src/private/validate-opt-out-list';
import { Fields, schemaVersion } from '../decode';
import { RawProperties } from '../events';
import { decodeTags, Keys, Tag, throwIfViolated } from './common-properties';

const SUBJECT = ResourceTypes.OPT_OUT_LIST;
const SHIPPED_SCHEMA_VERSIONS: readonly ['1'] = ['1'];
const KEYS: Keys<OptOutListResourceProperties> = ['OptOutListName', 'OptedOutNumbers', 'Tags'];

export interface DecodedOptOutList {
  readonly name: string;
  /** E.164 numbers the stack declares opted out, in the order declared. */
  readonly optedOutNumbers: readonly string[];
  readonly tags: readonly Tag[];
}

/** What a version of the properties declared: what it may remove later. */
export interface OptOutListDeclared {
  readonly optedOutNumbers: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
}

export const NOTHING_DECLARED: OptOutListDeclared = { optedOutNumbers: new Set(), tags: new Set() };

/** Decodes and validates (with the construct's rules and messages) the properties of every shipped SchemaVersion. */
export function decodeOptOutList(properties: RawProperties): DecodedOptOutList {
  schemaVersion(properties, SUBJECT, SHIPPED_SCHEMA_VERSIONS);
  const fields = Fields.root(properties, SUBJECT, KEYS);
  const decoded = {
    name: fields.string('OptOutListName'),
    optedOutNumbers: fields.optionalStringList('OptedOutNumbers') ?? [],
    tags: decodeTags(fields),
  };
  throwIfViolated(`opt-out list '${decoded.name}'`, optOutListViolations({
    optOutListName: decoded.name,
    optedOutNumbers: decoded.optedOutNumbers,
    tags: decoded.tags,
  }));
  return decoded;
}

export function declaredBy(decoded: DecodedOptOutList): OptOutListDeclared {
  return { optedOutNumbers: new Set(decoded.optedOutNumbers), tags: new Set(decoded.tags.map(t => t.key)) };
}

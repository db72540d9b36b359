import { Names } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * A name unique to the construct's path, for resources whose name the service does not assign
 * (configuration sets, opt-out lists). The API allows letters, digits, `_` and `-`.
 */
export function generatedName(construct: IConstruct, maxLength: number): string {
  return Names.uniqueResourceName(construct, { maxLength, allowedSpecialCharacters: '_-' });
}

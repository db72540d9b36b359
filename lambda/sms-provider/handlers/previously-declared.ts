import { OnEventRequest, RawProperties } from '../events';
import { Logger } from '../log';

export interface Declarations<D, Declared> {
  readonly nothing: Declared;
  /** Decodes (and validates) a version of the properties. */
  decode(properties: RawProperties): D;
  /** Whether the previous properties describe the same resource as the desired ones (false after a replacement). */
  sameResource(previous: D, desired: D): boolean;
  /** What a version of the properties declared: the children and settings it may remove later. */
  declaredBy(decoded: D): Declared;
}

/**
 * What the properties before this update declared, which is all an update may remove. On Create,
 * and after a replacement, nothing was declared on this resource. Old properties that do not
 * decode (a rollback of an update rejected for its shape) declared nothing the handler applied.
 */
export function previouslyDeclared<D, Declared>(event: OnEventRequest, log: Logger, declarations: Declarations<D, Declared>, desired: D): Declared {
  const old = event.OldResourceProperties;
  if (event.RequestType !== 'Update' || !old) return declarations.nothing;
  let previous: D;
  try {
    previous = declarations.decode(old);
  } catch (error) {
    log('removing nothing: the old properties do not decode', { reason: String(error) });
    return declarations.nothing;
  }
  return declarations.sameResource(previous, desired) ? declarations.declaredBy(previous) : declarations.nothing;
}

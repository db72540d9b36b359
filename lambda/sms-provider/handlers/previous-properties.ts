import { decodeProperties, WireContract } from '../../../src/wire/resource-contract';
import { OnEventRequest } from '../events';
import { Logger } from '../log';

/**
 * What the properties before an Update declared, decoded: undefined for any other request, and
 * when they do not decode (a rollback of an update rejected for its shape declared nothing the
 * handler applied, so nothing of it may be removed).
 */
export function previousProperties<P extends object>(contract: WireContract<P>, event: OnEventRequest, log: Logger): P | undefined {
  const old = event.OldResourceProperties;
  if (event.RequestType !== 'Update' || !old) return undefined;
  try {
    return decodeProperties(contract, old);
  } catch (error) {
    log('removing nothing: the old properties do not decode', { reason: String(error) });
    return undefined;
  }
}

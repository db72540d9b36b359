import { ServiceError, validationError } from './errors';

/** awsJson1_0: `X-Amz-Target: PinpointSMSVoiceV2.<Action>`. */
export const TARGET_PREFIX = 'PinpointSMSVoiceV2.';
export const CONTENT_TYPE = 'application/x-amz-json-1.0';

/** The action an X-Amz-Target names, or undefined when it is not one of this service's. */
export function actionOf(target: string | undefined): string | undefined {
  return target?.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined;
}

/**
 * The region of a SigV4 Authorization header's credential scope
 * (`Credential=<key>/<date>/<region>/<service>/aws4_request`). The signature is not checked.
 */
export function regionOf(authorization: string | undefined): string | undefined {
  return authorization ? /Credential=[^/,\s]+\/\d{8}\/([^/,\s]+)\//.exec(authorization)?.[1] : undefined;
}

/** The request body as a JSON object; an empty body is `{}`. */
export function parseBody(body: string): Record<string, unknown> | ServiceError {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return validationError('CANNOT_PARSE', [{ Name: 'input', Message: 'The request body is not valid JSON' }]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return validationError('CANNOT_PARSE', [{ Name: 'input', Message: 'The request body must be a JSON object' }]);
  }
  return parsed as Record<string, unknown>;
}

/** CloudFormation refuses a custom-resource response body larger than this. */
export const MAX_RESPONSE_BYTES = 4096;
/** And a physical id longer than this. */
export const MAX_PHYSICAL_ID_BYTES = 1024;

/** What CloudFormation makes of a custom resource's response. */
export type CustomResourceOutcome =
  | { readonly status: 'SUCCESS'; readonly physicalResourceId: string; readonly data: { readonly [key: string]: unknown } }
  | { readonly status: 'FAILED'; readonly physicalResourceId?: string; readonly reason: string };

interface ResponseBody {
  readonly Status?: string;
  readonly Reason?: string;
  readonly PhysicalResourceId?: string;
  readonly Data?: { readonly [key: string]: unknown };
}

/**
 * Reads a response body as CloudFormation does: too long or malformed is a failure, whatever its
 * Status; a FAILED one shows its Reason the way the stack events do. No body at all means the
 * stack would wait until the resource's ServiceTimeout.
 */
export function readResponse(body: string | undefined): CustomResourceOutcome {
  if (body === undefined) {
    return { status: 'FAILED', reason: 'No response from the custom resource provider: CloudFormation would wait until the ServiceTimeout (3600 s)' };
  }
  if (Buffer.byteLength(body, 'utf8') > MAX_RESPONSE_BYTES) return { status: 'FAILED', reason: 'Response object is too long.' };
  let response: ResponseBody;
  try {
    response = JSON.parse(body) as ResponseBody;
  } catch {
    return { status: 'FAILED', reason: 'Invalid response object: the body is not JSON' };
  }
  const physicalResourceId = response.PhysicalResourceId;
  if (typeof physicalResourceId !== 'string' || physicalResourceId === '') {
    return { status: 'FAILED', reason: 'Invalid PhysicalResourceId' };
  }
  if (Buffer.byteLength(physicalResourceId, 'utf8') > MAX_PHYSICAL_ID_BYTES) {
    return { status: 'FAILED', reason: `PhysicalResourceId is longer than ${MAX_PHYSICAL_ID_BYTES} bytes` };
  }
  if (response.Status === 'FAILED') {
    return {
      status: 'FAILED',
      physicalResourceId,
      reason: `Received response status [FAILED] from custom resource. Message returned: ${response.Reason ?? ''}`,
    };
  }
  if (response.Status !== 'SUCCESS') return { status: 'FAILED', reason: `Invalid response status ${JSON.stringify(response.Status)}` };
  return { status: 'SUCCESS', physicalResourceId, data: response.Data ?? {} };
}

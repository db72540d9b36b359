import type {
  AccessDeniedExceptionReason,
  ConflictExceptionReason,
  ResourceType,
  ServiceQuotaExceededExceptionReason,
  ValidationExceptionField,
  ValidationExceptionReason,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** An error the service returns: `{"__type": type, "message": ..., ...fields}` with an HTTP status. */
export class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status: number = 400,
    readonly fields: { readonly [name: string]: unknown } = {},
  ) {
    super(message);
  }

  get body(): Record<string, unknown> {
    return { __type: this.type, message: this.message, ...this.fields };
  }
}

export interface FieldError {
  readonly Name: string;
  readonly Message: string;
}

export function validationError(reason: ValidationExceptionReason, fields: readonly FieldError[], message?: string): ServiceError {
  const text = message ?? `${fields.length} validation error${fields.length === 1 ? '' : 's'} detected: ${fields.map(f => f.Message).join('; ')}`;
  const wireFields: ValidationExceptionField[] = fields.map(f => ({ Name: f.Name, Message: f.Message }));
  return new ServiceError('ValidationException', text, 400, { Reason: reason, Fields: wireFields });
}

/** One invalid field. */
export function invalidField(reason: ValidationExceptionReason, name: string, message: string): ServiceError {
  return validationError(reason, [{ Name: name, Message: message }]);
}

export function conflict(reason: ConflictExceptionReason | undefined, resourceType: ResourceType, resourceId: string, message: string): ServiceError {
  return new ServiceError('ConflictException', message, 400, { Reason: reason, ResourceType: resourceType, ResourceId: resourceId });
}

export function alreadyExists(resourceType: ResourceType, resourceId: string): ServiceError {
  return conflict('RESOURCE_ALREADY_EXISTS', resourceType, resourceId, `The ${resourceType} ${resourceId} already exists.`);
}

export function notFound(resourceType: ResourceType, resourceId: string): ServiceError {
  return new ServiceError('ResourceNotFoundException', `The ${resourceType} ${resourceId} does not exist.`, 400, {
    ResourceType: resourceType,
    ResourceId: resourceId,
  });
}

export function quotaExceeded(reason: ServiceQuotaExceededExceptionReason, limit: number): ServiceError {
  return new ServiceError('ServiceQuotaExceededException', `The quota ${reason} (${limit}) would be exceeded.`, 400, { Reason: reason });
}

export function throttled(message = 'Rate exceeded'): ServiceError {
  return new ServiceError('ThrottlingException', message);
}

export function accessDenied(reason: AccessDeniedExceptionReason | undefined, message: string): ServiceError {
  return new ServiceError('AccessDeniedException', message, 400, { Reason: reason });
}

export function internalError(requestId: string, message = 'An internal error occurred.'): ServiceError {
  return new ServiceError('InternalServerException', message, 500, { RequestId: requestId });
}

/**
 * A ClientToken reused with other parameters. The model has no dedicated error for this, so it is a
 * ConflictException without a Reason.
 */
export function clientTokenMismatch(action: string, token: string): ServiceError {
  return new ServiceError('ConflictException', `The ClientToken ${token} was already used for ${action} with different parameters.`);
}

/** What awsJson services answer for an X-Amz-Target they do not know. */
export function unknownOperation(target: string | undefined): ServiceError {
  return new ServiceError('UnknownOperationException', `Unknown operation ${target ?? '(no X-Amz-Target header)'}`);
}

/** An action of the API that this emulator does not implement yet (501, which the SDK does not retry). */
export function notImplemented(action: string): ServiceError {
  return new ServiceError('NotImplementedException', `The emulator does not implement ${action} yet.`, 501);
}

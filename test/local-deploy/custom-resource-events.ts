import { createHash, randomUUID } from 'crypto';
import { StackIdentity } from './stack-identity';

export type RequestType = 'Create' | 'Update' | 'Delete';

type Properties = { readonly [name: string]: unknown };

/** A custom-resource request, with the fields CloudFormation sends. */
export interface CustomResourceEvent {
  readonly RequestType: RequestType;
  readonly ServiceToken: string;
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly ResourceType: string;
  readonly ResourceProperties: Properties;
  readonly OldResourceProperties?: Properties;
  readonly PhysicalResourceId?: string;
}

/** One custom resource as an event describes it. */
export interface EventTarget {
  readonly logicalId: string;
  readonly type: string;
  /** The resolved properties, ServiceToken included. */
  readonly properties: Properties;
}

/**
 * CloudFormation hands a custom resource its properties with every scalar as a string: `true`
 * arrives as "true" and 14 as "14". Lists and objects keep their shape.
 */
export function asDelivered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asDelivered);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, asDelivered(v)]));
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

/** The events of one stack: a fresh RequestId each, and a presigned-looking ResponseURL. */
export class CustomResourceEvents {
  constructor(private readonly stack: StackIdentity) {}

  create(target: EventTarget): CustomResourceEvent {
    return this.event('Create', target);
  }

  update(target: EventTarget, physicalResourceId: string, oldProperties: Properties): CustomResourceEvent {
    return { ...this.event('Update', target), PhysicalResourceId: physicalResourceId, OldResourceProperties: asDelivered(oldProperties) as Properties };
  }

  delete(target: EventTarget, physicalResourceId: string): CustomResourceEvent {
    return { ...this.event('Delete', target), PhysicalResourceId: physicalResourceId };
  }

  private event(requestType: RequestType, target: EventTarget): CustomResourceEvent {
    const requestId = randomUUID();
    const properties = asDelivered(target.properties) as Properties;
    return {
      RequestType: requestType,
      ServiceToken: String(properties.ServiceToken),
      ResponseURL: this.responseUrl(target.logicalId, requestId),
      StackId: this.stack.stackId,
      RequestId: requestId,
      LogicalResourceId: target.logicalId,
      ResourceType: target.type,
      ResourceProperties: properties,
    };
  }

  /** Never contacted: the runner records what would be PUT there. */
  private responseUrl(logicalId: string, requestId: string): string {
    const { region } = this.stack;
    const key = encodeURIComponent(`${this.stack.stackId}|${logicalId}|${requestId}`);
    const signature = createHash('sha256').update(requestId).digest('hex');
    return `https://cloudformation-custom-resource-response-${region.replace(/-/g, '')}.s3.${region}.${this.stack.urlSuffix}/${key}`
      + `?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=7200&X-Amz-SignedHeaders=host&X-Amz-Signature=${signature}`;
  }
}

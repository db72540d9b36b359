import { IResource } from 'aws-cdk-lib';

/**
 * What the shared provider's handler does, by SMS v2 resource type (the `<type>` of
 * `arn:<partition>:sms-voice:<region>:<account>:<type>/<id>`), in action names without `sms-voice:`.
 * The handler role gets one statement per resource type, on `<type>/*` in the stack's account and
 * region, however many constructs ask: its size never depends on the number of constructs.
 */
export type HandlerPermissions = { readonly [resourceType: string]: readonly string[] };

/**
 * A resource of another construct or an import that the handler acts on. One of this stack's
 * account and region is covered by the statement of its type; one of another account or region
 * gets a statement of its own, one per account, region and type.
 */
export interface HandlerReference {
  readonly resource: IResource;
  readonly resourceType: string;
  readonly actions: readonly string[];
}

/** The reference to `resource`, when there is one. */
export function referenceTo(resource: IResource | undefined, resourceType: string, actions: readonly string[]): HandlerReference | undefined {
  return resource && { resource, resourceType, actions };
}

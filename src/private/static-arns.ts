import { IConstruct } from 'constructs';

/**
 * ARNs the handler role's statements may name. A statement must never name an attribute of
 * another SMS resource of this stack: the handler role would then depend on that resource, which
 * depends on the handler. Constructs of this library register an ARN (or ARN pattern) known at
 * synth; imports have none, and their ARN attribute is already plain.
 */
const staticArns = new WeakMap<IConstruct, string>();

export function registerStaticArn(construct: IConstruct, arn: string): void {
  staticArns.set(construct, arn);
}

/** The ARN to put in a handler statement for `construct`, whose public ARN is `arn`. */
export function staticArnOf(construct: IConstruct, arn: string): string {
  return staticArns.get(construct) ?? arn;
}

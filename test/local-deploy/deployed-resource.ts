import { TemplateResource } from './template';

/** A resource of the stack as the runner keeps it between operations. */
export interface DeployedResource {
  readonly logicalId: string;
  readonly type: string;
  readonly physicalId: string;
  /** The resolved properties it was last created or updated with (before CloudFormation's string conversion). */
  readonly properties: { readonly [name: string]: unknown };
  /** What Fn::GetAtt reads: a custom resource's Data, or a simulated resource's attributes. */
  readonly attributes: { readonly [name: string]: unknown };
  readonly definition: TemplateResource;
}

/** The resources whose type the runner deploys for real, through the bundled handler and the emulator. */
export function isSmsResource(type: string): boolean {
  return type.startsWith('Custom::SmsVoice');
}

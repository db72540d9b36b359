import { Arn, ArnFormat, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { policyTargetType } from '../wire/validate-resource-policy';

/** The ARN of an SMS v2 resource: `arn:<partition>:sms-voice:<region>:<account>:<resourceType>/<name>`. */
export function smsVoiceArn(scope: IConstruct, resourceType: string, resourceName: string): string {
  return Stack.of(scope).formatArn({
    service: 'sms-voice',
    resource: resourceType,
    resourceName,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

/** The name or id at the end of an SMS v2 resource ARN; works on tokens too. */
export function smsVoiceResourceName(arn: string): string {
  const name = Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME).resourceName;
  if (!name) throw new Error(`'${arn}' is not an SMS v2 resource ARN: expected arn:<partition>:sms-voice:<region>:<account>:<type>/<name>`);
  return name;
}

/**
 * The `<type>` of the ARN of a phone number, sender ID, pool or opt-out list: what the constructs
 * of this library (their imports included) say, or what a literal `arn` says; undefined when neither tells.
 */
export function shareableResourceType(resource: IConstruct, arn: string): string | undefined {
  return (resource as Partial<{ readonly _policyTargetType: string }>)._policyTargetType ?? policyTargetType(arn);
}

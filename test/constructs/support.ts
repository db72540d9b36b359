import { App, Stack, Stage } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { IConstruct } from 'constructs';

export const ACCOUNT = '111111111111';
export const REGION = 'eu-west-1';

export function newStack(): Stack {
  return new Stack(new App(), 'Stack', { env: { account: ACCOUNT, region: REGION } });
}

/** `arn:<partition>:sms-voice:<region>:<account>:<path>` as the template renders it. */
export function smsArn(path: string): unknown {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:sms-voice:${REGION}:${ACCOUNT}:${path}`]] };
}

/** Every statement of the shared provider's handler role. */
export function handlerRoleStatements(stack: Stack): any[] {
  const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: Match.stringLikeRegexp('SmsVoiceProviderHandlerRole') }] },
  });
  return Object.values(policies).flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

/** The only resource of `type` in the stack. */
export function onlyResource(stack: Stack, type: string): any {
  const resources = Object.values(Template.fromStack(stack).findResources(type));
  expect(resources).toHaveLength(1);
  return resources[0];
}

/**
 * Synthesizes the app that `construct` is in, and returns the construct: what the constructs
 * declare is validated at synth, every construct of the app at once.
 */
export function synthesized<T extends IConstruct>(construct: T): T {
  Stage.of(construct)!.synth({ force: true });
  return construct;
}

import * as iam from 'aws-cdk-lib/aws-iam';
import { IConstruct } from 'constructs';
import { SmsProvider } from '../custom-resources/sms-provider';

/**
 * Lets the shared provider's handler call `actions` (names without the `sms-voice:` prefix) on
 * the given resource ARNs.
 */
export function allowHandler(scope: IConstruct, actions: readonly string[], resourceArns: readonly string[]): SmsProvider {
  const provider = SmsProvider.getOrCreate(scope);
  provider.addToRolePolicy(new iam.PolicyStatement({
    actions: actions.map(action => `sms-voice:${action}`),
    resources: [...resourceArns],
  }));
  return provider;
}

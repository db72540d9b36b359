import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import {
  AccountSettings,
  ConfigurationSet,
  EventDestinationTarget,
  EventType,
  MessageType,
  NumberCapability,
  NumberType,
  OptOutList,
  PhoneNumber,
  Pool,
  ProtectConfiguration,
  Registration,
  RegistrationAttachment,
  RegistrationAttachmentSource,
  RegistrationFieldValue,
  RegistrationType,
  ResourcePolicy,
  SenderId,
  VerifiedDestinationNumber,
} from '../../src';

/**
 * IAM's limits on a role, in characters of the policy document without white space
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
 */
const INLINE_POLICIES_PER_ROLE = 10_240;
const MANAGED_POLICY_SIZE = 6_144;
const MANAGED_POLICIES_PER_ROLE = 10;

/**
 * A stack of `count` SMS constructs of every type, as a platform team writes them: for every five,
 * an opt-out list, a phone number on it, a sender ID, a pool of the two with two-way messaging
 * (through one role that all pools share), and a configuration set whose CloudWatch Logs
 * destination gets a service role of its own (in one of a few shared log groups). In every fifth
 * group the pool is shared with a partner account (a grant), and so are the opt-out list
 * (addToResourcePolicy) and the sender ID (a ResourcePolicy construct of its own). For every fifty,
 * a protect configuration; for every hundred, a toll-free registration of the last group's number
 * with its opt-in screenshot (in one of two buckets), and a verified destination number; and the
 * account settings. At 300 constructs the stack stays within CloudFormation's 500 resources.
 */
function stackOf(count: number): Stack {
  const stack = new Stack(new App(), 'Messaging', { env: { account: '111111111111', region: 'eu-west-1' } });
  const inbound = new iam.Role(stack, 'Inbound', { assumedBy: new iam.ServicePrincipal('sms-voice.amazonaws.com') });
  const logGroup = (group: number) => stack.node.tryFindChild(`Log${Math.floor(group / 10)}`) as logs.LogGroup
    ?? new logs.LogGroup(stack, `Log${Math.floor(group / 10)}`);
  for (let i = 0; i < count; i++) {
    const group = Math.floor(i / 5);
    const shared = group % 5 === 0;
    if (i % 50 === 0) new ProtectConfiguration(stack, `Protect${i / 50}`);
    if (i % 100 === 25) registrationOf(stack, group - 1, `s3://registrations-${Math.floor(i / 100) % 2}/opt-in-${group}.png`);
    if (i % 100 === 30) new VerifiedDestinationNumber(stack, `Tester${group}`, { destinationPhoneNumber: `+1206555${String(1000 + group).slice(-4)}` });
    switch (i % 5) {
      case 0: {
        const list = new OptOutList(stack, `OptOuts${group}`);
        if (shared) list.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sms-voice:DescribeOptedOutNumbers'], principals: [PARTNER], resources: ['*'] }));
        break;
      }
      case 1:
        new PhoneNumber(stack, `Number${group}`, {
          isoCountryCode: 'US',
          messageType: MessageType.TRANSACTIONAL,
          numberCapabilities: [NumberCapability.SMS],
          numberType: NumberType.TOLL_FREE,
          optOutList: stack.node.findChild(`OptOuts${group}`) as OptOutList,
        });
        break;
      case 2: {
        const brand = new SenderId(stack, `Brand${group}`, { senderId: `BRAND${group % 1000}`, isoCountryCode: 'US' });
        if (shared) {
          new ResourcePolicy(stack, `BrandPolicy${group}`, {
            resource: brand,
            policyDocument: new iam.PolicyDocument({
              statements: [new iam.PolicyStatement({ actions: ['sms-voice:SendTextMessage'], principals: [PARTNER], resources: ['*'] })],
            }),
          });
        }
        break;
      }
      case 3: {
        const pool = new Pool(stack, `Pool${group}`, {
          originationIdentities: [stack.node.findChild(`Number${group}`) as PhoneNumber, stack.node.findChild(`Brand${group}`) as SenderId],
          isoCountryCode: 'US',
          messageType: MessageType.TRANSACTIONAL,
          twoWay: { channelArn: `arn:aws:sns:eu-west-1:111111111111:inbound-${group}`, role: inbound },
        });
        if (shared) pool.grantSendTextMessage(PARTNER);
        break;
      }
      case 4:
        new ConfigurationSet(stack, `Events${group}`).addEventDestination('Logs', {
          destination: EventDestinationTarget.cloudWatchLogs(logGroup(group)),
          events: [EventType.ALL],
        });
        break;
    }
  }
  // One per account and region, by design.
  new AccountSettings(stack, 'SpendLimits', { textMessageMonthlySpendLimit: 100 });
  return stack;
}

const PARTNER = new iam.AccountPrincipal('222222222222');

function registrationOf(stack: Stack, group: number, screenshotUrl: string): void {
  const screenshot = new RegistrationAttachment(stack, `OptIn${group}`, { source: RegistrationAttachmentSource.fromS3Url(screenshotUrl) });
  new Registration(stack, `Verification${group}`, {
    registrationType: RegistrationType.US_TOLL_FREE,
    fields: {
      'companyInfo.companyName': RegistrationFieldValue.text(`Example ${group}`),
      'optInDetails.optInImage': RegistrationFieldValue.attachment(screenshot),
    },
    originationIdentities: [stack.node.findChild(`Number${group}`) as PhoneNumber],
    submit: true,
  });
}

/** The resources the shared provider itself adds: everything under its construct, whose logical ids begin with its id. */
function providerResources(template: Template): { [logicalId: string]: any } {
  return Object.fromEntries(Object.entries(template.toJSON().Resources as { [id: string]: any }).filter(([id]) => id.startsWith('SmsVoiceProvider')));
}

/**
 * The length of a policy document once CloudFormation resolves it, with the longest values the
 * intrinsics can take: the longest partition and region names, and names of 128 characters for
 * what CloudFormation names itself.
 */
function resolvedLength(document: unknown): number {
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (typeof value !== 'object' || value === null) return value;
    const object = value as { [key: string]: any };
    if ('Ref' in object) return { 'AWS::Partition': 'aws-iso-b', 'AWS::Region': 'ap-southeast-5', 'AWS::AccountId': '111111111111' }[object.Ref as string] ?? 'x'.repeat(128);
    if ('Fn::GetAtt' in object) return `arn:aws-iso-b:service:ap-southeast-5:111111111111:type/${'x'.repeat(128)}`;
    if ('Fn::Join' in object) return (resolve(object['Fn::Join'][1]) as unknown[]).join(object['Fn::Join'][0]);
    return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, resolve(item)]));
  };
  return JSON.stringify(resolve(document)).length;
}

describe.each([1, 100, 300])('a stack of %i SMS constructs', count => {
  const template = Template.fromStack(stackOf(count));
  const resources = template.toJSON().Resources as { [id: string]: any };
  const provider = providerResources(template);
  const roles = Object.keys(provider).filter(id => provider[id].Type === 'AWS::IAM::Role');

  test('has one provider, whose resources are the same as for a single construct', () => {
    expect(Object.values(resources).filter(r => r.Type === 'AWS::StepFunctions::StateMachine')).toHaveLength(1);
    expect(Object.values(provider).filter(r => r.Type === 'AWS::Lambda::Function')).toHaveLength(5);
    const single = providerResources(Template.fromStack(stackOf(1)));
    expect(Object.values(provider).map(r => r.Type).sort()).toEqual(Object.values(single).map(r => r.Type).sort());
  });

  test('every role of the provider fits IAM\'s limits: inline policies, managed policies and their sizes', () => {
    expect(roles.length).toBeGreaterThanOrEqual(3);
    for (const role of roles) {
      const ref = (r: any) => (r.Properties.Roles ?? []).some((x: any) => x.Ref === role);
      const inline = Object.values(resources).filter(r => r.Type === 'AWS::IAM::Policy' && ref(r));
      const managed = Object.values(resources).filter(r => r.Type === 'AWS::IAM::ManagedPolicy' && ref(r));
      const inlineLength = inline.reduce((sum, p) => sum + resolvedLength(p.Properties.PolicyDocument), 0)
        + (resources[role].Properties.Policies ?? []).reduce((sum: number, p: any) => sum + resolvedLength(p.PolicyDocument), 0);
      expect(inlineLength).toBeLessThan(INLINE_POLICIES_PER_ROLE);
      expect(managed.length + (resources[role].Properties.ManagedPolicyArns ?? []).length).toBeLessThanOrEqual(MANAGED_POLICIES_PER_ROLE);
      managed.forEach(p => expect(resolvedLength(p.Properties.PolicyDocument)).toBeLessThan(MANAGED_POLICY_SIZE));
    }
  });

  test('the handler role has one statement per SMS resource type, one for PassRole, one for account-level actions, one per attachment bucket and one for its logs', () => {
    const handlerRole = roles.find(id => id.startsWith('SmsVoiceProviderHandlerRole'))!;
    const statements = Object.values(resources)
      .filter(r => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: any) => x.Ref === handlerRole))
      .flatMap(p => p.Properties.PolicyDocument.Statement);
    const smsTypes = statements.map(s => JSON.stringify(s.Resource).match(/:sms-voice:[^"]*:([a-z-]+)\/\*/)?.[1]).filter(Boolean);
    expect(new Set(smsTypes).size).toBe(smsTypes.length);
    expect(statements.filter(s => s.Action === 'iam:PassRole')).toHaveLength(count > 1 ? 1 : 0);
    expect(statements.filter(s => s.Resource === '*')).toHaveLength(1);
    const logStatements = statements.filter(s => [s.Action].flat().some((action: string) => action.startsWith('logs:')));
    expect(logStatements).toHaveLength(1);
    const bucketStatements = statements.filter(s => s.Action === 's3:GetObject');
    expect(bucketStatements).toHaveLength(count > 125 ? 2 : count > 25 ? 1 : 0);
    expect(statements.length).toBe(smsTypes.length + logStatements.length + bucketStatements.length + (count > 1 ? 1 : 0) + 1);
  });
});

test('past 20 roles handed to the service, PassRole names the account\'s roles, still only for sms-voice, and says so', () => {
  const stack = stackOf(300);
  const statements = Template.fromStack(stack).findResources('AWS::IAM::Policy');
  const passRole = Object.values(statements).flatMap((p: any) => p.Properties.PolicyDocument.Statement).find((s: any) => s.Action === 'iam:PassRole');
  expect(passRole).toEqual({
    Action: 'iam:PassRole',
    Effect: 'Allow',
    Resource: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::111111111111:role/*']] }],
    Condition: { StringEquals: { 'iam:PassedToService': 'sms-voice.amazonaws.com' } },
  });
  const infos = stack.node.findAll().flatMap(c => c.node.metadata).filter(m => m.type === 'aws:cdk:info').map(m => String(m.data));
  expect(infos).toContainEqual(expect.stringMatching(/^More than 20 roles are handed to AWS End User Messaging SMS/));
});

test('up to 20 roles handed to the service, PassRole lists exactly them', () => {
  const template = Template.fromStack(stackOf(50));
  const passRole = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p: any) => p.Properties.PolicyDocument.Statement)
    .find((s: any) => s.Action === 'iam:PassRole');
  expect(passRole.Resource).toHaveLength(11);
  passRole.Resource.forEach((arn: any) => expect(arn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^(Inbound|Events)/), 'Arn'] }));
});

import { App, CfnParameter, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, DependencyGroup } from 'constructs';
import { ACCOUNT, handlerRoleStatements, newStack, onlyResource, REGION, smsArn, synthesized } from './support';
import { AccountSettings, OptOutList } from '../../src';

const ACCOUNT_SETTINGS = 'Custom::SmsVoiceAccountSettings';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

describe('defaults', () => {
  test('declares only the limits set, deletes its overrides with the stack, and has no tags', () => {
    new AccountSettings(stack, 'SpendLimits', { textMessageMonthlySpendLimit: 10 });
    Tags.of(stack).add('team', 'sms');

    const resource = onlyResource(stack, ACCOUNT_SETTINGS);
    expect(resource.DeletionPolicy).toBe('Delete');
    expect(resource.UpdateReplacePolicy).toBe('Delete');
    expect(resource.Properties).toEqual({
      ServiceToken: expect.anything(),
      SchemaVersion: '1',
      TextMessageMonthlySpendLimit: 10,
    });
  });
});

describe('properties', () => {
  test('every limit, in whole US dollars', () => {
    new AccountSettings(stack, 'SpendLimits', { textMessageMonthlySpendLimit: 100, voiceMessageMonthlySpendLimit: 0, mediaMessageMonthlySpendLimit: 25 });

    Template.fromStack(stack).hasResourceProperties(ACCOUNT_SETTINGS, {
      TextMessageMonthlySpendLimit: 100,
      VoiceMessageMonthlySpendLimit: 0,
      MediaMessageMonthlySpendLimit: 25,
    });
  });

  test('removalPolicy RETAIN keeps the overrides when the settings leave the stack, and so does applyRemovalPolicy', () => {
    new AccountSettings(stack, 'SpendLimits', { textMessageMonthlySpendLimit: 10, removalPolicy: RemovalPolicy.RETAIN });
    const other = newStack();
    new AccountSettings(other, 'SpendLimits', { textMessageMonthlySpendLimit: 10 }).applyRemovalPolicy(RemovalPolicy.RETAIN);

    expect(onlyResource(stack, ACCOUNT_SETTINGS).DeletionPolicy).toBe('Retain');
    expect(onlyResource(other, ACCOUNT_SETTINGS).DeletionPolicy).toBe('Retain');
  });

  test('the enforced limits are attributes of the custom resource', () => {
    const settings = new AccountSettings(stack, 'SpendLimits', { textMessageMonthlySpendLimit: 10 });

    const logicalId = stack.getLogicalId(settings.node.defaultChild!.node.defaultChild as any);
    expect(stack.resolve(settings.enforcedTextMessageMonthlySpendLimit)).toEqual({ 'Fn::GetAtt': [logicalId, 'TextMessageMonthlySpendLimit'] });
    expect(stack.resolve(settings.enforcedVoiceMessageMonthlySpendLimit)).toEqual({ 'Fn::GetAtt': [logicalId, 'VoiceMessageMonthlySpendLimit'] });
    expect(stack.resolve(settings.enforcedMediaMessageMonthlySpendLimit)).toEqual({ 'Fn::GetAtt': [logicalId, 'MediaMessageMonthlySpendLimit'] });
  });

  test('the provider may make the spend-limit calls, which take no resource, in one statement on "*", acknowledged for cdk-nag', () => {
    new AccountSettings(stack, 'SpendLimits', { voiceMessageMonthlySpendLimit: 5 });

    expect(handlerRoleStatements(stack).filter(s => JSON.stringify(s).includes('sms-voice:'))).toEqual([{
      Effect: 'Allow',
      Action: [
        'sms-voice:DescribeSpendLimits',
        'sms-voice:SetTextMessageSpendLimitOverride',
        'sms-voice:DeleteTextMessageSpendLimitOverride',
        'sms-voice:SetVoiceMessageSpendLimitOverride',
        'sms-voice:DeleteVoiceMessageSpendLimitOverride',
        'sms-voice:SetMediaMessageSpendLimitOverride',
        'sms-voice:DeleteMediaMessageSpendLimitOverride',
      ],
      Resource: '*',
    }]);
    const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
    const suppressions = Object.values(policies).flatMap((p: any) => p.Metadata?.cdk_nag?.rules_to_suppress ?? []);
    expect(suppressions).toContainEqual(expect.objectContaining({ id: 'AwsSolutions-IAM5', applies_to: ['Resource::*'] }));
  });

  test('shares the stack\'s one provider with the other constructs', () => {
    new OptOutList(stack, 'OptOuts');
    new AccountSettings(stack, 'SpendLimits', { textMessageMonthlySpendLimit: 1 });

    expect(Object.keys(Template.fromStack(stack).findResources('AWS::StepFunctions::StateMachine'))).toHaveLength(1);
  });
});

describe('validation', () => {
  test('fails when no limit is set', () => {
    expect(() => synthesized(new AccountSettings(stack, 'SpendLimits', {}))).toThrow('Validation failed with the following errors:\n'
      + '  [Stack/SpendLimits] at least one of textMessageMonthlySpendLimit, voiceMessageMonthlySpendLimit and mediaMessageMonthlySpendLimit must be set');
  });

  test('fails when a limit is not a whole number of US dollars', () => {
    expect(() => synthesized(new AccountSettings(stack, 'SpendLimits', { textMessageMonthlySpendLimit: 9.99 })))
      .toThrow('textMessageMonthlySpendLimit: 9.99 must be a whole number of US dollars from 0 to 1000000000');
  });

  test('fails when a limit is negative', () => {
    expect(() => synthesized(new AccountSettings(stack, 'SpendLimits', { voiceMessageMonthlySpendLimit: -1 })))
      .toThrow('voiceMessageMonthlySpendLimit: -1 must be a whole number of US dollars from 0 to 1000000000');
  });

  test('fails when a limit is above the service model\'s maximum, reporting every violation at once', () => {
    expect(() => synthesized(new AccountSettings(stack, 'SpendLimits', { mediaMessageMonthlySpendLimit: 1_000_000_001, textMessageMonthlySpendLimit: 0.5 })))
      .toThrow('Validation failed with the following errors:\n'
        + '  [Stack/SpendLimits] textMessageMonthlySpendLimit: 0.5 must be a whole number of US dollars from 0 to 1000000000\n'
        + '  [Stack/SpendLimits] mediaMessageMonthlySpendLimit: 1000000001 must be a whole number of US dollars from 0 to 1000000000');
  });

  test('skips tokens: a limit from a parameter is checked by the handler at deploy time', () => {
    const limit = new CfnParameter(stack, 'Limit', { type: 'Number' }).valueAsNumber;
    new AccountSettings(stack, 'SpendLimits', { textMessageMonthlySpendLimit: limit });

    Template.fromStack(stack).hasResourceProperties(ACCOUNT_SETTINGS, { TextMessageMonthlySpendLimit: { Ref: 'Limit' } });
  });
});

describe('one per account and region', () => {
  test('fails when a stack has two, naming both', () => {
    new AccountSettings(stack, 'SpendLimits', { textMessageMonthlySpendLimit: 10 });

    expect(() => synthesized(new AccountSettings(stack, 'MoreLimits', { voiceMessageMonthlySpendLimit: 5 })))
      .toThrow("AccountSettings 'Stack/MoreLimits' and AccountSettings 'Stack/SpendLimits' both manage the spend limits of account"
        + ` ${ACCOUNT} in ${REGION}; there can be one AccountSettings per account and region: declare every limit in one of them`);
  });

  test('fails across two stacks of the app for the same account and region, even nested in a construct', () => {
    const app = new App();
    const env = { account: ACCOUNT, region: REGION };
    new AccountSettings(new Stack(app, 'Messaging', { env }), 'SpendLimits', { textMessageMonthlySpendLimit: 10 });
    const billing = new Stack(app, 'Billing', { env });

    expect(() => synthesized(new AccountSettings(new Construct(billing, 'Scope'), 'Limits', { mediaMessageMonthlySpendLimit: 1 }))).toThrow(/^AccountSettings 'Billing\/Scope\/Limits' and AccountSettings 'Messaging\/SpendLimits' both manage the spend limits of account 111111111111 in eu-west-1;/);
  });

  test('fails across two environment-agnostic stacks, which deploy to the same account and region', () => {
    const app = new App();
    new AccountSettings(new Stack(app, 'One'), 'SpendLimits', { textMessageMonthlySpendLimit: 10 });

    expect(() => synthesized(new AccountSettings(new Stack(app, 'Two'), 'SpendLimits', { textMessageMonthlySpendLimit: 10 })))
      .toThrow("AccountSettings 'Two/SpendLimits' and AccountSettings 'One/SpendLimits' both manage the spend limits of the account and region"
        + ' their environment-agnostic stacks deploy to; there can be one AccountSettings per account and region: declare every limit in one of them');
  });

  test('one per region and one per account is fine', () => {
    const app = new App();
    const stacks = [
      new Stack(app, 'Ireland', { env: { account: ACCOUNT, region: 'eu-west-1' } }),
      new Stack(app, 'Virginia', { env: { account: ACCOUNT, region: 'us-east-1' } }),
      new Stack(app, 'OtherAccount', { env: { account: '222222222222', region: 'eu-west-1' } }),
    ];
    stacks.forEach(s => new AccountSettings(s, 'SpendLimits', { textMessageMonthlySpendLimit: 10 }));

    stacks.forEach(s => expect(onlyResource(s, ACCOUNT_SETTINGS).Properties.TextMessageMonthlySpendLimit).toBe(10));
  });
});

describe('grants', () => {
  const statementsOf = (role: iam.Role) => Object.values(Template.fromStack(Stack.of(role)).findResources('AWS::IAM::Policy'))
    .flatMap((p: any) => p.Properties.PolicyDocument.Statement);

  test('grantCarrierLookup allows sms-voice:CarrierLookup, which takes no resource, on "*"', () => {
    const role = new iam.Role(stack, 'App', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

    const grant = AccountSettings.grantCarrierLookup(role);

    expect(grant.success).toBe(true);
    expect(statementsOf(role)).toEqual([{ Effect: 'Allow', Action: 'sms-voice:CarrierLookup', Resource: '*' }]);
  });

  test('grantPutMessageFeedback allows sms-voice:PutMessageFeedback on every message of the grantee\'s account and region', () => {
    const role = new iam.Role(stack, 'App', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

    AccountSettings.grantPutMessageFeedback(role);

    expect(statementsOf(role)).toEqual([{ Effect: 'Allow', Action: 'sms-voice:PutMessageFeedback', Resource: smsArn('message/*') }]);
  });

  test('grantPutMessageFeedback of a grantee that is no construct names the account and region the policy deploys to', () => {
    const statements: iam.PolicyStatement[] = [];
    const principal: iam.IPrincipal = Object.assign(new iam.AnyPrincipal(), {
      addToPrincipalPolicy: (statement: iam.PolicyStatement) => {
        statements.push(statement);
        return { statementAdded: true, policyDependable: new DependencyGroup() };
      },
    });

    AccountSettings.grantPutMessageFeedback({ grantPrincipal: principal });

    expect(statements.map(statement => stack.resolve(statement.toStatementJson()))).toEqual([{
      Effect: 'Allow',
      Action: 'sms-voice:PutMessageFeedback',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':message/*']] },
    }]);
  });
});

import { App, CfnElement, CustomResource, Lazy, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { synthesized } from './support';
import { ConfigurationSet, EventDestinationTarget, EventType, MessageType, ProtectConfiguration } from '../../src';
import { SHAPES } from '../emulator/generated/operations.generated';

const CONFIGURATION_SET = 'Custom::SmsVoiceConfigurationSet';

let stack: Stack;
beforeEach(() => {
  stack = new Stack(new App(), 'Stack', { env: { account: '111111111111', region: 'eu-west-1' } });
});

function template(): Template {
  return Template.fromStack(stack);
}

function handlerRoleStatements(): any[] {
  const policies = template().findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: Match.stringLikeRegexp('SmsVoiceProviderHandlerRole') }] },
  });
  return Object.values(policies).flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

describe('defaults', () => {
  test('a configuration set with no props gets a generated valid name, feedback off, and is destroyed with the stack', () => {
    new ConfigurationSet(stack, 'Transactional');

    const resources = template().findResources(CONFIGURATION_SET);
    const [resource] = Object.values(resources) as any[];
    expect(resource.DeletionPolicy).toBe('Delete');
    expect(resource.Properties.SchemaVersion).toBe('2');
    expect(resource.Properties.MessageFeedbackEnabled).toBe(false);
    expect(resource.Properties.ConfigurationSetName).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(resource.Properties.ConfigurationSetName).toContain('Transactional');
    expect(resource.Properties).not.toHaveProperty('DefaultSenderId');
    expect(resource.Properties).not.toHaveProperty('DefaultMessageType');
    expect(resource.Properties).not.toHaveProperty('EventDestinations');
    expect(resource.Properties).not.toHaveProperty('Tags');
  });

  test('generated names stay within 64 characters and unique for deep construct paths', () => {
    const parent = new Construct(stack, 'A'.repeat(60));
    new ConfigurationSet(parent, 'B'.repeat(60));
    new ConfigurationSet(parent, 'B'.repeat(59));

    const names = Object.values(template().findResources(CONFIGURATION_SET)).map((r: any) => r.Properties.ConfigurationSetName as string);
    expect(names).toHaveLength(2);
    names.forEach(n => expect(n).toMatch(/^[A-Za-z0-9_-]{1,64}$/));
    expect(new Set(names).size).toBe(2);
  });

  test('the attributes come from the custom resource', () => {
    const cs = new ConfigurationSet(stack, 'Cs');
    const logicalId = stack.getLogicalId((cs.node.defaultChild as CustomResource).node.defaultChild as CfnElement);

    expect(stack.resolve(cs.configurationSetName)).toEqual({ 'Fn::GetAtt': [logicalId, 'ConfigurationSetName'] });
    expect(stack.resolve(cs.configurationSetArn)).toEqual({ 'Fn::GetAtt': [logicalId, 'ConfigurationSetArn'] });
  });
});

describe('properties', () => {
  test('renders every prop with the API names', () => {
    new ConfigurationSet(stack, 'Cs', {
      configurationSetName: 'transactional',
      defaultSenderId: 'MYBRAND',
      defaultMessageType: MessageType.TRANSACTIONAL,
      messageFeedbackEnabled: true,
      removalPolicy: RemovalPolicy.RETAIN,
      tags: { team: 'messaging' },
    });

    template().hasResource(CONFIGURATION_SET, {
      DeletionPolicy: 'Retain',
      Properties: {
        ConfigurationSetName: 'transactional',
        DefaultSenderId: 'MYBRAND',
        DefaultMessageType: 'TRANSACTIONAL',
        MessageFeedbackEnabled: true,
        Tags: [{ Key: 'team', Value: 'messaging' }],
      },
    });
  });

  test('Tags.of() tags reach the configuration set', () => {
    new ConfigurationSet(stack, 'Cs', { tags: { team: 'messaging' } });
    Tags.of(stack).add('env', 'prod');

    template().hasResourceProperties(CONFIGURATION_SET, {
      Tags: Match.arrayWith([{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'messaging' }]),
    });
  });

  test('applyRemovalPolicy changes the deletion policy', () => {
    const cs = new ConfigurationSet(stack, 'Cs');
    cs.applyRemovalPolicy(RemovalPolicy.RETAIN);

    template().hasResource(CONFIGURATION_SET, { DeletionPolicy: 'Retain' });
  });

  test('the provider role may manage configuration sets of this account and region, and nothing else of SMS', () => {
    new ConfigurationSet(stack, 'Cs', { configurationSetName: 'transactional' });

    const statement = handlerRoleStatements().find(s => [s.Action].flat().includes('sms-voice:CreateConfigurationSet'));
    expect(statement.Resource).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:eu-west-1:111111111111:configuration-set/*']],
    });
    expect(statement.Action).toEqual(expect.arrayContaining([
      'sms-voice:CreateConfigurationSet', 'sms-voice:DeleteConfigurationSet', 'sms-voice:DescribeConfigurationSets',
      'sms-voice:CreateEventDestination', 'sms-voice:UpdateEventDestination', 'sms-voice:DeleteEventDestination',
      'sms-voice:TagResource', 'sms-voice:UntagResource', 'sms-voice:ListTagsForResource',
    ]));
    handlerRoleStatements().forEach(s => expect(s.Resource).not.toEqual('*'));
    expect(handlerRoleStatements().filter(s => JSON.stringify(s).includes(':sms-voice:'))).toHaveLength(1);
  });

  test('configuration sets by any name share one statement, so a renamed one is cleaned up and the role does not grow', () => {
    new ConfigurationSet(stack, 'Cs', { configurationSetName: 'transactional' });
    new ConfigurationSet(stack, 'Other', { configurationSetName: 'marketing' });

    const smsStatements = handlerRoleStatements().filter(s => JSON.stringify(s).includes(':sms-voice:'));
    expect(smsStatements).toEqual([expect.objectContaining({
      Action: expect.arrayContaining(['sms-voice:DescribeConfigurationSets', 'sms-voice:DeleteConfigurationSet']),
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:eu-west-1:111111111111:configuration-set/*']] },
    })]);
  });
});

describe('protect configuration', () => {
  test('declares the protect configuration by its id, and the handler may associate it on both resources', () => {
    const protect = new ProtectConfiguration(stack, 'Protect');
    new ConfigurationSet(stack, 'Cs', { configurationSetName: 'otp', protectConfiguration: protect });

    const [resource] = Object.values(template().findResources(CONFIGURATION_SET)) as any[];
    expect(resource.Properties.ProtectConfigurationId).toEqual({ 'Fn::GetAtt': [stack.getLogicalId(protect.node.defaultChild as CfnElement), 'ProtectConfigurationId'] });
    const associate = (type: string) => handlerRoleStatements().find(s => JSON.stringify(s.Resource).includes(`:${type}/*`));
    for (const type of ['configuration-set', 'protect-configuration']) {
      expect(associate(type).Action).toEqual(expect.arrayContaining(['sms-voice:AssociateProtectConfiguration', 'sms-voice:DisassociateProtectConfiguration']));
    }
  });

  test('an imported protect configuration is declared by its id, and none is declared by default', () => {
    new ConfigurationSet(stack, 'Imported', {
      configurationSetName: 'imported',
      protectConfiguration: ProtectConfiguration.fromProtectConfigurationId(stack, 'Protect', 'protect-0123456789abcdef0123456789abcdef'),
    });
    new ConfigurationSet(stack, 'None', { configurationSetName: 'none' });

    template().hasResourceProperties(CONFIGURATION_SET, { ConfigurationSetName: 'imported', ProtectConfigurationId: 'protect-0123456789abcdef0123456789abcdef' });
    template().hasResourceProperties(CONFIGURATION_SET, { ConfigurationSetName: 'none', ProtectConfigurationId: Match.absent() });
  });

  test('fails when the imported protect configuration id does not match the pattern', () => {
    expect(() => ProtectConfiguration.fromProtectConfigurationId(stack, 'Protect', 'not an id'))
      .toThrow(/^Invalid import 'Protect' of ProtectConfiguration in 'Stack':\n {2}- protectConfigurationId: "not an id" may contain only letters, digits, _, :, \/ and -/);
  });
});

describe('validation', () => {
  test('fails when configurationSetName does not match the pattern, naming the property and what it allows', () => {
    expect(() => synthesized(new ConfigurationSet(stack, 'Cs', { configurationSetName: 'bad name!' })))
      .toThrow(/configurationSetName: "bad name!" may contain only letters, digits, _ and -/);
  });

  test('fails when configurationSetName is longer than 64 characters', () => {
    expect(() => synthesized(new ConfigurationSet(stack, 'Cs', { configurationSetName: 'a'.repeat(65) })))
      .toThrow(/configurationSetName: "a{65}" must be 1 to 64 characters long, but is 65/);
  });

  test('fails when configurationSetName is empty', () => {
    expect(() => synthesized(new ConfigurationSet(stack, 'Cs', { configurationSetName: '' })))
      .toThrow(/configurationSetName: "" must be 1 to 64 characters long, but is 0/);
  });

  test('fails when defaultSenderId is longer than 11 characters', () => {
    expect(() => synthesized(new ConfigurationSet(stack, 'Cs', { defaultSenderId: 'ABCDEFGHIJKL' })))
      .toThrow(/defaultSenderId: "ABCDEFGHIJKL" must be 1 to 11 characters long, but is 12/);
  });

  test('fails when defaultSenderId has characters outside the pattern', () => {
    expect(() => synthesized(new ConfigurationSet(stack, 'Cs', { defaultSenderId: 'MY BRAND' })))
      .toThrow(/defaultSenderId: "MY BRAND" may contain only letters, digits, _ and -/);
  });

  test('fails when defaultMessageType is not a message type', () => {
    expect(() => synthesized(new ConfigurationSet(stack, 'Cs', { defaultMessageType: 'MARKETING' as MessageType })))
      .toThrow(/defaultMessageType: "MARKETING" must be one of TRANSACTIONAL, PROMOTIONAL/);
  });

  test('reports every violation at once', () => {
    expect(() => synthesized(new ConfigurationSet(stack, 'Cs', { configurationSetName: 'bad name!', defaultSenderId: 'MY BRAND!!!!!' })))
      .toThrow(/configurationSetName: "bad name!" may contain[^\n]*\n {2}\[Stack\/Cs\] defaultSenderId: "MY BRAND!!!!!" must be 1 to 11 characters long, but is 13$/);
  });

  test('fails when a tag key is longer than 128 characters', () => {
    new ConfigurationSet(stack, 'Cs', { tags: { ['k'.repeat(129)]: 'v' } });

    expect(() => template()).toThrow(/tag key: "k{129}" must be 1 to 128 characters long/);
  });

  test('skips checks of values that are tokens', () => {
    const name = Lazy.string({ produce: () => 'bad name!' });
    new ConfigurationSet(stack, 'Cs', { configurationSetName: name, defaultSenderId: Lazy.string({ produce: () => 'x'.repeat(20) }) });

    template().hasResourceProperties(CONFIGURATION_SET, { ConfigurationSetName: 'bad name!' });
  });
});

describe('event destinations', () => {
  test('a CloudWatch Logs destination gets a service role trusted by sms-voice for this account, and the provider may pass only it', () => {
    const group = new logs.LogGroup(stack, 'SmsEvents');
    const cs = new ConfigurationSet(stack, 'Cs', { configurationSetName: 'transactional' });
    cs.addEventDestination('Logs', {
      destination: EventDestinationTarget.cloudWatchLogs(group),
      events: [EventType.TEXT_DELIVERED, EventType.TEXT_BLOCKED],
    });

    template().hasResourceProperties(CONFIGURATION_SET, {
      EventDestinations: [{
        EventDestinationName: 'Logs',
        Enabled: true,
        MatchingEventTypes: ['TEXT_DELIVERED', 'TEXT_BLOCKED'],
        CloudWatchLogsDestination: {
          IamRoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('CsEventDestinationLogsServiceRole'), 'Arn'] },
          LogGroupArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('SmsEvents'), 'Arn'] },
        },
      }],
    });
    template().hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { Service: 'sms-voice.amazonaws.com' },
          Condition: {
            StringEquals: { 'aws:SourceAccount': '111111111111' },
            ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:eu-west-1:111111111111:*']] } },
          },
        }],
      },
    });
    template().hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('CsEventDestinationLogsServiceRole') }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Action: Match.arrayWith(['logs:CreateLogStream', 'logs:PutLogEvents']),
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('SmsEvents'), 'Arn'] },
        })]),
      },
    });
    const passRoles = handlerRoleStatements().filter(s => s.Action === 'iam:PassRole');
    expect(passRoles).toEqual([{
      Action: 'iam:PassRole',
      Effect: 'Allow',
      Resource: [{ 'Fn::GetAtt': [expect.stringMatching(/^CsEventDestinationLogsServiceRole/), 'Arn'] }],
      Condition: { StringEquals: { 'iam:PassedToService': 'sms-voice.amazonaws.com' } },
    }]);
  });

  test('a given role is used as is, and is the one the provider may pass', () => {
    const role = iam.Role.fromRoleArn(stack, 'Given', 'arn:aws:iam::111111111111:role/sms-events');
    const cs = new ConfigurationSet(stack, 'Cs');
    cs.addEventDestination('Logs', {
      destination: EventDestinationTarget.cloudWatchLogs(new logs.LogGroup(stack, 'Group'), { role }),
      events: [EventType.ALL],
    });

    expect(Object.keys(template().findResources('AWS::IAM::Role')).filter(id => id.includes('EventDestination'))).toEqual([]);
    template().hasResourceProperties(CONFIGURATION_SET, {
      EventDestinations: [Match.objectLike({ CloudWatchLogsDestination: Match.objectLike({ IamRoleArn: 'arn:aws:iam::111111111111:role/sms-events' }) })],
    });
    expect(handlerRoleStatements().filter(s => s.Action === 'iam:PassRole').map(s => s.Resource))
      .toEqual([['arn:aws:iam::111111111111:role/sms-events']]);
  });

  test('a Firehose destination gets a service role that may put records', () => {
    const bucket = new s3.Bucket(stack, 'Bucket');
    const stream = new firehose.DeliveryStream(stack, 'Stream', { destination: new firehose.S3Bucket(bucket) });
    const cs = new ConfigurationSet(stack, 'Cs');
    cs.addEventDestination('Archive', { destination: EventDestinationTarget.firehose(stream), events: [EventType.ALL], enabled: false });

    template().hasResourceProperties(CONFIGURATION_SET, {
      EventDestinations: [{
        EventDestinationName: 'Archive',
        Enabled: false,
        MatchingEventTypes: ['ALL'],
        KinesisFirehoseDestination: {
          IamRoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('CsEventDestinationArchiveServiceRole'), 'Arn'] },
          DeliveryStreamArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('Stream'), 'Arn'] },
        },
      }],
    });
    template().hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('CsEventDestinationArchiveServiceRole') }],
      PolicyDocument: { Statement: [Match.objectLike({ Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'] })] },
    });
    expect(handlerRoleStatements().filter(s => s.Action === 'iam:PassRole')).toHaveLength(1);
  });

  test('an SNS destination adds a topic policy for sms-voice with source conditions, and needs no role', () => {
    const topic = new sns.Topic(stack, 'Alerts');
    const cs = new ConfigurationSet(stack, 'Cs');
    cs.addEventDestination('Alerts', { destination: EventDestinationTarget.sns(topic), events: [EventType.ALL] });

    template().hasResourceProperties(CONFIGURATION_SET, {
      EventDestinations: [{ EventDestinationName: 'Alerts', Enabled: true, MatchingEventTypes: ['ALL'], SnsDestination: { TopicArn: { Ref: Match.stringLikeRegexp('Alerts') } } }],
    });
    template().hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: [{
          Action: 'sns:Publish',
          Effect: 'Allow',
          Principal: { Service: 'sms-voice.amazonaws.com' },
          Resource: { Ref: Match.stringLikeRegexp('Alerts') },
          Condition: {
            StringEquals: { 'aws:SourceAccount': '111111111111' },
            ArnLike: { 'aws:SourceArn': Match.anyValue() },
          },
        }],
      },
    });
    expect(handlerRoleStatements().filter(s => s.Action === 'iam:PassRole')).toHaveLength(0);
  });

  test('eventDestinationName overrides the id, and duplicate events are sent once', () => {
    const cs = new ConfigurationSet(stack, 'Cs');
    cs.addEventDestination('Alerts', {
      destination: EventDestinationTarget.sns(new sns.Topic(stack, 'Topic')),
      events: [EventType.TEXT_ALL, EventType.TEXT_ALL, EventType.of('VOICE_ALL')],
      eventDestinationName: 'alerts-v2',
    });

    template().hasResourceProperties(CONFIGURATION_SET, {
      EventDestinations: [Match.objectLike({ EventDestinationName: 'alerts-v2', MatchingEventTypes: ['TEXT_ALL', 'VOICE_ALL'] })],
    });
  });

  test('fails when the same event destination is added twice', () => {
    const cs = new ConfigurationSet(stack, 'Cs');
    const topic = new sns.Topic(stack, 'Topic');
    cs.addEventDestination('Alerts', { destination: EventDestinationTarget.sns(topic), events: [EventType.ALL] });

    expect(() => cs.addEventDestination('Alerts', { destination: EventDestinationTarget.sns(topic), events: [EventType.ALL] }))
      .toThrow(/already has an event destination named 'Alerts'/);
  });

  test('fails when TEXT_SENT is used, because the service does not support it', () => {
    const cs = new ConfigurationSet(stack, 'Cs');

    expect(() => cs.addEventDestination('Alerts', {
      destination: EventDestinationTarget.sns(new sns.Topic(stack, 'Topic')),
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      events: [EventType.TEXT_SENT],
    })).toThrow(/"TEXT_SENT" is not supported by the service/);
  });

  test('fails when no event types are given', () => {
    const cs = new ConfigurationSet(stack, 'Cs');

    expect(() => cs.addEventDestination('Alerts', { destination: EventDestinationTarget.sns(new sns.Topic(stack, 'Topic')), events: [] }))
      .toThrow(/events of event destination 'Alerts': must have 1 to \d+ items, but has 0/);
  });

  test('fails when an event type is unknown to the service', () => {
    const cs = new ConfigurationSet(stack, 'Cs');

    expect(() => cs.addEventDestination('Alerts', { destination: EventDestinationTarget.sns(new sns.Topic(stack, 'Topic')), events: [EventType.of('TEXT_READ')] }))
      .toThrow(/"TEXT_READ" must be one of ALL, TEXT_ALL/);
  });

  test('fails when the event destination name does not match the pattern', () => {
    const cs = new ConfigurationSet(stack, 'Cs');

    expect(() => cs.addEventDestination('Alerts', {
      destination: EventDestinationTarget.sns(new sns.Topic(stack, 'Topic')),
      events: [EventType.ALL],
      eventDestinationName: 'my alerts',
    })).toThrow(/eventDestinationName: "my alerts" may contain only letters, digits, _ and -/);
  });

  test('EventType has a member for every event type of the API reference', () => {
    const referenceEventTypes = SHAPES.EventType.enum!.filter(e => !e.startsWith('RCS_'));
    const members = Object.values(EventType).filter((v): v is EventType => v instanceof EventType).map(e => e.value);

    expect(members.sort()).toEqual([...referenceEventTypes].sort());
    expect(referenceEventTypes).toHaveLength(43);
  });
});

describe('grants', () => {
  test('grantSendMessages allows sending text, voice and media messages with the configuration set', () => {
    const cs = new ConfigurationSet(stack, 'Cs', { configurationSetName: 'transactional' });
    const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = 1') });

    cs.grantSendMessages(fn);

    template().hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('FnServiceRole') }],
      PolicyDocument: {
        Statement: [{
          Action: ['sms-voice:SendTextMessage', 'sms-voice:SendVoiceMessage', 'sms-voice:SendMediaMessage'],
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('Cs'), 'ConfigurationSetArn'] },
        }],
      },
    });
  });

  test('grant allows any action on the configuration set', () => {
    const cs = ConfigurationSet.fromConfigurationSetName(stack, 'Imported', 'transactional');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });

    cs.grant(role, 'sms-voice:PutMessageFeedback');

    template().hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: 'sms-voice:PutMessageFeedback',
          Effect: 'Allow',
          Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:eu-west-1:111111111111:configuration-set/transactional']] },
        }],
      },
    });
  });
});

describe('imports', () => {
  test('fromConfigurationSetName builds the ARN in the stack environment', () => {
    const cs = ConfigurationSet.fromConfigurationSetName(stack, 'Imported', 'transactional');

    expect(cs.configurationSetName).toBe('transactional');
    expect(stack.resolve(cs.configurationSetArn)).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:eu-west-1:111111111111:configuration-set/transactional']],
    });
    template().resourceCountIs(CONFIGURATION_SET, 0);
  });

  test('fromConfigurationSetArn takes the name and environment from the ARN', () => {
    const arn = 'arn:aws:sms-voice:us-east-1:222222222222:configuration-set/shared';
    const cs = ConfigurationSet.fromConfigurationSetArn(stack, 'Imported', arn);

    expect(cs.configurationSetArn).toBe(arn);
    expect(cs.configurationSetName).toBe('shared');
    expect(cs.env).toEqual({ account: '222222222222', region: 'us-east-1' });
  });

  test('fromConfigurationSetArn fails on an ARN without a resource name', () => {
    expect(() => ConfigurationSet.fromConfigurationSetArn(stack, 'Imported', 'arn:aws:sms-voice:us-east-1:222222222222:configuration-set'))
      .toThrow(/is not an SMS v2 resource ARN/);
  });
});

describe('the shared provider', () => {
  test('three configuration sets in one stack make one provider', () => {
    new ConfigurationSet(stack, 'A');
    new ConfigurationSet(stack, 'B');
    new ConfigurationSet(stack, 'C');

    const resources = Object.values(template().findResources(CONFIGURATION_SET)) as any[];
    expect(resources).toHaveLength(3);
    expect(new Set(resources.map(r => JSON.stringify(r.Properties.ServiceToken))).size).toBe(1);
    template().resourceCountIs('AWS::StepFunctions::StateMachine', 1);
    template().resourcePropertiesCountIs('AWS::Lambda::Function', { Handler: 'index.onEvent' }, 1);
    template().resourcePropertiesCountIs('AWS::Lambda::Function', { Handler: 'index.isComplete' }, 1);
  });

  test('every provider function runs on Node.js 22, the framework\'s own included', () => {
    new ConfigurationSet(stack, 'Cs');

    const functions = Object.values(template().findResources('AWS::Lambda::Function')) as any[];
    expect(functions.map(f => f.Properties.Handler).sort())
      .toEqual(['framework.isComplete', 'framework.onEvent', 'framework.onTimeout', 'index.isComplete', 'index.onEvent']);
    functions.forEach(f => expect(f.Properties.Runtime).toBe('nodejs22.x'));
  });
});


/**
 * The two apps the synth benchmark compares: `count` SMS resources written with this library's
 * constructs, and the same resources written as CloudFormation resources of the `AWS::SMSVOICE::*`
 * types, as an app of L1s would. Both have the same mix, construct ids, names and supporting
 * resources (roles, log groups), so the difference is what the library adds.
 *
 * aws-cdk-lib 2.189 has no `aws_smsvoice` module, so the L1 side is plain `CfnResource`s of those
 * types with the properties CloudFormation takes: what a generated L1 class renders, without its
 * property validation, so the comparison is, if anything, strict.
 */
import { App, CfnResource, Names, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import {
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
  ResourcePolicy,
  SenderId,
} from '../src';

/** The name of the benchmark's stack in either app. */
export const STACK_NAME = 'Messaging';

/** One of the two ways of writing the app. */
export type AppKind = 'ours' | 'l1';

/**
 * An app of `count` SMS resources, as a platform team writes them: for every five, an opt-out
 * list, a phone number on it, a sender ID, a pool of the two with two-way messaging (through one
 * role that all pools share), and a configuration set whose CloudWatch Logs destination has a
 * service role of its own (in one of a few shared log groups). In every fifth group the sender ID
 * is shared with a partner account (a resource policy); for every fifty, a protect configuration.
 * These are the SMS v2 types that CloudFormation has: registrations, verified destination numbers
 * and account settings have no L1 to compare with.
 */
export function smsApp(kind: AppKind, count: number, outdir: string): App {
  const stack = benchmarkStack(outdir);
  const write = WRITERS[kind];
  const inbound = new iam.Role(stack, 'Inbound', { assumedBy: new iam.ServicePrincipal('sms-voice.amazonaws.com') });
  const logGroup = (group: number) => stack.node.tryFindChild(`Log${Math.floor(group / 10)}`) as logs.LogGroup
    ?? new logs.LogGroup(stack, `Log${Math.floor(group / 10)}`);
  for (let i = 0; i < count; i++) {
    const group = Math.floor(i / 5);
    if (i % 50 === 0) write.protectConfiguration(stack, `Protect${i / 50}`);
    switch (i % 5) {
      case 0: write.optOutList(stack, `OptOuts${group}`); break;
      case 1: write.phoneNumber(stack, `Number${group}`, `OptOuts${group}`); break;
      case 2: write.senderId(stack, `Brand${group}`, `BRAND${group % 1000}`, group % 5 === 0 ? `BrandPolicy${group}` : undefined); break;
      case 3: write.pool(stack, `Pool${group}`, [`Number${group}`, `Brand${group}`], `arn:aws:sns:eu-west-1:111111111111:inbound-${group}`, inbound); break;
      case 4: write.configurationSet(stack, `Events${group}`, logGroup(group)); break;
    }
  }
  return stack.node.root as App;
}

/** The SMS v2 types that an app of one type can have alone, without the resources they refer to. */
export const SINGLE_TYPES = ['configurationSet', 'optOutList', 'phoneNumber', 'senderId', 'protectConfiguration'] as const;

/** One of `SINGLE_TYPES`. */
export type SingleType = typeof SINGLE_TYPES[number];

/**
 * An app of `count` SMS resources of one type, each with what it needs alone: configuration sets
 * without event destinations, phone numbers without an opt-out list. It shows the cost of one
 * construct of the type, without the supporting resources that the mixed app shares with its L1s.
 */
export function singleTypeApp(kind: AppKind, type: SingleType, count: number, outdir: string): App {
  const stack = benchmarkStack(outdir);
  const write = WRITERS[kind];
  for (let i = 0; i < count; i++) {
    const id = `Resource${i}`;
    switch (type) {
      case 'configurationSet': write.configurationSet(stack, id); break;
      case 'optOutList': write.optOutList(stack, id); break;
      case 'phoneNumber': write.phoneNumber(stack, id); break;
      case 'senderId': write.senderId(stack, id, `BRAND${i}`, undefined); break;
      case 'protectConfiguration': write.protectConfiguration(stack, id); break;
    }
  }
  return stack.node.root as App;
}

function benchmarkStack(outdir: string): Stack {
  return new Stack(new App({ outdir }), STACK_NAME, { env: { account: '111111111111', region: 'eu-west-1' } });
}

/** How one kind of app writes each SMS resource; references name earlier resources by construct id. */
interface SmsResourceWriter {
  optOutList(stack: Stack, id: string): void;
  phoneNumber(stack: Stack, id: string, optOutListId?: string): void;
  senderId(stack: Stack, id: string, senderId: string, sharedWithPolicyId: string | undefined): void;
  pool(stack: Stack, id: string, memberIds: string[], channelArn: string, channelRole: iam.IRole): void;
  configurationSet(stack: Stack, id: string, logGroup?: logs.ILogGroup): void;
  protectConfiguration(stack: Stack, id: string): void;
}

const PARTNER = new iam.AccountPrincipal('222222222222');

const sharingPolicy = () => new iam.PolicyDocument({
  statements: [new iam.PolicyStatement({ actions: ['sms-voice:SendTextMessage'], principals: [PARTNER], resources: ['*'] })],
});

const OURS: SmsResourceWriter = {
  optOutList: (stack, id) => new OptOutList(stack, id),
  phoneNumber: (stack, id, optOutListId) => new PhoneNumber(stack, id, {
    isoCountryCode: 'US',
    messageType: MessageType.TRANSACTIONAL,
    numberCapabilities: [NumberCapability.SMS],
    numberType: NumberType.TOLL_FREE,
    optOutList: optOutListId === undefined ? undefined : stack.node.findChild(optOutListId) as OptOutList,
  }),
  senderId: (stack, id, senderId, sharedWithPolicyId) => {
    const brand = new SenderId(stack, id, { senderId, isoCountryCode: 'US' });
    if (sharedWithPolicyId) {
      new ResourcePolicy(stack, sharedWithPolicyId, { resource: brand, policyDocument: sharingPolicy() });
    }
  },
  pool: (stack, id, memberIds, channelArn, role) => new Pool(stack, id, {
    originationIdentities: memberIds.map(member => stack.node.findChild(member) as PhoneNumber | SenderId),
    isoCountryCode: 'US',
    messageType: MessageType.TRANSACTIONAL,
    twoWay: { channelArn, role },
  }),
  configurationSet: (stack, id, logGroup) => {
    const configurationSet = new ConfigurationSet(stack, id);
    if (logGroup) configurationSet.addEventDestination('Logs', { destination: EventDestinationTarget.cloudWatchLogs(logGroup), events: [EventType.ALL] });
  },
  protectConfiguration: (stack, id) => new ProtectConfiguration(stack, id),
};

/** A CloudFormation resource of `type` as the resource an L1 would make (construct id `Resource` under a construct of `id`). */
function cfn(stack: Stack, id: string, type: string, properties: (scope: Construct) => { [key: string]: unknown }): CfnResource {
  const scope = new Construct(stack, id);
  return new CfnResource(scope, 'Resource', { type: `AWS::SMSVOICE::${type}`, properties: properties(scope) });
}

const nameOf = (scope: Construct) => Names.uniqueResourceName(scope, { maxLength: 64, allowedSpecialCharacters: '_-' });
const resourceOf = (stack: Stack, id: string) => stack.node.findChild(id).node.findChild('Resource') as CfnResource;

const L1: SmsResourceWriter = {
  optOutList: (stack, id) => cfn(stack, id, 'OptOutList', scope => ({ OptOutListName: nameOf(scope) })),
  phoneNumber: (stack, id, optOutListId) => cfn(stack, id, 'PhoneNumber', () => ({
    IsoCountryCode: 'US',
    MessageType: 'TRANSACTIONAL',
    NumberCapabilities: ['SMS'],
    NumberType: 'TOLL_FREE',
    OptOutListName: optOutListId === undefined ? undefined : resourceOf(stack, optOutListId).ref,
    DeletionProtectionEnabled: false,
    MandatoryKeywords: MANDATORY_KEYWORDS,
  })),
  senderId: (stack, id, senderId, sharedWithPolicyId) => {
    const brand = cfn(stack, id, 'SenderId', () => ({ SenderId: senderId, IsoCountryCode: 'GB', DeletionProtectionEnabled: false }));
    if (sharedWithPolicyId) {
      cfn(stack, sharedWithPolicyId, 'ResourcePolicy', () => ({
        ResourceArn: brand.getAtt('Arn').toString(),
        PolicyDocument: sharingPolicy(),
      }));
    }
  },
  pool: (stack, id, memberIds, channelArn, role) => cfn(stack, id, 'Pool', () => ({
    OriginationIdentities: memberIds.map(member => resourceOf(stack, member).getAtt('Arn').toString()),
    MandatoryKeywords: MANDATORY_KEYWORDS,
    TwoWay: { Enabled: true, ChannelArn: channelArn, ChannelRole: role.roleArn },
    DeletionProtectionEnabled: false,
  })),
  configurationSet: (stack, id, logGroup) => cfn(stack, id, 'ConfigurationSet', scope => {
    if (!logGroup) return { ConfigurationSetName: nameOf(scope) };
    const role = new iam.Role(new Construct(scope, 'EventDestinationLogs'), 'ServiceRole', {
      assumedBy: new iam.ServicePrincipal('sms-voice.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': stack.account },
        ArnLike: { 'aws:SourceArn': stack.formatArn({ service: 'sms-voice', resource: '*' }) },
      }),
      description: `Writes AWS End User Messaging SMS events to ${logGroup.logGroupName}`,
    });
    logGroup.grantWrite(role);
    logGroup.grant(role, 'logs:DescribeLogStreams');
    return {
      ConfigurationSetName: nameOf(scope),
      EventDestinations: [{
        EventDestinationName: 'Logs',
        Enabled: true,
        MatchingEventTypes: ['ALL'],
        CloudWatchLogsDestination: { IamRoleArn: role.roleArn, LogGroupArn: logGroup.logGroupArn },
      }],
    };
  }),
  protectConfiguration: (stack, id) => cfn(stack, id, 'ProtectConfiguration', () => ({ DeletionProtectionEnabled: false })),
};

const WRITERS: { readonly [kind in AppKind]: SmsResourceWriter } = { ours: OURS, l1: L1 };

/** The keywords CloudFormation requires on a phone number and a pool; the service's own defaults. */
const MANDATORY_KEYWORDS = {
  HELP: { Message: 'Reply STOP to opt out.' },
  STOP: { Message: 'You are opted out and will receive no more messages.' },
};

import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { handlerRoleStatements, newStack, onlyResource, smsArn, synthesized } from './support';
import {
  MessageType,
  NumberCapability,
  NumberType,
  OptOutList,
  PhoneNumber,
  PhoneNumberProps,
  Pool,
  SenderId,
} from '../../src';

const POOL = 'Custom::SmsVoicePool';

const NUMBER: PhoneNumberProps = {
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
  numberCapabilities: [NumberCapability.SMS],
  numberType: NumberType.TOLL_FREE,
};

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

test('a pool of two phone numbers and a sender ID sharing an opt-out list', () => {
  const list = new OptOutList(stack, 'List', { optOutListName: 'shared' });
  const first = new PhoneNumber(stack, 'First', NUMBER);
  const second = new PhoneNumber(stack, 'Second', NUMBER);
  const brand = SenderId.fromSenderIdAttributes(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'US' });

  new Pool(stack, 'Pool', {
    originationIdentities: [first, second, brand],
    isoCountryCode: 'US',
    messageType: MessageType.TRANSACTIONAL,
    optOutList: list,
    selfManagedOptOuts: false,
    sharedRoutes: true,
    keywords: [{ keyword: 'INFO', message: 'Hours 9-5' }],
  });

  const resource = onlyResource(stack, POOL);
  expect(resource.DeletionPolicy).toBe('Delete');
  expect(resource.Properties).toEqual(expect.objectContaining({
    SchemaVersion: '1',
    OriginationIdentities: [
      { 'Fn::GetAtt': [expect.stringMatching(/^First/), 'PhoneNumberArn'] },
      { 'Fn::GetAtt': [expect.stringMatching(/^Second/), 'PhoneNumberArn'] },
      smsArn('sender-id/MYBRAND/US'),
    ],
    IsoCountryCode: 'US',
    MessageType: 'TRANSACTIONAL',
    OptOutListName: { 'Fn::GetAtt': [expect.stringMatching(/^List/), 'OptOutListName'] },
    SelfManagedOptOutsEnabled: false,
    SharedRoutesEnabled: true,
    DeletionProtectionEnabled: false,
    Keywords: [{ Keyword: 'INFO', KeywordMessage: 'Hours 9-5', KeywordAction: 'AUTOMATIC_RESPONSE' }],
  }));
  Template.fromStack(stack).resourceCountIs('AWS::StepFunctions::StateMachine', 1);
});

test('addOriginationIdentity adds identities; adding one twice fails', () => {
  const brand = SenderId.fromSenderIdAttributes(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'US' });
  const number = PhoneNumber.fromPhoneNumberId(stack, 'Number', 'phone-0123');
  const pool = new Pool(stack, 'Pool', { originationIdentities: [brand], isoCountryCode: 'US', messageType: MessageType.PROMOTIONAL });

  pool.addOriginationIdentity(number);

  expect(() => pool.addOriginationIdentity(number)).toThrow(/already holds/);
  expect(onlyResource(stack, POOL).Properties.OriginationIdentities).toEqual([smsArn('sender-id/MYBRAND/US'), smsArn('phone-number/phone-0123')]);
});

test('the provider may manage any pool and associate the phone numbers of this account and region', () => {
  const number = PhoneNumber.fromPhoneNumberId(stack, 'Number', 'phone-0123');
  new Pool(stack, 'Pool', { originationIdentities: [number], isoCountryCode: 'US', messageType: MessageType.PROMOTIONAL });

  const statements = handlerRoleStatements(stack);
  expect(statements).toContainEqual(expect.objectContaining({
    Action: expect.arrayContaining(['sms-voice:CreatePool', 'sms-voice:DeletePool', 'sms-voice:AssociateOriginationIdentity']),
    Resource: smsArn('pool/*'),
  }));
  expect(statements).toContainEqual(expect.objectContaining({
    Action: ['sms-voice:CreatePool', 'sms-voice:AssociateOriginationIdentity', 'sms-voice:DisassociateOriginationIdentity', 'sms-voice:DescribePhoneNumbers'],
    Resource: smsArn('phone-number/*'),
  }));
  expect(statements.filter(s => JSON.stringify(s).includes(':sender-id/'))).toEqual([]);
});

test('an identity shared from another account gets a statement for that account\'s identities of its type, once', () => {
  const shared = PhoneNumber.fromPhoneNumberArn(stack, 'Shared', 'arn:aws:sms-voice:eu-west-1:222222222222:phone-number/phone-9');
  const another = PhoneNumber.fromPhoneNumberArn(stack, 'Another', 'arn:aws:sms-voice:eu-west-1:222222222222:phone-number/phone-8');
  const brand = SenderId.fromSenderIdArn(stack, 'Brand', 'arn:aws:sms-voice:eu-west-1:222222222222:sender-id/MYBRAND/US');
  new Pool(stack, 'Pool', { originationIdentities: [shared, another, brand], isoCountryCode: 'US', messageType: MessageType.PROMOTIONAL });

  const elsewhere = handlerRoleStatements(stack).filter(s => JSON.stringify(s).includes(':222222222222:'));
  expect(elsewhere).toEqual([
    expect.objectContaining({
      Action: ['sms-voice:CreatePool', 'sms-voice:AssociateOriginationIdentity', 'sms-voice:DisassociateOriginationIdentity', 'sms-voice:DescribePhoneNumbers'],
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:eu-west-1:222222222222:phone-number/*']] },
    }),
    expect.objectContaining({
      Action: ['sms-voice:CreatePool', 'sms-voice:AssociateOriginationIdentity', 'sms-voice:DisassociateOriginationIdentity'],
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:eu-west-1:222222222222:sender-id/*']] },
    }),
  ]);
});

test('fails when the pool has no origination identity', () => {
  expect(() => synthesized(new Pool(stack, 'Pool', { originationIdentities: [], isoCountryCode: 'US', messageType: MessageType.PROMOTIONAL })))
    .toThrow(/originationIdentities: \[\] must hold at least one phone number or sender ID: a pool is never empty/);
});

test('fails when a phone number is put in a second pool', () => {
  const number = new PhoneNumber(stack, 'Number', NUMBER);
  new Pool(stack, 'A', { originationIdentities: [number], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL });

  expect(() => synthesized(new Pool(stack, 'B', { originationIdentities: [number], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL })))
    .toThrow(/Phone number 'Stack\/Number' is already in pool 'Stack\/A': a phone number can be in only one pool/);
});

test('a sender ID can be in many pools', () => {
  const brand = new SenderId(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'US' });
  new Pool(stack, 'A', { originationIdentities: [brand], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL });
  new Pool(stack, 'B', { originationIdentities: [brand], isoCountryCode: 'US', messageType: MessageType.PROMOTIONAL });

  Template.fromStack(stack).resourceCountIs(POOL, 2);
});

test('fails at synth when a pooled phone number declares settings that are the pool\'s', () => {
  const number = new PhoneNumber(stack, 'Number', { ...NUMBER, selfManagedOptOuts: true });
  number.addKeyword({ keyword: 'INFO', message: 'Hi' });
  new Pool(stack, 'Pool', { originationIdentities: [number], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL });

  expect(() => Template.fromStack(stack))
    .toThrow(/phone number 'Stack\/Number' declares selfManagedOptOuts, but a number in a pool takes the pool's settings[\s\S]*declares keywords/);
});

test('fails when isoCountryCode or keywords are invalid', () => {
  const brand = SenderId.fromSenderIdAttributes(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'US' });

  expect(() => synthesized(new Pool(stack, 'Pool', {
    originationIdentities: [brand],
    isoCountryCode: 'EU',
    messageType: MessageType.TRANSACTIONAL,
    keywords: [{ keyword: 'info', message: 'a' }, { keyword: 'INFO', message: 'b' }],
  }))).toThrow(/already has the keyword 'INFO'/);
  expect(() => synthesized(new Pool(stack, 'Pool2', { originationIdentities: [brand], isoCountryCode: 'EU', messageType: MessageType.TRANSACTIONAL })))
    .toThrow(/isoCountryCode: "EU" is not an assigned ISO 3166-1 alpha-2 country code/);
});

test('fromPoolId, fromPoolArn and the send grants', () => {
  const pool = Pool.fromPoolId(stack, 'Pool', 'pool-0123');
  const byArn = Pool.fromPoolArn(stack, 'ByArn', 'arn:aws:sms-voice:us-east-1:222222222222:pool/pool-4567');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });

  pool.grantSendTextMessage(role);
  pool.grantSendMediaMessage(role);

  expect(byArn.poolId).toBe('pool-4567');
  Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
    PolicyDocument: {
      Statement: [
        { Action: 'sms-voice:SendTextMessage', Effect: 'Allow', Resource: smsArn('pool/pool-0123') },
        { Action: 'sms-voice:SendMediaMessage', Effect: 'Allow', Resource: smsArn('pool/pool-0123') },
      ],
    },
  });
});

test('grantSendMessages allows sending text, voice and media messages from the pool, as the configuration set\'s does', () => {
  const pool = Pool.fromPoolId(stack, 'Pool', 'pool-0123');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });

  pool.grantSendMessages(role);

  Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
    PolicyDocument: {
      Statement: [{
        Action: ['sms-voice:SendTextMessage', 'sms-voice:SendVoiceMessage', 'sms-voice:SendMediaMessage'],
        Effect: 'Allow',
        Resource: smsArn('pool/pool-0123'),
      }],
    },
  });
});

test('fails when a keyword is added to an imported pool, whose keywords are not this stack\'s', () => {
  const imported = Pool.fromPoolId(stack, 'Imported', 'pool-0123') as Pool;
  expect(() => imported.addKeyword({ keyword: 'INFO', message: 'Hours' }))
    .toThrow('Stack/Imported is imported: its keywords are not this stack\'s to declare');
});

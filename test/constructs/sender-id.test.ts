import { Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { handlerRoleStatements, newStack, onlyResource, smsArn, synthesized } from './support';
import { MessageType, SenderId } from '../../src';

const SENDER_ID = 'Custom::SmsVoiceSenderId';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

test('a sender ID is unprotected and kept by default: released only when its own create rolls back', () => {
  new SenderId(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'GB' });

  const resource = onlyResource(stack, SENDER_ID);
  expect(resource.DeletionPolicy).toBe('RetainExceptOnCreate');
  expect(resource.Properties).toEqual({
    ServiceToken: expect.anything(),
    SchemaVersion: '1',
    SenderId: 'MYBRAND',
    IsoCountryCode: 'GB',
    DeletionProtectionEnabled: false,
    ReleaseOnDelete: true,
  });
});

test('renders every prop, and DESTROY releases it', () => {
  new SenderId(stack, 'Brand', {
    senderId: 'MYBRAND',
    isoCountryCode: 'GB',
    messageTypes: [MessageType.TRANSACTIONAL],
    deletionProtection: true,
    removalPolicy: RemovalPolicy.DESTROY,
    tags: { team: 'sms' },
  });

  expect(onlyResource(stack, SENDER_ID).Properties).toEqual(expect.objectContaining({
    MessageTypes: ['TRANSACTIONAL'],
    DeletionProtectionEnabled: true,
    ReleaseOnDelete: true,
    Tags: [{ Key: 'team', Value: 'sms' }],
  }));
});

test('the provider may manage the sender IDs of this account and region', () => {
  new SenderId(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'GB' });

  expect(handlerRoleStatements(stack)).toContainEqual(expect.objectContaining({
    Action: expect.arrayContaining(['sms-voice:RequestSenderId', 'sms-voice:UpdateSenderId', 'sms-voice:ReleaseSenderId']),
    Resource: smsArn('sender-id/*'),
  }));
});

test('fails when senderId is longer than 11 characters or has spaces', () => {
  expect(() => synthesized(new SenderId(stack, 'Brand', { senderId: 'MY BRAND NAME', isoCountryCode: 'GB' })))
    .toThrow(/senderId: "MY BRAND NAME" must be 1 to 11 characters long, but is 13$/);
});

test('fails when isoCountryCode is unknown', () => {
  expect(() => synthesized(new SenderId(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'UK' })))
    .toThrow(/isoCountryCode: "UK" is not an assigned ISO 3166-1 alpha-2 country code/);
});

test('fails when a message type is given twice', () => {
  expect(() => synthesized(new SenderId(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'GB', messageTypes: [MessageType.PROMOTIONAL, MessageType.PROMOTIONAL] })))
    .toThrow(/messageTypes: "PROMOTIONAL" must be unique/);
});

test('skips checks of tokens', () => {
  new SenderId(stack, 'Brand', { senderId: Lazy.string({ produce: () => 'way too long for a sender id' }), isoCountryCode: 'GB' });

  expect(onlyResource(stack, SENDER_ID).Properties.SenderId).toBe('way too long for a sender id');
});

test('fromSenderIdAttributes and fromSenderIdArn', () => {
  const byAttrs = SenderId.fromSenderIdAttributes(stack, 'ByAttrs', { senderId: 'MYBRAND', isoCountryCode: 'GB' });
  const byArn = SenderId.fromSenderIdArn(stack, 'ByArn', 'arn:aws:sms-voice:us-east-1:222222222222:sender-id/OTHER/DE');

  expect(stack.resolve(byAttrs.senderIdArn)).toEqual(smsArn('sender-id/MYBRAND/GB'));
  expect(byAttrs.originationIdentityArn).toBe(byAttrs.senderIdArn);
  expect([byArn.senderId, byArn.isoCountryCode]).toEqual(['OTHER', 'DE']);
  expect(() => SenderId.fromSenderIdArn(stack, 'Bad', 'arn:aws:sms-voice:us-east-1:222222222222:sender-id/OTHER'))
    .toThrow(/is not a sender ID ARN/);
});

test('fromSenderIdArn takes a token apart with intrinsic functions', () => {
  const sender = SenderId.fromSenderIdArn(stack, 'ByToken', Lazy.string({ produce: () => 'arn:aws:sms-voice:us-east-1:1:sender-id/A/GB' }));

  expect(stack.resolve(sender.senderId)).toEqual({ 'Fn::Select': [1, { 'Fn::Split': ['/', { 'Fn::Select': [5, { 'Fn::Split': [':', 'arn:aws:sms-voice:us-east-1:1:sender-id/A/GB'] }] }] }] });
});

test.each(['grantSendTextMessage', 'grantSendMessages'] as const)('%s allows sending text, the one channel of a sender ID, from it', grant => {
  const sender = SenderId.fromSenderIdAttributes(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'GB' });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });

  sender[grant](role);

  Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
    PolicyDocument: { Statement: [{ Action: 'sms-voice:SendTextMessage', Effect: 'Allow', Resource: smsArn('sender-id/MYBRAND/GB') }] },
  });
});

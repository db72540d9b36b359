import { Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { handlerRoleStatements, newStack, onlyResource, smsArn, synthesized } from './support';
import {
  KeywordAction,
  MessageType,
  NumberCapability,
  NumberType,
  OptOutList,
  PhoneNumber,
  PhoneNumberProps,
  Pool,
  Registration,
} from '../../src';

const PHONE_NUMBER = 'Custom::SmsVoicePhoneNumber';

const TOLL_FREE: PhoneNumberProps = {
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
  numberCapabilities: [NumberCapability.SMS],
  numberType: NumberType.TOLL_FREE,
};

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

describe('defaults', () => {
  test('a US toll-free number does not wait for ACTIVE (its registration takes days), is unprotected, and is kept: released only when its own create rolls back', () => {
    new PhoneNumber(stack, 'Number', TOLL_FREE);

    const resource = onlyResource(stack, PHONE_NUMBER);
    expect(resource.DeletionPolicy).toBe('RetainExceptOnCreate');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(resource.Properties).toEqual(expect.objectContaining({
      SchemaVersion: '1',
      IsoCountryCode: 'US',
      MessageType: 'TRANSACTIONAL',
      NumberCapabilities: ['SMS'],
      NumberType: 'TOLL_FREE',
      DeletionProtectionEnabled: false,
      WaitForActive: false,
      ReleaseOnDelete: true,
    }));
    for (const absent of ['OptOutListName', 'RegistrationId', 'PoolId', 'SelfManagedOptOutsEnabled', 'TwoWay', 'Keywords', 'Tags']) {
      expect(resource.Properties).not.toHaveProperty(absent);
    }
  });
});

describe('properties', () => {
  test('renders every prop', () => {
    const role = iam.Role.fromRoleArn(stack, 'Inbound', 'arn:aws:iam::111111111111:role/inbound');
    new PhoneNumber(stack, 'Number', {
      ...TOLL_FREE,
      numberCapabilities: [NumberCapability.SMS, NumberCapability.VOICE],
      optOutList: OptOutList.fromOptOutListName(stack, 'List', 'marketing'),
      registration: Registration.fromRegistrationId(stack, 'Registration', 'registration-0123'),
      internationalSendingEnabled: true,
      deletionProtection: true,
      selfManagedOptOuts: true,
      twoWay: { channelArn: 'arn:aws:sns:eu-west-1:111111111111:inbound', role },
      keywords: [{ keyword: 'HELP', message: 'Reply STOP to stop' }, { keyword: 'join', message: 'Welcome', action: KeywordAction.OPT_IN }],
      waitForActive: false,
      removalPolicy: RemovalPolicy.DESTROY,
      tags: { team: 'sms' },
    });

    const resource = onlyResource(stack, PHONE_NUMBER);
    expect(resource.DeletionPolicy).toBe('Delete');
    expect(resource.Properties).toEqual(expect.objectContaining({
      NumberCapabilities: ['SMS', 'VOICE'],
      OptOutListName: 'marketing',
      RegistrationId: 'registration-0123',
      InternationalSendingEnabled: true,
      DeletionProtectionEnabled: true,
      SelfManagedOptOutsEnabled: true,
      TwoWay: { ChannelArn: 'arn:aws:sns:eu-west-1:111111111111:inbound', ChannelRole: 'arn:aws:iam::111111111111:role/inbound' },
      Keywords: [
        { Keyword: 'HELP', KeywordMessage: 'Reply STOP to stop', KeywordAction: 'AUTOMATIC_RESPONSE' },
        { Keyword: 'join', KeywordMessage: 'Welcome', KeywordAction: 'OPT_IN' },
      ],
      WaitForActive: false,
      ReleaseOnDelete: true,
      Tags: [{ Key: 'team', Value: 'sms' }],
    }));
    expect(handlerRoleStatements(stack)).toContainEqual(expect.objectContaining({
      Action: 'iam:PassRole', Resource: ['arn:aws:iam::111111111111:role/inbound'],
    }));
  });

  test.each([
    ['US', NumberType.TOLL_FREE, false],
    ['US', NumberType.TEN_DLC, false],
    ['US', NumberType.LONG_CODE, true],
    ['US', NumberType.SIMULATOR, true],
    ['CA', NumberType.TOLL_FREE, true],
  ])('a %s %s number waits for ACTIVE by default: %s (only US toll-free and 10DLC numbers wait days, for their registration)', (country, numberType, waits) => {
    new PhoneNumber(stack, 'Number', { ...TOLL_FREE, isoCountryCode: country, numberType });

    expect(onlyResource(stack, PHONE_NUMBER).Properties.WaitForActive).toBe(waits);
  });

  test('waitForActive: true makes a US toll-free number wait for its registration all the same', () => {
    new PhoneNumber(stack, 'Number', { ...TOLL_FREE, waitForActive: true });

    expect(onlyResource(stack, PHONE_NUMBER).Properties.WaitForActive).toBe(true);
  });

  test.each([
    [RemovalPolicy.DESTROY, 'Delete', true],
    [RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, 'RetainExceptOnCreate', true],
    [RemovalPolicy.RETAIN, 'Retain', false],
    [RemovalPolicy.SNAPSHOT, 'Snapshot', false],
  ])('ReleaseOnDelete follows the deletion policy however it is set: %s gives %s, so %s', (policy, deletionPolicy, released) => {
    const number = new PhoneNumber(stack, 'Number', TOLL_FREE);
    number.applyRemovalPolicy(policy);

    expect(onlyResource(stack, PHONE_NUMBER).DeletionPolicy).toBe(deletionPolicy);
    expect(onlyResource(stack, PHONE_NUMBER).Properties.ReleaseOnDelete).toBe(released);
  });

  test('addKeyword adds keywords, case-insensitively unique', () => {
    const number = new PhoneNumber(stack, 'Number', TOLL_FREE);
    number.addKeyword({ keyword: 'info', message: 'Hours: 9-5' });

    expect(() => number.addKeyword({ keyword: 'INFO', message: 'again' })).toThrow(/already has the keyword 'INFO' \(keywords are case-insensitive\)/);
    expect(onlyResource(stack, PHONE_NUMBER).Properties.Keywords).toEqual([{ Keyword: 'info', KeywordMessage: 'Hours: 9-5', KeywordAction: 'AUTOMATIC_RESPONSE' }]);
  });

  test('the attributes come from the custom resource', () => {
    const number = new PhoneNumber(stack, 'Number', TOLL_FREE);

    expect(stack.resolve(number.phoneNumberId)['Fn::GetAtt'][1]).toBe('PhoneNumberId');
    expect(stack.resolve(number.phoneNumberArn)['Fn::GetAtt'][1]).toBe('PhoneNumberArn');
    expect(stack.resolve(number.phoneNumber)['Fn::GetAtt'][1]).toBe('PhoneNumber');
    expect(number.originationIdentityArn).toBe(number.phoneNumberArn);
  });

  test('the provider may manage any phone number (ids are assigned by the service) and use the referenced lists of this account and region', () => {
    new PhoneNumber(stack, 'Number', { ...TOLL_FREE, optOutList: OptOutList.fromOptOutListName(stack, 'List', 'marketing') });
    new PhoneNumber(stack, 'Other', { ...TOLL_FREE, optOutList: OptOutList.fromOptOutListName(stack, 'OtherList', 'transactional') });

    const statements = handlerRoleStatements(stack);
    expect(statements).toContainEqual(expect.objectContaining({
      Action: expect.arrayContaining(['sms-voice:RequestPhoneNumber', 'sms-voice:ReleasePhoneNumber', 'sms-voice:PutKeyword']),
      Resource: smsArn('phone-number/*'),
    }));
    expect(statements.filter(s => JSON.stringify(s).includes(':opt-out-list/'))).toEqual([expect.objectContaining({
      Action: ['sms-voice:RequestPhoneNumber', 'sms-voice:UpdatePhoneNumber'],
      Resource: smsArn('opt-out-list/*'),
    })]);
  });
});

describe('validation', () => {
  test('fails when numberType is SHORT_CODE, which cannot be requested', () => {
    expect(() => synthesized(new PhoneNumber(stack, 'Number', { ...TOLL_FREE, numberType: NumberType.SHORT_CODE })))
      .toThrow(/numberType: "SHORT_CODE" cannot be requested: short codes are provisioned through an AWS Support case/);
  });

  test('fails when isoCountryCode is not an assigned ISO 3166-1 alpha-2 code', () => {
    expect(() => synthesized(new PhoneNumber(stack, 'Number', { ...TOLL_FREE, isoCountryCode: 'XX' })))
      .toThrow(/isoCountryCode: "XX" is not an assigned ISO 3166-1 alpha-2 country code/);
  });

  test('fails when isoCountryCode is not two capitals', () => {
    expect(() => synthesized(new PhoneNumber(stack, 'Number', { ...TOLL_FREE, isoCountryCode: 'usa' })))
      .toThrow(/isoCountryCode: "usa" must be exactly 2 characters long, but is 3$/);
  });

  test('fails when no capability is given, or one twice', () => {
    expect(() => synthesized(new PhoneNumber(stack, 'A', { ...TOLL_FREE, numberCapabilities: [] })))
      .toThrow(/numberCapabilities: must have 1 to \d items, but has 0/);
    expect(() => synthesized(new PhoneNumber(stack, 'B', { ...TOLL_FREE, numberCapabilities: [NumberCapability.SMS, NumberCapability.SMS] })))
      .toThrow(/numberCapabilities: "SMS" must be unique/);
  });

  test('fails when a keyword is too long, its message empty, or its action unknown', () => {
    expect(() => synthesized(new PhoneNumber(stack, 'Number', {
      ...TOLL_FREE,
      keywords: [{ keyword: 'K'.repeat(31), message: '', action: 'REPLY' as KeywordAction }],
    }))).toThrow(/keyword: "K{31}" must be 1 to 30 characters long[\s\S]*must be 1 to 1600 characters long, but is 0[\s\S]*"REPLY" must be one of AUTOMATIC_RESPONSE, OPT_OUT, OPT_IN/);
  });

  test('fails when an action is set on HELP or STOP, whose actions the service fixes', () => {
    expect(() => synthesized(new PhoneNumber(stack, 'Number', { ...TOLL_FREE, keywords: [{ keyword: 'stop', message: 'Bye', action: KeywordAction.OPT_OUT }] })))
      .toThrow(/the action of STOP is fixed by the service; set only its message/);
  });

  test('fails when a number requested into a pool declares the pool\'s settings', () => {
    expect(() => synthesized(new PhoneNumber(stack, 'Number', {
      ...TOLL_FREE,
      pool: Pool.fromPoolId(stack, 'Pool', 'pool-0123'),
      selfManagedOptOuts: true,
      keywords: [{ keyword: 'INFO', message: 'Hi' }],
    }))).toThrow(/selfManagedOptOuts: true is a setting of the pool[\s\S]*keywords: \["INFO"\] is a setting of the pool/);
  });

  test('fails when the two-way role is given without a valid channel ARN', () => {
    expect(() => synthesized(new PhoneNumber(stack, 'Number', { ...TOLL_FREE, twoWay: { channelArn: 'short' } })))
      .toThrow(/twoWay.channelArn: "short" must be 20 to 2048 characters long/);
  });

  test('skips checks of tokens', () => {
    new PhoneNumber(stack, 'Number', { ...TOLL_FREE, isoCountryCode: Lazy.string({ produce: () => 'ZZ' }) });

    expect(onlyResource(stack, PHONE_NUMBER).Properties.IsoCountryCode).toBe('ZZ');
  });
});

describe('imports and grants', () => {
  test('fromPhoneNumberId and fromPhoneNumberArn', () => {
    const byId = PhoneNumber.fromPhoneNumberId(stack, 'ById', 'phone-0123');
    const byArn = PhoneNumber.fromPhoneNumberArn(stack, 'ByArn', 'arn:aws:sms-voice:us-east-1:222222222222:phone-number/phone-4567');

    expect(stack.resolve(byId.phoneNumberArn)).toEqual(smsArn('phone-number/phone-0123'));
    expect(byId.originationIdentityArn).toBe(byId.phoneNumberArn);
    expect(byArn.phoneNumberId).toBe('phone-4567');
    expect(byArn.env.account).toBe('222222222222');
  });

  test.each([
    ['grantSendTextMessage', 'sms-voice:SendTextMessage'],
    ['grantSendVoiceMessage', 'sms-voice:SendVoiceMessage'],
    ['grantSendMediaMessage', 'sms-voice:SendMediaMessage'],
  ] as const)('%s allows %s from the number', (grant, action) => {
    const number = PhoneNumber.fromPhoneNumberId(stack, 'Number', 'phone-0123');
    const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = 1') });

    number[grant](fn);

    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: action, Effect: 'Allow', Resource: smsArn('phone-number/phone-0123') }] },
    });
  });

  test('grantSendMessages allows sending text, voice and media messages from the number', () => {
    const number = PhoneNumber.fromPhoneNumberId(stack, 'Number', 'phone-0123');
    const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = 1') });

    number.grantSendMessages(fn);

    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: ['sms-voice:SendTextMessage', 'sms-voice:SendVoiceMessage', 'sms-voice:SendMediaMessage'],
          Effect: 'Allow',
          Resource: smsArn('phone-number/phone-0123'),
        }],
      },
    });
  });
});

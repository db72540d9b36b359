import { CfnElement, Lazy, RemovalPolicy, Resource, Stack, Tags } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { handlerRoleStatements, newStack, onlyResource, smsArn, synthesized } from './support';
import {
  ConfigurationSet,
  ISendingIdentity,
  MessageType,
  NumberCapability,
  NumberType,
  PhoneNumber,
  Pool,
  SenderId,
  VerificationChannel,
  VerificationLanguage,
  VerifiedDestinationNumber,
} from '../../src';

const VERIFIED_DESTINATION_NUMBER = 'Custom::SmsVoiceVerifiedDestinationNumber';
const NUMBER = '+12065550100';
const VDN_ID = 'verified-0123456789abcdef0123456789abcdef';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

describe('defaults', () => {
  test('a verified destination number sends its code by text, from an identity the service picks, and is destroyed', () => {
    new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: NUMBER });

    const resource = onlyResource(stack, VERIFIED_DESTINATION_NUMBER);
    expect(resource.DeletionPolicy).toBe('Delete');
    expect(resource.Properties).toEqual({
      ServiceToken: expect.anything(),
      SchemaVersion: '1',
      DestinationPhoneNumber: NUMBER,
      VerificationChannel: 'TEXT',
      ReleaseOnDelete: true,
    });
  });

  test('the attributes come from the custom resource, and the number from the props', () => {
    const number = new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: NUMBER });

    const logicalId = stack.getLogicalId(number.node.findChild('Resource').node.defaultChild as CfnElement);
    expect(stack.resolve(number.verifiedDestinationNumberId)).toEqual({ 'Fn::GetAtt': [logicalId, 'VerifiedDestinationNumberId'] });
    expect(stack.resolve(number.verifiedDestinationNumberArn)).toEqual({ 'Fn::GetAtt': [logicalId, 'VerifiedDestinationNumberArn'] });
    expect(stack.resolve(number.verificationStatus)).toEqual({ 'Fn::GetAtt': [logicalId, 'Status'] });
    expect(number.destinationPhoneNumber).toBe(NUMBER);
  });
});

describe('properties', () => {
  test('channel, language, configuration set, tags and Tags.of', () => {
    const configurationSet = new ConfigurationSet(stack, 'Events');
    new VerifiedDestinationNumber(stack, 'Tester', {
      destinationPhoneNumber: NUMBER,
      verificationChannel: VerificationChannel.VOICE,
      languageCode: VerificationLanguage.FR_CA,
      configurationSet,
      tags: { Name: 'qa' },
    });
    Tags.of(stack).add('env', 'test');

    Template.fromStack(stack).hasResourceProperties(VERIFIED_DESTINATION_NUMBER, {
      VerificationChannel: 'VOICE',
      LanguageCode: 'FR_CA',
      ConfigurationSetName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Events'), 'ConfigurationSetArn'] },
      Tags: [{ Key: 'env', Value: 'test' }, { Key: 'Name', Value: 'qa' }],
    });
  });

  test.each([
    ['a phone number', (s: Stack) => PhoneNumber.fromPhoneNumberId(s, 'Origin', 'phone-0123456789abcdef0123456789abcdef'),
      smsArn('phone-number/phone-0123456789abcdef0123456789abcdef'), 'phone-number'],
    ['a sender ID', (s: Stack) => SenderId.fromSenderIdAttributes(s, 'Origin', { senderId: 'MYBRAND', isoCountryCode: 'DE' }),
      smsArn('sender-id/MYBRAND/DE'), 'sender-id'],
    ['a pool', (s: Stack) => Pool.fromPoolId(s, 'Origin', 'pool-0123456789abcdef0123456789abcdef'),
      smsArn('pool/pool-0123456789abcdef0123456789abcdef'), 'pool'],
  ])('the code is sent from %s: its ARN, and the handler may send from that type', (_kind, origin, arn, resourceType) => {
    new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: NUMBER, originationIdentity: origin(stack) });

    Template.fromStack(stack).hasResourceProperties(VERIFIED_DESTINATION_NUMBER, { OriginationIdentity: arn });
    expect(handlerRoleStatements(stack)).toContainEqual(expect.objectContaining({
      Action: 'sms-voice:SendDestinationNumberVerificationCode',
      Resource: smsArn(`${resourceType}/*`),
    }));
  });

  test('an origination identity of this app, with its ARN attribute', () => {
    const number = new PhoneNumber(stack, 'Origin', {
      isoCountryCode: 'US',
      numberType: NumberType.TOLL_FREE,
      messageType: MessageType.TRANSACTIONAL,
      numberCapabilities: [NumberCapability.SMS, NumberCapability.VOICE],
    });
    new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: NUMBER, originationIdentity: number });

    Template.fromStack(stack).hasResourceProperties(VERIFIED_DESTINATION_NUMBER, {
      OriginationIdentity: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Origin'), 'PhoneNumberArn'] },
    });
  });

  test('removalPolicy RETAIN keeps it when it leaves the stack, and tells the handler not to delete it', () => {
    new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: NUMBER, removalPolicy: RemovalPolicy.RETAIN });

    const resource = onlyResource(stack, VERIFIED_DESTINATION_NUMBER);
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.Properties.ReleaseOnDelete).toBe(false);
  });

  test('applyRemovalPolicy RETAIN does the same', () => {
    new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: NUMBER }).applyRemovalPolicy(RemovalPolicy.RETAIN);

    expect(onlyResource(stack, VERIFIED_DESTINATION_NUMBER).Properties.ReleaseOnDelete).toBe(false);
  });
});

describe('the handler role', () => {
  test('one statement on the verified destination numbers of this account and region, however many', () => {
    new VerifiedDestinationNumber(stack, 'A', { destinationPhoneNumber: '+12065550100' });
    new VerifiedDestinationNumber(stack, 'B', { destinationPhoneNumber: '+12065550101' });
    new VerifiedDestinationNumber(stack, 'C', { destinationPhoneNumber: '+12065550102' });

    expect(handlerRoleStatements(stack).filter(s => JSON.stringify(s).includes('sms-voice:'))).toEqual([{
      Effect: 'Allow',
      Action: [
        'sms-voice:CreateVerifiedDestinationNumber',
        'sms-voice:DescribeVerifiedDestinationNumbers',
        'sms-voice:SendDestinationNumberVerificationCode',
        'sms-voice:DeleteVerifiedDestinationNumber',
        'sms-voice:ListTagsForResource',
        'sms-voice:TagResource',
        'sms-voice:UntagResource',
      ],
      Resource: smsArn('verified-destination-number/*'),
    }]);
  });

  test('the configuration set the code is sent with: SendDestinationNumberVerificationCode on configuration sets', () => {
    new VerifiedDestinationNumber(stack, 'Tester', {
      destinationPhoneNumber: NUMBER,
      configurationSet: ConfigurationSet.fromConfigurationSetName(stack, 'Events', 'events'),
    });

    expect(handlerRoleStatements(stack)).toContainEqual({
      Action: 'sms-voice:SendDestinationNumberVerificationCode',
      Effect: 'Allow',
      Resource: smsArn('configuration-set/*'),
    });
  });

  test('an origination identity of another account gets a statement for that account', () => {
    const pool = Pool.fromPoolArn(stack, 'Shared', 'arn:aws:sms-voice:eu-west-1:222222222222:pool/pool-0123456789abcdef0123456789abcdef');
    new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: NUMBER, originationIdentity: pool });

    Template.fromStack(stack).hasResourceProperties(VERIFIED_DESTINATION_NUMBER, {
      OriginationIdentity: 'arn:aws:sms-voice:eu-west-1:222222222222:pool/pool-0123456789abcdef0123456789abcdef',
    });
    expect(handlerRoleStatements(stack)).toContainEqual({
      Action: 'sms-voice:SendDestinationNumberVerificationCode',
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:eu-west-1:222222222222:pool/*']] },
    });
  });
});

describe('validation', () => {
  test('fails when the number is not E.164', () => {
    expect(() => synthesized(new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: '2065550100' }))).toThrow(
      'Validation failed with the following errors:\n'
      + '  [Stack/Tester] destinationPhoneNumber: "2065550100" must be an E.164 phone number: + then 2 to 15 digits, the first not 0 (e.g. +12065550100)');
  });

  test('fails with every violation at once: channel and language outside the enums', () => {
    expect(() => synthesized(new VerifiedDestinationNumber(stack, 'Tester', {
      destinationPhoneNumber: '+0123',
      verificationChannel: 'EMAIL' as VerificationChannel,
      languageCode: 'EN_AU' as VerificationLanguage,
    }))).toThrow('Validation failed with the following errors:\n'
      + '  [Stack/Tester] destinationPhoneNumber: "+0123" must be an E.164 phone number: + then 2 to 15 digits, the first not 0 (e.g. +12065550100)\n'
      + '  [Stack/Tester] verificationChannel: "EMAIL" must be one of TEXT, VOICE\n'
      + '  [Stack/Tester] languageCode: "EN_AU" must be one of DE_DE, EN_GB, EN_US, ES_419, ES_ES, FR_CA, FR_FR, IT_IT, JA_JP, KO_KR, PT_BR, ZH_CN, ZH_TW');
  });

  test('fails when a tag uses the key the provider keeps for itself', () => {
    new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: NUMBER, tags: { 'sms-voice-cdk:verification-code-sent': 'x' } });

    expect(() => Template.fromStack(stack)).toThrow('tag key: "sms-voice-cdk:verification-code-sent" is the tag in which the SMS provider'
      + ' remembers the verification settings a code was last sent with; choose another tag key');
  });

  test('skips checks of tokens', () => {
    new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: Lazy.string({ produce: () => NUMBER }) });

    Template.fromStack(stack).hasResourceProperties(VERIFIED_DESTINATION_NUMBER, { DestinationPhoneNumber: NUMBER });
  });

  test('fails when the origination identity is not a phone number, sender ID or pool this library can tell', () => {
    class Stranger extends Resource implements ISendingIdentity {
      public readonly sendingIdentityArn = 'arn:aws:sms-voice:eu-west-1:111111111111:thing/x';
    }
    const stranger = new Stranger(stack, 'Elsewhere');

    expect(() => synthesized(new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: NUMBER, originationIdentity: stranger })))
      .toThrow("VerifiedDestinationNumber 'Stack/Tester': cannot tell what the originationIdentity 'Stack/Elsewhere' is:"
        + ' give it a phone number, sender ID or pool of this library (its fromXxx imports included)');
  });
});

describe('imports and grants', () => {
  test('fromVerifiedDestinationNumberId and fromVerifiedDestinationNumberArn', () => {
    const byId = VerifiedDestinationNumber.fromVerifiedDestinationNumberId(stack, 'ById', VDN_ID);
    const byArn = VerifiedDestinationNumber.fromVerifiedDestinationNumberArn(stack, 'ByArn',
      'arn:aws:sms-voice:us-east-1:222222222222:verified-destination-number/verified-fedcba9876543210fedcba9876543210');

    expect(stack.resolve(byId.verifiedDestinationNumberArn)).toEqual(smsArn(`verified-destination-number/${VDN_ID}`));
    expect(byId.verifiedDestinationNumberId).toBe(VDN_ID);
    expect(byArn.verifiedDestinationNumberId).toBe('verified-fedcba9876543210fedcba9876543210');
    expect(byArn.env).toEqual({ account: '222222222222', region: 'us-east-1' });
  });

  test('grantVerify grants VerifyDestinationNumber on the number', () => {
    const number = VerifiedDestinationNumber.fromVerifiedDestinationNumberId(stack, 'Tester', VDN_ID);
    const app = new iam.Role(stack, 'App', { assumedBy: new iam.AccountRootPrincipal() });

    number.grantVerify(app);

    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{ Action: 'sms-voice:VerifyDestinationNumber', Effect: 'Allow', Resource: smsArn(`verified-destination-number/${VDN_ID}`) }],
      },
    });
  });

  test('grantSendVerificationCode on a provisioned one names its ARN attribute', () => {
    const number = new VerifiedDestinationNumber(stack, 'Tester', { destinationPhoneNumber: NUMBER });
    const app = new iam.Role(stack, 'App', { assumedBy: new iam.AccountRootPrincipal() });

    number.grantSendVerificationCode(app);

    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^App') }],
      PolicyDocument: {
        Statement: [{
          Action: 'sms-voice:SendDestinationNumberVerificationCode',
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Tester'), 'VerifiedDestinationNumberArn'] },
        }],
      },
    });
  });
});

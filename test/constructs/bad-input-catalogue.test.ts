import * as fs from 'fs';
import * as path from 'path';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as ts from 'typescript';
import { newStack } from './support';
import {
  AccountSettings, ConfigurationSet, CountryRuleSet, EventDestinationTarget, EventType, KeywordAction, MessageType, NumberCapability,
  NumberOverrideAction, NumberType, OptOutList, PhoneNumber, PhoneNumberProps, Pool, PoolProps, ProtectConfiguration, Registration,
  RegistrationAttachment, RegistrationAttachmentSource, RegistrationFieldValue, RegistrationType, ResourcePolicy, SenderId,
  VerificationChannel, VerificationLanguage, VerifiedDestinationNumber,
} from '../../src';

/**
 * The bad-input catalogue: for every property of every construct's props (and of the structs they
 * take) that the API constrains, an invalid value fails at synth with an error that names the
 * property. The properties come from the source itself, so a new property that is in neither
 * table fails the coverage test.
 */

type Build = (stack: Stack) => void;

const NUMBER: PhoneNumberProps = {
  isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL, numberCapabilities: [NumberCapability.SMS], numberType: NumberType.TOLL_FREE,
};
const number = (stack: Stack, props: Partial<PhoneNumberProps> = {}) => new PhoneNumber(stack, 'Number', { ...NUMBER, ...props });
const pool = (stack: Stack, props: Partial<PoolProps> = {}) => new Pool(stack, 'Pool', {
  originationIdentities: [SenderId.fromSenderIdAttributes(stack, 'Brand', { senderId: 'BRAND', isoCountryCode: 'US' })],
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
  ...props,
});
/** A role whose ARN is longer than the API takes (2048 characters). */
const badRole = (stack: Stack) => iam.Role.fromRoleArn(stack, 'BadRole', `arn:aws:iam::111111111111:role/${'x'.repeat(2048)}`, { mutable: false });
const destination = (stack: Stack) => EventDestinationTarget.sns(new sns.Topic(stack, 'Topic'));
const cast = <T>(value: string) => value as unknown as T;
const past = new Date(Date.now() - 86_400_000);

/** Interface.property → an app with one invalid value of it, and what the error must say. */
const INVALID: { readonly [prop: string]: readonly [Build, RegExp] } = {
  'AccountSettingsProps.textMessageMonthlySpendLimit': [s => new AccountSettings(s, 'Limits', { textMessageMonthlySpendLimit: -1 }), /textMessageMonthlySpendLimit: /],
  'AccountSettingsProps.voiceMessageMonthlySpendLimit': [s => new AccountSettings(s, 'Limits', { voiceMessageMonthlySpendLimit: 9.99 }), /voiceMessageMonthlySpendLimit: /],
  'AccountSettingsProps.mediaMessageMonthlySpendLimit': [s => new AccountSettings(s, 'Limits', { mediaMessageMonthlySpendLimit: 1e12 }), /mediaMessageMonthlySpendLimit: /],

  'ConfigurationSetProps.configurationSetName': [s => new ConfigurationSet(s, 'Set', { configurationSetName: 'bad name!' }), /configurationSetName: "bad name!"/],
  'ConfigurationSetProps.defaultSenderId': [s => new ConfigurationSet(s, 'Set', { defaultSenderId: 'ABCDEFGHIJKL' }), /defaultSenderId: "ABCDEFGHIJKL"/],
  'ConfigurationSetProps.defaultMessageType': [s => new ConfigurationSet(s, 'Set', { defaultMessageType: cast('LOUD') }), /defaultMessageType: "LOUD"/],
  'ConfigurationSetProps.protectConfiguration': [
    s => new ConfigurationSet(s, 'Set', { protectConfiguration: ProtectConfiguration.fromProtectConfigurationId(s, 'Protect', 'not an id') }),
    /protectConfigurationId: "not an id"/,
  ],
  'ConfigurationSetProps.tags': [s => new ConfigurationSet(s, 'Set', { tags: { team: 'x'.repeat(257) } }), /value of tag 'team'/],

  'CountryRuleSets.sms': [s => new ProtectConfiguration(s, 'Protect', { countryRuleSets: { sms: CountryRuleSet.allowOnly(['XX']) } }), /isoCountryCodes: "XX"/],
  'CountryRuleSets.voice': [s => new ProtectConfiguration(s, 'Protect', { countryRuleSets: { voice: CountryRuleSet.block(['us']) } }), /isoCountryCodes: "us"/],
  'CountryRuleSets.mms': [s => new ProtectConfiguration(s, 'Protect', { countryRuleSets: { mms: CountryRuleSet.block(['US', 'US']) } }), /isoCountryCodes: "US" must be unique/],

  'EventDestinationOptions.events': [s => new ConfigurationSet(s, 'Set').addEventDestination('Alerts', { destination: destination(s), events: [] }), /events/],
  'EventDestinationOptions.eventDestinationName': [
    s => new ConfigurationSet(s, 'Set').addEventDestination('Alerts', { destination: destination(s), events: [EventType.ALL], eventDestinationName: 'bad name!' }),
    /eventDestinationName: "bad name!"/,
  ],
  'CloudWatchLogsDestinationOptions.role': [
    s => new ConfigurationSet(s, 'Set').addEventDestination('Logs', {
      destination: EventDestinationTarget.cloudWatchLogs(new logs.LogGroup(s, 'Group'), { role: badRole(s) }), events: [EventType.ALL],
    }),
    /destination of event destination 'Logs': the role: /,
  ],
  'FirehoseDestinationOptions.role': [
    s => new ConfigurationSet(s, 'Set').addEventDestination('Archive', {
      destination: EventDestinationTarget.firehose(firehose.DeliveryStream.fromDeliveryStreamArn(s, 'Stream', 'arn:aws:firehose:eu-west-1:111111111111:deliverystream/s'),
        { role: badRole(s) }),
      events: [EventType.ALL],
    }),
    /destination of event destination 'Archive': the role: /,
  ],

  'KeywordOptions.keyword': [s => number(s, { keywords: [{ keyword: 'K'.repeat(31), message: 'Hi' }] }), /keyword: "K{31}"/],
  'KeywordOptions.message': [s => number(s, { keywords: [{ keyword: 'INFO', message: 'x'.repeat(2000) }] }), /message of keyword 'INFO'/],
  'KeywordOptions.action': [s => number(s, { keywords: [{ keyword: 'INFO', message: 'Hi', action: cast<KeywordAction>('SHOUT') }] }), /action of keyword 'INFO'/],

  'NumberOverride.destinationPhoneNumber': [
    s => new ProtectConfiguration(s, 'Protect', { numberOverrides: [{ destinationPhoneNumber: '2065550100', action: NumberOverrideAction.ALLOW }] }),
    /numberOverrides: "2065550100"/,
  ],
  'NumberOverride.action': [
    s => new ProtectConfiguration(s, 'Protect', { numberOverrides: [{ destinationPhoneNumber: '+12065550100', action: cast('MAYBE') }] }),
    /"MAYBE"/,
  ],
  'NumberOverride.expiresAt': [
    s => new ProtectConfiguration(s, 'Protect', { numberOverrides: [{ destinationPhoneNumber: '+12065550100', action: NumberOverrideAction.ALLOW, expiresAt: past }] }),
    /expiresAt of number override '\+12065550100'/,
  ],

  'OptOutListProps.optOutListName': [s => new OptOutList(s, 'List', { optOutListName: 'my list' }), /optOutListName: "my list"/],
  'OptOutListProps.optedOutNumbers': [s => new OptOutList(s, 'List', { optedOutNumbers: ['2065550100'] }), /optedOutNumbers: "2065550100"/],
  'OptOutListProps.tags': [s => new OptOutList(s, 'List', { tags: { ['k'.repeat(129)]: 'v' } }), /tag key/],

  'PhoneNumberProps.isoCountryCode': [s => number(s, { isoCountryCode: 'usa' }), /isoCountryCode: "usa"/],
  'PhoneNumberProps.messageType': [s => number(s, { messageType: cast('LOUD') }), /messageType: "LOUD"/],
  'PhoneNumberProps.numberCapabilities': [s => number(s, { numberCapabilities: [] }), /numberCapabilities/],
  'PhoneNumberProps.numberType': [s => number(s, { numberType: cast('FAX') }), /numberType: "FAX"/],
  'PhoneNumberProps.optOutList': [s => number(s, { optOutList: OptOutList.fromOptOutListName(s, 'List', 'bad name!') }), /optOutList/],
  'PhoneNumberProps.registration': [s => number(s, { registration: Registration.fromRegistrationId(s, 'Registration', 'not an id') }), /registrationId: "not an id"/],
  'PhoneNumberProps.pool': [s => number(s, { pool: Pool.fromPoolId(s, 'Imported', 'not a pool') }), /poolId: "not a pool"/],
  'PhoneNumberProps.twoWay': [s => number(s, { twoWay: { channelArn: 'short' } }), /twoWay.channelArn: "short"/],
  'PhoneNumberProps.keywords': [s => number(s, { keywords: [{ keyword: 'INFO', message: 'a' }, { keyword: 'info', message: 'b' }] }), /already has the keyword 'info'/],
  'PhoneNumberProps.tags': [s => number(s, { tags: { team: 'x'.repeat(257) } }), /value of tag 'team'/],

  'PoolProps.originationIdentities': [s => pool(s, { originationIdentities: [] }), /originationIdentities: \[\]/],
  'PoolProps.isoCountryCode': [s => pool(s, { isoCountryCode: 'EU' }), /isoCountryCode: "EU"/],
  'PoolProps.messageType': [s => pool(s, { messageType: cast('LOUD') }), /messageType: "LOUD"/],
  'PoolProps.optOutList': [s => pool(s, { optOutList: OptOutList.fromOptOutListName(s, 'List', 'bad name!') }), /optOutList/],
  'PoolProps.twoWay': [s => pool(s, { twoWay: { channelArn: 'short' } }), /twoWay.channelArn: "short"/],
  'PoolProps.keywords': [s => pool(s, { keywords: [{ keyword: '', message: 'a' }] }), /keyword: ""/],
  'PoolProps.tags': [s => pool(s, { tags: { team: 'x'.repeat(257) } }), /value of tag 'team'/],

  'ProtectConfigurationProps.countryRuleSets': [s => new ProtectConfiguration(s, 'Protect', { countryRuleSets: { sms: CountryRuleSet.allowOnly(['XX']) } }), /"XX"/],
  'ProtectConfigurationProps.numberOverrides': [
    s => new ProtectConfiguration(s, 'Protect', { numberOverrides: [{ destinationPhoneNumber: '+1', action: NumberOverrideAction.BLOCK }] }),
    /numberOverrides: "\+1"/,
  ],
  'ProtectConfigurationProps.tags': [s => new ProtectConfiguration(s, 'Protect', { tags: { 'sms-voice-cdk:previous-account-default': 'x' } }), /tag key/],

  'RegistrationAttachmentProps.source': [
    s => new RegistrationAttachment(s, 'Loa', { source: RegistrationAttachmentSource.fromS3Url('https://files.example.com/loa.gif') }), /source: /,
  ],
  'RegistrationAttachmentProps.tags': [
    s => new RegistrationAttachment(s, 'Loa', { source: RegistrationAttachmentSource.fromS3Url('s3://letters/loa.pdf'), tags: { team: 'x'.repeat(257) } }),
    /value of tag 'team'/,
  ],

  'RegistrationProps.registrationType': [s => new Registration(s, 'Bad', { registrationType: RegistrationType.of('') }), /registrationType/],
  'RegistrationProps.fields': [
    s => new Registration(s, 'Bad', { registrationType: RegistrationType.US_TOLL_FREE, fields: { 'companyInfo.companyName': RegistrationFieldValue.text('x'.repeat(2049)) } }),
    /companyInfo.companyName/,
  ],
  'RegistrationProps.associatedRegistration': [
    s => new Registration(s, 'Campaign', {
      registrationType: RegistrationType.US_TEN_DLC_CAMPAIGN, associatedRegistration: new Registration(s, 'TollFree', { registrationType: RegistrationType.US_TOLL_FREE }),
    }),
    /associatedRegistration: /,
  ],
  'RegistrationProps.originationIdentities': [
    s => new Registration(s, 'TollFree', {
      registrationType: RegistrationType.US_TOLL_FREE, originationIdentities: [PhoneNumber.fromPhoneNumberId(s, 'Imported', 'not a number')],
    }),
    /phoneNumberId: "not a number"/,
  ],
  'RegistrationProps.tags': [s => new Registration(s, 'TollFree', { registrationType: RegistrationType.US_TOLL_FREE, tags: { team: 'x'.repeat(257) } }), /value of tag/],

  'ResourcePolicyProps.resource': [
    s => new ResourcePolicy(s, 'Policy', { resource: ConfigurationSet.fromConfigurationSetName(s, 'Set', 'orders') as never }), /cannot tell what 'Stack\/Set' is: give it a phone number, sender ID, pool or opt-out list/,
  ],
  'ResourcePolicyProps.policyDocument': [
    s => new ResourcePolicy(s, 'Policy', { resource: new OptOutList(s, 'List'), policyDocument: new iam.PolicyDocument() }), /policyDocument: /,
  ],

  'SenderIdAttributes.senderId': [s => pool(s, { originationIdentities: [SenderId.fromSenderIdAttributes(s, 'Other', { senderId: 'MY BRAND NAME', isoCountryCode: 'US' })] }), /senderId: "MY BRAND NAME"/],
  'SenderIdAttributes.isoCountryCode': [s => SenderId.fromSenderIdAttributes(s, 'Other', { senderId: 'BRAND', isoCountryCode: 'UK' }), /isoCountryCode: "UK"/],

  'SenderIdProps.senderId': [s => new SenderId(s, 'Brand', { senderId: 'MY BRAND NAME', isoCountryCode: 'GB' }), /senderId: "MY BRAND NAME"/],
  'SenderIdProps.isoCountryCode': [s => new SenderId(s, 'Brand', { senderId: 'BRAND', isoCountryCode: 'UK' }), /isoCountryCode: "UK"/],
  'SenderIdProps.messageTypes': [
    s => new SenderId(s, 'Brand', { senderId: 'BRAND', isoCountryCode: 'GB', messageTypes: [MessageType.PROMOTIONAL, MessageType.PROMOTIONAL] }), /messageTypes: /,
  ],
  'SenderIdProps.tags': [s => new SenderId(s, 'Brand', { senderId: 'BRAND', isoCountryCode: 'GB', tags: { team: 'x'.repeat(257) } }), /value of tag 'team'/],

  'TwoWayOptions.channelArn': [s => number(s, { twoWay: { channelArn: 'short' } }), /twoWay.channelArn: "short"/],
  'TwoWayOptions.role': [s => number(s, { twoWay: { channelArn: 'arn:aws:sns:eu-west-1:111111111111:inbound', role: badRole(s) } }), /twoWay.role: /],

  'VerifiedDestinationNumberProps.destinationPhoneNumber': [s => new VerifiedDestinationNumber(s, 'Tester', { destinationPhoneNumber: '2065550100' }), /destinationPhoneNumber: /],
  'VerifiedDestinationNumberProps.verificationChannel': [
    s => new VerifiedDestinationNumber(s, 'Tester', { destinationPhoneNumber: '+12065550100', verificationChannel: cast<VerificationChannel>('EMAIL') }),
    /verificationChannel: "EMAIL"/,
  ],
  'VerifiedDestinationNumberProps.languageCode': [
    s => new VerifiedDestinationNumber(s, 'Tester', { destinationPhoneNumber: '+12065550100', languageCode: cast<VerificationLanguage>('EN_AU') }),
    /languageCode: "EN_AU"/,
  ],
  'VerifiedDestinationNumberProps.configurationSet': [
    s => new VerifiedDestinationNumber(s, 'Tester', {
      destinationPhoneNumber: '+12065550100', configurationSet: ConfigurationSet.fromConfigurationSetName(s, 'Set', 'bad name!'),
    }),
    /configurationSetName: "bad name!"/,
  ],
  'VerifiedDestinationNumberProps.tags': [
    s => new VerifiedDestinationNumber(s, 'Tester', { destinationPhoneNumber: '+12065550100', tags: { 'sms-voice-cdk:verification-code-sent': 'x' } }), /tag key/,
  ],
};

const REMOVAL_POLICY = 'a RemovalPolicy: every value is valid (RETAIN keeps, DESTROY removes; see each construct)';
const BOOLEAN = 'a boolean: the API takes either value';

/** Interface.property → why no value of its type is invalid. */
const UNCONSTRAINED: { readonly [prop: string]: string } = {
  'AccountSettingsProps.removalPolicy': REMOVAL_POLICY,
  'ConfigurationSetProps.messageFeedbackEnabled': BOOLEAN,
  'ConfigurationSetProps.removalPolicy': REMOVAL_POLICY,
  'EventDestinationOptions.destination': 'an EventDestinationTarget, made from an SNS topic, log group or delivery stream construct: its ARN is theirs',
  'EventDestinationOptions.enabled': BOOLEAN,
  'OptOutListProps.removalPolicy': REMOVAL_POLICY,
  'PhoneNumberProps.internationalSendingEnabled': BOOLEAN,
  'PhoneNumberProps.deletionProtection': BOOLEAN,
  'PhoneNumberProps.selfManagedOptOuts': BOOLEAN,
  'PhoneNumberProps.waitForActive': BOOLEAN,
  'PhoneNumberProps.removalPolicy': REMOVAL_POLICY,
  'PoolProps.selfManagedOptOuts': BOOLEAN,
  'PoolProps.sharedRoutes': BOOLEAN,
  'PoolProps.deletionProtection': BOOLEAN,
  'PoolProps.removalPolicy': REMOVAL_POLICY,
  'ProtectConfigurationProps.accountDefault': BOOLEAN,
  'ProtectConfigurationProps.deletionProtection': BOOLEAN,
  'ProtectConfigurationProps.removalPolicy': REMOVAL_POLICY,
  'RegistrationAttachmentProps.removalPolicy': REMOVAL_POLICY,
  'RegistrationProps.submit': BOOLEAN,
  'RegistrationProps.removalPolicy': REMOVAL_POLICY,
  'SenderIdProps.deletionProtection': BOOLEAN,
  'SenderIdProps.removalPolicy': REMOVAL_POLICY,
  'VerifiedDestinationNumberProps.originationIdentity': 'a phone number, sender ID or pool construct (or import): its id is theirs, checked by its own props',
  'VerifiedDestinationNumberProps.removalPolicy': REMOVAL_POLICY,
};

/** What a bind() returns to the constructs, not what a user writes. */
const OUTPUTS = new Set(['EventDestinationTargetConfig', 'RoleBasedDestinationConfig', 'RegistrationAttachmentSourceConfig']);

/** Every property of the exported structs of src/constructs, as `Interface.property`, with TaggableProps' tags on those that extend it. */
function constructProps(): string[] {
  const dir = path.join(__dirname, '..', '..', 'src', 'constructs');
  const props: string[] = [];
  for (const file of fs.readdirSync(dir)) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild(node => {
      if (!ts.isInterfaceDeclaration(node) || /^I[A-Z]/.test(node.name.text) || OUTPUTS.has(node.name.text)) return;
      const name = node.name.text;
      for (const member of node.members.filter(ts.isPropertySignature)) props.push(`${name}.${member.name.getText(source)}`);
      if (node.heritageClauses?.some(clause => clause.types.some(type => type.getText(source) === 'TaggableProps'))) props.push(`${name}.tags`);
    });
  }
  return props.sort();
}

function synthError(build: Build): string {
  const stack = newStack();
  try {
    build(stack);
    Template.fromStack(stack);
  } catch (error) {
    return (error as Error).message;
  }
  return '(no error)';
}

describe('the bad-input catalogue', () => {
  const props = constructProps();

  test('covers every property of every construct: constrained ones have an invalid value, the rest a reason', () => {
    const unlisted = props.filter(prop => !(prop in INVALID) && !(prop in UNCONSTRAINED));
    const unknown = [...Object.keys(INVALID), ...Object.keys(UNCONSTRAINED)].filter(prop => !props.includes(prop));
    expect({ unlisted, unknown }).toEqual({ unlisted: [], unknown: [] });
    expect(Object.keys(INVALID).filter(prop => prop in UNCONSTRAINED)).toEqual([]);
    console.log(`bad-input catalogue: ${Object.keys(INVALID).length} constrained properties of ${props.length}, each with an invalid value;`
      + ` ${Object.keys(UNCONSTRAINED).length} take any value of their type`);
  });

  test.each(Object.entries(INVALID))('%s: an invalid value fails at synth, naming the property', (_prop, [build, expected]) => {
    expect(synthError(build)).toMatch(expected);
  });
});

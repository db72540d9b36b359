import { App, Lazy, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { handlerRoleStatements, newStack, onlyResource, smsArn, synthesized } from './support';
import { CountryRuleSet, NumberOverrideAction, ProtectConfiguration, ProtectStatus } from '../../src';

const PROTECT_CONFIGURATION = 'Custom::SmsVoiceProtectConfiguration';
const LATER = new Date(Date.now() + 7 * 24 * 3600_000);

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

describe('defaults', () => {
  test('a protect configuration manages no countries and no overrides, is not the account default, unprotected, and destroyed', () => {
    new ProtectConfiguration(stack, 'Protect');

    const resource = onlyResource(stack, PROTECT_CONFIGURATION);
    expect(resource.DeletionPolicy).toBe('Delete');
    expect(resource.Properties).toEqual({
      ServiceToken: expect.anything(),
      SchemaVersion: '1',
      AccountDefault: false,
      DeletionProtectionEnabled: false,
    });
  });
});

describe('properties', () => {
  test('country rule sets: allowOnly blocks every other country, block changes only its countries, of sets each status', () => {
    new ProtectConfiguration(stack, 'Protect', {
      countryRuleSets: {
        sms: CountryRuleSet.allowOnly(['US', 'CA']),
        voice: CountryRuleSet.block(['RU', 'NG']),
        mms: CountryRuleSet.of({ US: ProtectStatus.ALLOW, CA: ProtectStatus.BLOCK }),
      },
    });

    Template.fromStack(stack).hasResourceProperties(PROTECT_CONFIGURATION, {
      CountryRuleSets: {
        SMS: { Countries: [{ IsoCountryCode: 'US', ProtectStatus: 'ALLOW' }, { IsoCountryCode: 'CA', ProtectStatus: 'ALLOW' }], OtherCountries: 'BLOCK' },
        VOICE: { Countries: [{ IsoCountryCode: 'RU', ProtectStatus: 'BLOCK' }, { IsoCountryCode: 'NG', ProtectStatus: 'BLOCK' }] },
        MMS: { Countries: [{ IsoCountryCode: 'US', ProtectStatus: 'ALLOW' }, { IsoCountryCode: 'CA', ProtectStatus: 'BLOCK' }] },
      },
    });
  });

  test('CountryRuleSet.of with otherCountries sets every other country', () => {
    new ProtectConfiguration(stack, 'Protect', { countryRuleSets: { sms: CountryRuleSet.of({ NG: ProtectStatus.BLOCK }, ProtectStatus.FILTER) } });

    Template.fromStack(stack).hasResourceProperties(PROTECT_CONFIGURATION, {
      CountryRuleSets: { SMS: { Countries: [{ IsoCountryCode: 'NG', ProtectStatus: 'BLOCK' }], OtherCountries: 'FILTER' } },
    });
  });

  test('number overrides come from the prop and addNumberOverride, in order, with expiry as ISO 8601', () => {
    const protect = new ProtectConfiguration(stack, 'Protect', {
      numberOverrides: [{ destinationPhoneNumber: '+12065550100', action: NumberOverrideAction.BLOCK }],
    });
    protect.addNumberOverride({ destinationPhoneNumber: '+447700900123', action: NumberOverrideAction.ALLOW, expiresAt: LATER });

    Template.fromStack(stack).hasResourceProperties(PROTECT_CONFIGURATION, {
      NumberOverrides: [
        { DestinationPhoneNumber: '+12065550100', Action: 'BLOCK' },
        { DestinationPhoneNumber: '+447700900123', Action: 'ALLOW', ExpirationTimestamp: LATER.toISOString() },
      ],
    });
  });

  test('accountDefault, deletionProtection, tags and Tags.of', () => {
    new ProtectConfiguration(stack, 'Protect', { accountDefault: true, deletionProtection: true, tags: { Name: 'otp' } });
    Tags.of(stack).add('env', 'prod');

    Template.fromStack(stack).hasResourceProperties(PROTECT_CONFIGURATION, {
      AccountDefault: true,
      DeletionProtectionEnabled: true,
      Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'Name', Value: 'otp' }],
    });
  });

  test('removalPolicy RETAIN keeps it when it leaves the stack', () => {
    new ProtectConfiguration(stack, 'Protect', { removalPolicy: RemovalPolicy.RETAIN });

    expect(onlyResource(stack, PROTECT_CONFIGURATION).DeletionPolicy).toBe('Retain');
  });

  test('the provider may manage the protect configurations of this account and region, and remove the account default', () => {
    new ProtectConfiguration(stack, 'Protect');
    new ProtectConfiguration(stack, 'Other');

    expect(handlerRoleStatements(stack).filter(s => JSON.stringify(s).includes('sms-voice:'))).toEqual([
      expect.objectContaining({
        Action: expect.arrayContaining(['sms-voice:CreateProtectConfiguration', 'sms-voice:UpdateProtectConfigurationCountryRuleSet',
          'sms-voice:PutProtectConfigurationRuleSetNumberOverride', 'sms-voice:SetAccountDefaultProtectConfiguration',
          'sms-voice:DeleteProtectConfiguration']),
        Resource: smsArn('protect-configuration/*'),
      }),
      // DeleteAccountDefaultProtectConfiguration takes no resource.
      { Effect: 'Allow', Action: 'sms-voice:DeleteAccountDefaultProtectConfiguration', Resource: '*' },
    ]);
  });
});

describe('validation', () => {
  test('fails when a country code is not an assigned ISO code', () => {
    expect(() => CountryRuleSet.allowOnly(['US', 'XX'])).toThrow('Invalid CountryRuleSet:\n'
      + '  - isoCountryCodes: "XX" is not an assigned ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)');
  });

  test('fails when a country code is not two capitals', () => {
    expect(() => CountryRuleSet.block(['us'])).toThrow('isoCountryCodes: "us" must be two capital letters, an ISO 3166-1 alpha-2 country code such as US');
  });

  test('fails when a country code appears twice', () => {
    expect(() => CountryRuleSet.allowOnly(['US', 'US'])).toThrow('isoCountryCodes: "US" must be unique, but appears more than once');
  });

  test('fails when a voice or MMS rule set uses MONITOR or FILTER', () => {
    expect(() => synthesized(new ProtectConfiguration(stack, 'Protect', {
      countryRuleSets: {
        voice: CountryRuleSet.of({ NG: ProtectStatus.FILTER }),
        mms: CountryRuleSet.of({ US: ProtectStatus.ALLOW }, ProtectStatus.MONITOR),
      },
    }))).toThrow('Validation failed with the following errors:\n'
      + '  [Stack/Protect] countryRuleSets.voice.NG: "FILTER" is not a status for VOICE: MONITOR and FILTER evaluate text messages only (allowed: ALLOW, BLOCK)\n'
      + '  [Stack/Protect] countryRuleSets.mms.otherCountries: "MONITOR" is not a status for MMS: MONITOR and FILTER evaluate text messages only (allowed: ALLOW, BLOCK)');
  });

  test('fails when a number override is not E.164', () => {
    const protect = new ProtectConfiguration(stack, 'Protect');
    expect(() => protect.addNumberOverride({ destinationPhoneNumber: '2065550100', action: NumberOverrideAction.BLOCK }))
      .toThrow('numberOverrides: "2065550100" must be an E.164 phone number: + then 2 to 15 digits, the first not 0 (e.g. +12065550100)');
  });

  test('fails when a number override expires in the past', () => {
    const past = new Date(Date.now() - 1000);
    expect(() => synthesized(new ProtectConfiguration(stack, 'Protect', {
      numberOverrides: [{ destinationPhoneNumber: '+12065550100', action: NumberOverrideAction.ALLOW, expiresAt: past }],
    }))).toThrow(`expiresAt of number override '+12065550100': "${past.toISOString()}" must be in the future: the service removes an override once it expires`);
  });

  test('fails when a number has two overrides', () => {
    const protect = new ProtectConfiguration(stack, 'Protect', { numberOverrides: [{ destinationPhoneNumber: '+12065550100', action: NumberOverrideAction.ALLOW }] });
    expect(() => protect.addNumberOverride({ destinationPhoneNumber: '+12065550100', action: NumberOverrideAction.BLOCK }))
      .toThrow("ProtectConfiguration 'Stack/Protect' already has a number override for +12065550100");
  });

  test('fails when a tag uses the key the provider keeps for itself', () => {
    new ProtectConfiguration(stack, 'Protect', { tags: { 'sms-voice-cdk:previous-account-default': 'protect-x' } });
    expect(() => Template.fromStack(stack)).toThrow('tag key: "sms-voice-cdk:previous-account-default" is the tag in which the SMS provider'
      + ' remembers the previous account default protect configuration; choose another tag key');
  });

  test('skips checks of tokens', () => {
    const protect = new ProtectConfiguration(stack, 'Protect', { countryRuleSets: { sms: CountryRuleSet.block([Lazy.string({ produce: () => 'RU' })]) } });
    protect.addNumberOverride({ destinationPhoneNumber: Lazy.string({ produce: () => '+12065550100' }), action: NumberOverrideAction.BLOCK });

    Template.fromStack(stack).hasResourceProperties(PROTECT_CONFIGURATION, {
      CountryRuleSets: { SMS: { Countries: [{ IsoCountryCode: 'RU', ProtectStatus: 'BLOCK' }] } },
      NumberOverrides: [{ DestinationPhoneNumber: '+12065550100', Action: 'BLOCK' }],
    });
  });
});

describe('the account default', () => {
  test('fails when a second protect configuration of the same account and region is the account default, in any stack', () => {
    new ProtectConfiguration(stack, 'Otp', { accountDefault: true });
    const other = new Stack(stack.node.root as App, 'Other', { env: { account: stack.account, region: stack.region } });
    expect(() => synthesized(new ProtectConfiguration(other, 'Marketing', { accountDefault: true }))).toThrow(
      `ProtectConfiguration 'Other/Marketing' and ProtectConfiguration '${stack.node.path}/Otp' are both the account default of account`
      + ` ${stack.account} in ${stack.region}; an account has one default protect configuration: set accountDefault on one of them`);
  });

  test('one account default per region, and any number that are not the default', () => {
    new ProtectConfiguration(stack, 'Otp', { accountDefault: true });
    new ProtectConfiguration(stack, 'Marketing');
    new ProtectConfiguration(stack, 'Alerts', { accountDefault: false });
    const elsewhere = new Stack(stack.node.root as App, 'Elsewhere', { env: { account: stack.account, region: 'ap-southeast-2' } });
    new ProtectConfiguration(elsewhere, 'Otp', { accountDefault: true });

    const defaults = Template.fromStack(stack).findResources('Custom::SmsVoiceProtectConfiguration', { Properties: { AccountDefault: true } });
    expect(Object.keys(defaults)).toHaveLength(1);
    Template.fromStack(elsewhere).hasResourceProperties('Custom::SmsVoiceProtectConfiguration', { AccountDefault: true });
  });
});

describe('imports and grants', () => {
  test('fromProtectConfigurationId and fromProtectConfigurationArn', () => {
    const byId = ProtectConfiguration.fromProtectConfigurationId(stack, 'ById', 'protect-0123456789abcdef0123456789abcdef');
    const byArn = ProtectConfiguration.fromProtectConfigurationArn(stack, 'ByArn',
      'arn:aws:sms-voice:us-east-1:222222222222:protect-configuration/protect-fedcba9876543210fedcba9876543210');

    expect(stack.resolve(byId.protectConfigurationArn)).toEqual(smsArn('protect-configuration/protect-0123456789abcdef0123456789abcdef'));
    expect(byArn.protectConfigurationId).toBe('protect-fedcba9876543210fedcba9876543210');
    expect(byArn.env).toEqual({ account: '222222222222', region: 'us-east-1' });
  });

  test('grantSendMessages grants SendTextMessage, SendVoiceMessage and SendMediaMessage on the protect configuration', () => {
    const protect = ProtectConfiguration.fromProtectConfigurationId(stack, 'Protect', 'protect-0123456789abcdef0123456789abcdef');
    const sender = new iam.Role(stack, 'Sender', { assumedBy: new iam.AccountRootPrincipal() });

    protect.grantSendMessages(sender);

    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: ['sms-voice:SendTextMessage', 'sms-voice:SendVoiceMessage', 'sms-voice:SendMediaMessage'],
          Effect: 'Allow',
          Resource: smsArn('protect-configuration/protect-0123456789abcdef0123456789abcdef'),
        }],
      },
    });
  });

  test('grant on a provisioned one names its ARN attribute', () => {
    const protect = new ProtectConfiguration(stack, 'Protect');
    const reader = new iam.Role(stack, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });

    protect.grant(reader, 'sms-voice:DescribeProtectConfigurations');

    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{ Action: 'sms-voice:DescribeProtectConfigurations', Effect: 'Allow', Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Protect'), 'ProtectConfigurationArn'] } }],
      },
    });
  });
});

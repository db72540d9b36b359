// Protection against SMS pumping, and spend control, for an app that sends one-time passwords to
// North America: a protect configuration that allows SMS only to the United States and Canada,
// with a few number overrides, made the account default; monthly spend limits; and a transactional
// configuration set that uses the protect configuration, with a function allowed to send with it.
//
// Version 2 of the app (`-c version=v2`) is the update the demo deploys next: Mexico is allowed
// for SMS, one number override is lifted and another added, and the text spend limit is raised.
import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import {
  AccountSettings,
  ConfigurationSet,
  CountryRuleSet,
  MessageType,
  NumberOverrideAction,
  ProtectConfiguration,
} from 'cdk-end-user-messaging-sms';

const app = new App();
const v2 = app.node.tryGetContext('version') === 'v2';
const stack = new Stack(app, 'FraudProtection');

const protect = new ProtectConfiguration(stack, 'OtpProtection', {
  countryRuleSets: {
    sms: CountryRuleSet.allowOnly(v2 ? ['US', 'CA', 'MX'] : ['US', 'CA']),
    voice: CountryRuleSet.block(['CU', 'KP']),
  },
  numberOverrides: [
    // A partner's test handset abroad, allowed although its country is blocked.
    { destinationPhoneNumber: '+447700900123', action: NumberOverrideAction.ALLOW },
    // A number that was seen pumping, blocked for the rest of the quarter.
    ...v2 ? [] : [{ destinationPhoneNumber: '+12065550142', action: NumberOverrideAction.BLOCK, expiresAt: new Date('2099-03-31T00:00:00Z') }],
  ],
  accountDefault: true,
  tags: { Name: 'otp-protection' },
});
if (v2) {
  protect.addNumberOverride({ destinationPhoneNumber: '+12065550199', action: NumberOverrideAction.BLOCK });
}

new AccountSettings(stack, 'SpendLimits', {
  textMessageMonthlySpendLimit: v2 ? 2_000 : 1_000,
  voiceMessageMonthlySpendLimit: 100,
});

const otp = new ConfigurationSet(stack, 'Otp', {
  defaultMessageType: MessageType.TRANSACTIONAL,
  protectConfiguration: protect,
});

// The function that sends the passwords, with a role that may only write its own logs and send
// with the configuration set and the protect configuration.
const senderLogs = new logs.LogGroup(stack, 'SenderLogs', { retention: logs.RetentionDays.ONE_MONTH });
const senderRole = new iam.Role(stack, 'SenderRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
senderLogs.grantWrite(senderRole);
const sender = new lambda.Function(stack, 'Sender', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  environment: { CONFIGURATION_SET: otp.configurationSetName, PROTECT_CONFIGURATION_ID: protect.protectConfigurationId },
  role: senderRole,
  logGroup: senderLogs,
});
otp.grantSendMessages(sender);
protect.grantSendMessages(sender);

app.synth();

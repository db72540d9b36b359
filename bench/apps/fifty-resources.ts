// The benchmark's app at scale: one stack of 50 SMS v2 constructs, as a messaging platform writes
// them. Two protect configurations with country rules; ten configuration sets, each with an event
// destination (CloudWatch Logs or SNS), two of them using a protect configuration; eight opt-out
// lists with a few declared numbers; sixteen simulator phone numbers, six of them in three pools
// (one pool with a sender ID too) and the others with an INFO keyword; eleven sender IDs; tags on
// a third of them. Everything is destroyed with the stack.
//
// Version 2 (`-c version=v2`) updates, and replaces nothing: one more country for the OTP protect
// configuration, other event types for three configuration sets, one more declared number on two
// lists, new INFO messages on two numbers and one pool, and a changed tag on two sender IDs.
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import {
  ConfigurationSet,
  CountryRuleSet,
  EventDestinationTarget,
  EventType,
  MessageType,
  NumberCapability,
  NumberType,
  OptOutList,
  PhoneNumber,
  Pool,
  ProtectConfiguration,
  SenderId,
} from '../../src';

const app = new App();
const v2 = app.node.tryGetContext('version') === 'v2';
const stack = new Stack(app, 'FiftyResources');
const removalPolicy = RemovalPolicy.DESTROY;
const tagsOf = (index: number) => (index % 3 === 0 ? { team: 'messaging', index: String(index) } : undefined);

const otp = new ProtectConfiguration(stack, 'OtpProtection', {
  countryRuleSets: { sms: CountryRuleSet.allowOnly(v2 ? ['US', 'CA', 'MX'] : ['US', 'CA']) },
  tags: { purpose: 'otp' },
});
const marketing = new ProtectConfiguration(stack, 'MarketingProtection', {
  countryRuleSets: { sms: CountryRuleSet.block(['CU', 'KP']), voice: CountryRuleSet.block(['CU', 'KP']) },
});

const eventLogs = new logs.LogGroup(stack, 'SmsEvents', { retention: logs.RetentionDays.ONE_MONTH });
const alerts = new sns.Topic(stack, 'SmsAlerts', { enforceSSL: true });
for (let i = 0; i < 10; i++) {
  const set = new ConfigurationSet(stack, `Events${i}`, {
    defaultMessageType: i % 2 === 0 ? MessageType.TRANSACTIONAL : MessageType.PROMOTIONAL,
    ...i < 2 ? { protectConfiguration: i === 0 ? otp : marketing } : {},
    tags: tagsOf(i),
  });
  const events = v2 && i < 3
    ? [EventType.TEXT_DELIVERED, EventType.TEXT_BLOCKED, EventType.TEXT_SPAM]
    : [EventType.TEXT_DELIVERED, EventType.TEXT_BLOCKED];
  set.addEventDestination(i % 2 === 0 ? 'Logs' : 'Alerts', {
    destination: i % 2 === 0 ? EventDestinationTarget.cloudWatchLogs(eventLogs) : EventDestinationTarget.sns(alerts),
    events,
  });
}

const optOutLists = Array.from({ length: 8 }, (_, i) => new OptOutList(stack, `OptOuts${i}`, {
  optedOutNumbers: [`+1206555${1000 + 10 * i}`, `+1206555${1001 + 10 * i}`, ...v2 && i < 2 ? [`+1206555${1002 + 10 * i}`] : []],
  removalPolicy,
}));

const numbers = Array.from({ length: 16 }, (_, i) => {
  const pooled = i < 6;
  const keyword = !pooled && i % 2 === 0;
  return new PhoneNumber(stack, `Number${i}`, {
    isoCountryCode: 'US',
    messageType: MessageType.TRANSACTIONAL,
    numberCapabilities: [NumberCapability.SMS],
    numberType: NumberType.SIMULATOR,
    optOutList: optOutLists[pooled ? Math.floor(i / 2) : i % 8],
    ...keyword ? { keywords: [{ keyword: 'INFO', message: v2 && i < 10 ? `Line ${i}: open 8am-6pm.` : `Line ${i}: open 9am-5pm.` }] } : {},
    tags: tagsOf(i),
    removalPolicy,
  });
});

const countries = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'SE', 'NO', 'DK', 'FI'];
const senderIds = countries.map((isoCountryCode, i) => new SenderId(stack, `Brand${i}`, {
  senderId: `BRAND${i}`,
  isoCountryCode,
  tags: i % 3 === 1 ? { campaign: v2 && i < 5 ? 'summer' : 'spring' } : undefined,
  removalPolicy,
}));

for (let p = 0; p < 3; p++) {
  new Pool(stack, `Pool${p}`, {
    originationIdentities: [numbers[2 * p], numbers[2 * p + 1], ...p === 0 ? [senderIds[0]] : []],
    isoCountryCode: 'US',
    messageType: MessageType.TRANSACTIONAL,
    optOutList: optOutLists[p],
    keywords: [{ keyword: 'INFO', message: v2 && p === 0 ? `Pool ${p}: open 8am-6pm.` : `Pool ${p}: open 9am-5pm.` }],
    removalPolicy,
  });
}

app.synth();

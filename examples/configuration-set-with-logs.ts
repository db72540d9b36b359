// A transactional configuration set that logs delivery events to CloudWatch Logs and sends
// failures to an SNS topic, with a function allowed to send messages through it.
//
// Version 2 of the app (`-c version=v2`) is the update the demo deploys next: it logs one more
// event type, stops alerting on expired messages, and archives every text event in a new topic.
import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { ConfigurationSet, EventDestinationTarget, EventType, MessageType } from 'cdk-end-user-messaging-sms';

const app = new App();
const v2 = app.node.tryGetContext('version') === 'v2';
const stack = new Stack(app, 'ConfigurationSetWithLogs');

const smsEvents = new logs.LogGroup(stack, 'SmsEvents', { retention: logs.RetentionDays.ONE_MONTH });
const alerts = new sns.Topic(stack, 'SmsAlerts', { enforceSSL: true });

const transactional = new ConfigurationSet(stack, 'Transactional', {
  defaultMessageType: MessageType.TRANSACTIONAL,
  defaultSenderId: 'MYBRAND',
  messageFeedbackEnabled: true,
});
transactional.addEventDestination('Logs', {
  destination: EventDestinationTarget.cloudWatchLogs(smsEvents),
  events: v2
    ? [EventType.TEXT_DELIVERED, EventType.TEXT_BLOCKED, EventType.TEXT_CARRIER_UNREACHABLE]
    : [EventType.TEXT_DELIVERED, EventType.TEXT_BLOCKED],
});
transactional.addEventDestination('Alerts', {
  destination: EventDestinationTarget.sns(alerts),
  events: v2
    ? [EventType.TEXT_CARRIER_BLOCKED, EventType.TEXT_SPAM]
    : [EventType.TEXT_CARRIER_BLOCKED, EventType.TEXT_SPAM, EventType.TEXT_TTL_EXPIRED],
});
if (v2) {
  transactional.addEventDestination('Archive', {
    destination: EventDestinationTarget.sns(new sns.Topic(stack, 'SmsArchive', { enforceSSL: true })),
    events: [EventType.TEXT_ALL],
  });
}

// The function that sends, with a role that may only write its own logs, and send through the set.
const senderLogs = new logs.LogGroup(stack, 'SenderLogs', { retention: logs.RetentionDays.ONE_MONTH });
const senderRole = new iam.Role(stack, 'SenderRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
senderLogs.grantWrite(senderRole);
const sender = new lambda.Function(stack, 'Sender', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  environment: { CONFIGURATION_SET: transactional.configurationSetName },
  role: senderRole,
  logGroup: senderLogs,
});
transactional.grantSendMessages(sender);

app.synth();

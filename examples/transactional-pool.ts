// A transactional pool made of two phone numbers and a sender ID, sharing one opt-out list, with a
// keyword, and a function allowed to send from the pool.
//
// Version 2 of the app (`-c version=v2`) is the update the demo deploys next: it changes the
// pool's INFO keyword, declares one more number opted out, and adds a keyword to the pool.
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import {
  KeywordAction,
  MessageType,
  NumberCapability,
  NumberType,
  OptOutList,
  PhoneNumber,
  Pool,
  SenderId,
} from 'cdk-end-user-messaging-sms';

const app = new App();
const v2 = app.node.tryGetContext('version') === 'v2';
const stack = new Stack(app, 'TransactionalPool');

const optOuts = new OptOutList(stack, 'OptOuts', {
  optedOutNumbers: v2 ? ['+12065550100', '+12065550101'] : ['+12065550100'],
  removalPolicy: RemovalPolicy.DESTROY,
});

const numberProps = {
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
  numberCapabilities: [NumberCapability.SMS],
  numberType: NumberType.SIMULATOR,
  optOutList: optOuts,
  removalPolicy: RemovalPolicy.DESTROY,
};
const first = new PhoneNumber(stack, 'First', numberProps);
const second = new PhoneNumber(stack, 'Second', numberProps);
const brand = new SenderId(stack, 'Brand', { senderId: 'MYBRAND', isoCountryCode: 'US', removalPolicy: RemovalPolicy.DESTROY });

const pool = new Pool(stack, 'Pool', {
  originationIdentities: [first, second, brand],
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
  optOutList: optOuts,
  keywords: [{ keyword: 'INFO', message: v2 ? 'Open 8am-6pm. Reply STOP to opt out.' : 'Open 9am-5pm. Reply STOP to opt out.' }],
});
if (v2) {
  pool.addKeyword({ keyword: 'JOIN', message: 'Welcome back!', action: KeywordAction.OPT_IN });
}

// The function that sends, with a role that may only write its own logs, and send from the pool.
const senderLogs = new logs.LogGroup(stack, 'SenderLogs', { retention: logs.RetentionDays.ONE_MONTH });
const senderRole = new iam.Role(stack, 'SenderRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
senderLogs.grantWrite(senderRole);
const sender = new lambda.Function(stack, 'Sender', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  environment: { POOL_ID: pool.poolId },
  role: senderRole,
  logGroup: senderLogs,
});
pool.grantSendTextMessage(sender);

app.synth();

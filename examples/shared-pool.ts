// A transactional pool shared with a partner account, which may send text messages from it, and
// the account's Default opt-out list, imported, which the partner may read and add numbers to.
//
// Version 2 of the app (`-c version=v2`) is the update the demo deploys next: a second partner
// account may send from the pool, and media messages too.
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  MessageType,
  NumberCapability,
  NumberType,
  OptOutList,
  PhoneNumber,
  Pool,
  ResourcePolicy,
} from 'cdk-end-user-messaging-sms';

const app = new App();
const v2 = app.node.tryGetContext('version') === 'v2';
const stack = new Stack(app, 'SharedPool');

const partners = (v2 ? ['210987654321', '111122223333'] : ['210987654321']).map(account => new iam.AccountPrincipal(account));

const number = new PhoneNumber(stack, 'Number', {
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
  numberCapabilities: [NumberCapability.SMS, NumberCapability.MMS],
  numberType: NumberType.SIMULATOR,
  removalPolicy: RemovalPolicy.DESTROY,
});
const pool = new Pool(stack, 'Pool', {
  originationIdentities: [number],
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
});

// A grant to a principal of another account goes on the pool's resource policy.
for (const partner of partners) pool.grantSendTextMessage(partner);
if (v2) {
  pool.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sms-voice:SendMediaMessage'], principals: partners, resources: [pool.poolArn] }));
}

// An imported resource gets its policy from a ResourcePolicy of its own.
const defaultList = OptOutList.fromOptOutListName(stack, 'DefaultOptOuts', 'Default');
new ResourcePolicy(stack, 'DefaultOptOutsPolicy', {
  resource: defaultList,
  policyDocument: new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({
      actions: ['sms-voice:DescribeOptedOutNumbers', 'sms-voice:PutOptedOutNumber'],
      principals: [partners[0]],
      resources: [defaultList.optOutListArn],
    })],
  }),
});

app.synth();

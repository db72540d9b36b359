// Integration test: a transactional pool made of two simulator phone numbers and a sender ID, sharing
// one opt-out list with a declared opted-out number, with a keyword and tags. Run offline,
// integ-runner only compares the synthesized templates with the committed snapshot; against a real
// account it also deploys the stack and runs the assertions.
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import {
  MessageType,
  NumberCapability,
  NumberType,
  OptOutList,
  PhoneNumber,
  Pool,
  SenderId,
} from '../src';

const app = new App();
const stack = new Stack(app, 'IntegTransactionalPool');
Tags.of(stack).add('integ', 'transactional-pool');

const optedOutNumber = '+12065550100';
const optOuts = new OptOutList(stack, 'OptOuts', {
  optedOutNumbers: [optedOutNumber],
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
const brand = new SenderId(stack, 'Brand', { senderId: 'INTEGTEST', isoCountryCode: 'US', removalPolicy: RemovalPolicy.DESTROY });

const pool = new Pool(stack, 'Pool', {
  originationIdentities: [first, second, brand],
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
  optOutList: optOuts,
  keywords: [{ keyword: 'INFO', message: 'Open 9am-5pm. Reply STOP to opt out.' }],
  tags: { team: 'messaging' },
});

const integ = new IntegTest(app, 'TransactionalPoolTest', {
  testCases: [stack],
  // Asset hashes (the handler bundle, built from lambda/) stay out of the snapshot comparison.
  diffAssets: false,
  // The snapshot keeps no asset copies (see .projenrc.ts), so there is no old version to deploy first.
  stackUpdateWorkflow: false,
});

// Each call below is distinct (a different action, or different parameters), so each gets its own
// assertion resource.

// DescribePools reports no country; the identities' countries are checked below.
integ.assertions.awsApiCall('PinpointSMSVoiceV2', 'describePools', {
  PoolIds: [pool.poolId],
}).expect(ExpectedResult.objectLike({
  Pools: [Match.objectLike({
    PoolId: pool.poolId,
    PoolArn: pool.poolArn,
    Status: 'ACTIVE',
    MessageType: 'TRANSACTIONAL',
    OptOutListName: optOuts.optOutListName,
  })],
}));

// The API does not document the order of the identities: three, all in the pool's country.
integ.assertions.awsApiCall('PinpointSMSVoiceV2', 'listPoolOriginationIdentities', {
  PoolId: pool.poolId,
}).expect(ExpectedResult.objectLike({
  OriginationIdentities: [
    Match.objectLike({ IsoCountryCode: 'US' }),
    Match.objectLike({ IsoCountryCode: 'US' }),
    Match.objectLike({ IsoCountryCode: 'US' }),
  ],
}));

integ.assertions.awsApiCall('PinpointSMSVoiceV2', 'describeKeywords', {
  OriginationIdentity: pool.poolId,
  Keywords: ['INFO'],
}).expect(ExpectedResult.objectLike({
  Keywords: [Match.objectLike({
    Keyword: 'INFO',
    KeywordMessage: 'Open 9am-5pm. Reply STOP to opt out.',
    KeywordAction: 'AUTOMATIC_RESPONSE',
  })],
}));

integ.assertions.awsApiCall('PinpointSMSVoiceV2', 'describeOptedOutNumbers', {
  OptOutListName: optOuts.optOutListName,
  OptedOutNumbers: [optedOutNumber],
}).expect(ExpectedResult.objectLike({
  OptedOutNumbers: [Match.objectLike({
    OptedOutNumber: optedOutNumber,
    EndUserOptedOut: false,
  })],
}));

integ.assertions.awsApiCall('PinpointSMSVoiceV2', 'describePhoneNumbers', {
  PhoneNumberIds: [first.phoneNumberId],
}).expect(ExpectedResult.objectLike({
  PhoneNumbers: [Match.objectLike({
    PhoneNumberId: first.phoneNumberId,
    PhoneNumber: first.phoneNumber,
    Status: 'ACTIVE',
    NumberType: 'SIMULATOR',
    MessageType: 'TRANSACTIONAL',
    OptOutListName: optOuts.optOutListName,
    PoolId: pool.poolId,
  })],
}));

app.synth();

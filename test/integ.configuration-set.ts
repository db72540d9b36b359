// Integration test: a configuration set with its defaults, tags and one event destination of each
// kind (CloudWatch Logs, SNS with a customer managed key, Firehose), and a second configuration set
// with every default. Run offline, integ-runner only compares the synthesized templates with the
// committed snapshot; against a real account it also deploys the stack and runs the assertions.
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { NagSuppressions } from 'cdk-nag';
import { ConfigurationSet, EventDestinationTarget, EventType, MessageType } from '../src';

const app = new App();
const stack = new Stack(app, 'IntegConfigurationSet');
Tags.of(stack).add('integ', 'configuration-set');

const eventLogs = new logs.LogGroup(stack, 'SmsEvents', {
  retention: logs.RetentionDays.ONE_DAY,
  removalPolicy: RemovalPolicy.DESTROY,
});

const topicKey = new kms.Key(stack, 'AlertsKey', { enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });
const alerts = new sns.Topic(stack, 'SmsAlerts', { masterKey: topicKey, enforceSSL: true });

const archiveBucket = new s3.Bucket(stack, 'ArchiveBucket', {
  enforceSSL: true,
  encryption: s3.BucketEncryption.S3_MANAGED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  removalPolicy: RemovalPolicy.DESTROY,
});
NagSuppressions.addResourceSuppressions(archiveBucket, [{
  id: 'AwsSolutions-S1',
  reason: 'A test fixture that lives as long as the integration test; access logs would need a second bucket that outlives it.',
}]);
const archive = new firehose.DeliveryStream(stack, 'SmsArchive', {
  destination: new firehose.S3Bucket(archiveBucket),
  encryption: firehose.StreamEncryption.awsOwnedKey(),
});
NagSuppressions.addResourceSuppressions(archive, [{
  id: 'AwsSolutions-IAM5',
  reason: 'aws-cdk-lib\'s Firehose S3 destination lets its role read and write the objects of this one bucket (bucket.grantReadWrite).',
  appliesTo: [
    'Action::s3:Abort*', 'Action::s3:DeleteObject*', 'Action::s3:GetBucket*', 'Action::s3:GetObject*', 'Action::s3:List*',
    { regex: '/^Resource::<ArchiveBucket[0-9A-F]{8}\\.Arn>\\/\\*$/' },
  ],
}], true);

const transactional = new ConfigurationSet(stack, 'Transactional', {
  defaultMessageType: MessageType.TRANSACTIONAL,
  defaultSenderId: 'INTEGTEST',
  messageFeedbackEnabled: true,
  tags: { team: 'messaging' },
});
transactional.addEventDestination('Logs', {
  destination: EventDestinationTarget.cloudWatchLogs(eventLogs),
  events: [EventType.TEXT_DELIVERED, EventType.TEXT_BLOCKED],
});
transactional.addEventDestination('Alerts', {
  destination: EventDestinationTarget.sns(alerts),
  events: [EventType.TEXT_CARRIER_BLOCKED, EventType.TEXT_SPAM],
});
transactional.addEventDestination('Archive', {
  destination: EventDestinationTarget.firehose(archive),
  events: [EventType.TEXT_ALL],
  enabled: false,
  eventDestinationName: 'archive-all',
});

const defaults = new ConfigurationSet(stack, 'Defaults');

const integ = new IntegTest(app, 'ConfigurationSetTest', {
  testCases: [stack],
  // Asset hashes (the handler bundle, built from lambda/) stay out of the snapshot comparison.
  diffAssets: false,
  // The snapshot keeps no asset copies (see .projenrc.ts), so there is no old version to deploy first.
  stackUpdateWorkflow: false,
});

/** Describes one configuration set, selected by one of the API's filters, so each call is distinct. */
function describeConfigurationSet(configurationSet: ConfigurationSet, filter: { Name: string; Values: string[] }) {
  return integ.assertions.awsApiCall('PinpointSMSVoiceV2', 'describeConfigurationSets', {
    ConfigurationSetNames: [configurationSet.configurationSetName],
    Filters: [filter],
  });
}

describeConfigurationSet(transactional, { Name: 'default-message-type', Values: ['TRANSACTIONAL'] }).expect(ExpectedResult.objectLike({
  ConfigurationSets: [Match.objectLike({
    ConfigurationSetName: transactional.configurationSetName,
    ConfigurationSetArn: transactional.configurationSetArn,
    DefaultMessageType: 'TRANSACTIONAL',
    DefaultSenderId: 'INTEGTEST',
    DefaultMessageFeedbackEnabled: true,
  })],
}));

// The API does not document the order of event destinations, so each is checked on its own.
describeConfigurationSet(transactional, { Name: 'event-destination-name', Values: ['Logs'] }).expect(ExpectedResult.objectLike({
  ConfigurationSets: [Match.objectLike({
    EventDestinations: Match.arrayWith([Match.objectLike({
      EventDestinationName: 'Logs',
      Enabled: true,
      MatchingEventTypes: ['TEXT_DELIVERED', 'TEXT_BLOCKED'],
      CloudWatchLogsDestination: Match.objectLike({ LogGroupArn: Match.stringLikeRegexp(':log-group:') }),
    })]),
  })],
}));
describeConfigurationSet(transactional, { Name: 'event-destination-name', Values: ['Alerts'] }).expect(ExpectedResult.objectLike({
  ConfigurationSets: [Match.objectLike({
    EventDestinations: Match.arrayWith([Match.objectLike({
      EventDestinationName: 'Alerts',
      Enabled: true,
      MatchingEventTypes: ['TEXT_CARRIER_BLOCKED', 'TEXT_SPAM'],
      SnsDestination: { TopicArn: alerts.topicArn },
    })]),
  })],
}));
describeConfigurationSet(transactional, { Name: 'event-destination-name', Values: ['archive-all'] }).expect(ExpectedResult.objectLike({
  ConfigurationSets: [Match.objectLike({
    EventDestinations: Match.arrayWith([Match.objectLike({
      EventDestinationName: 'archive-all',
      Enabled: false,
      MatchingEventTypes: ['TEXT_ALL'],
      KinesisFirehoseDestination: Match.objectLike({ DeliveryStreamArn: archive.deliveryStreamArn }),
    })]),
  })],
}));

integ.assertions.awsApiCall('PinpointSMSVoiceV2', 'listTagsForResource', {
  ResourceArn: transactional.configurationSetArn,
}).expect(ExpectedResult.objectLike({
  Tags: Match.arrayWith([{ Key: 'team', Value: 'messaging' }]),
}));

describeConfigurationSet(defaults, { Name: 'default-message-feedback-enabled', Values: ['false'] }).expect(ExpectedResult.objectLike({
  ConfigurationSets: [Match.objectLike({
    ConfigurationSetName: defaults.configurationSetName,
    DefaultMessageFeedbackEnabled: false,
    EventDestinations: [],
  })],
}));

app.synth();

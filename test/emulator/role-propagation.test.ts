import {
  CreateConfigurationSetCommand,
  CreateEventDestinationCommand,
  RequestPhoneNumberCommand,
  UpdatePhoneNumberCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CLOUDWATCH_DESTINATION, errorOf, FIREHOSE_DESTINATION, LONG_CODE, SNS_DESTINATION, useEmulator } from './support';

let now = 1_000_000;
const env = useEmulator({ clock: () => now, rolePropagationMs: 10_000 });

beforeEach(async () => {
  await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'events' }));
});

const createDestination = (name: string, destination: object) => env.sms.send(new CreateEventDestinationCommand({
  ConfigurationSetName: 'events', EventDestinationName: name, MatchingEventTypes: ['ALL'], ...destination,
}));

describe('role propagation', () => {
  test('a role first handed over is refused until the propagation time has passed since then, naming the role', async () => {
    const error = await errorOf(createDestination('logs', { CloudWatchLogsDestination: CLOUDWATCH_DESTINATION }));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.Reason).toBe('RESOURCE_NOT_ACCESSIBLE');
    expect(error.Fields).toEqual([{ Name: 'IamRoleArn', Message: `The service cannot assume the role ${CLOUDWATCH_DESTINATION.IamRoleArn}` }]);
    now += 9_999;
    await expect(createDestination('logs', { CloudWatchLogsDestination: CLOUDWATCH_DESTINATION })).rejects.toBeInstanceOf(ValidationException);
    now += 1;
    await createDestination('logs', { CloudWatchLogsDestination: CLOUDWATCH_DESTINATION });
  });

  test('the propagation counts per role, across actions and members', async () => {
    await errorOf(createDestination('logs', { CloudWatchLogsDestination: CLOUDWATCH_DESTINATION }));
    now += 10_000;
    await createDestination('firehose', { KinesisFirehoseDestination: FIREHOSE_DESTINATION });
    const { PhoneNumberId } = await env.sms.send(new RequestPhoneNumberCommand(LONG_CODE));
    const twoWay = { PhoneNumberId, TwoWayEnabled: true, TwoWayChannelArn: 'arn:aws:sns:us-east-1:123456789012:inbound' };
    const newRole = 'arn:aws:iam::123456789012:role/inbound-sms';
    const error = await errorOf(env.sms.send(new UpdatePhoneNumberCommand({ ...twoWay, TwoWayChannelRole: newRole })));
    expect(error.Fields).toEqual([{ Name: 'TwoWayChannelRole', Message: `The service cannot assume the role ${newRole}` }]);
    now += 10_000;
    await env.sms.send(new UpdatePhoneNumberCommand({ ...twoWay, TwoWayChannelRole: newRole }));
  });

  test('a call that hands over no role is not affected', async () => {
    await createDestination('topic', { SnsDestination: SNS_DESTINATION });
  });
});

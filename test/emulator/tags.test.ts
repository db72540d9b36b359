import {
  CreateConfigurationSetCommand,
  DeleteConfigurationSetCommand,
  ListTagsForResourceCommand,
  PinpointSMSVoiceV2Client,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  TagResourceCommand,
  UntagResourceCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RunningEmulator, startEmulator } from './index';
import { clientFor, errorOf } from './support';

const ARN = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders';

let emulator: RunningEmulator;
let sms: PinpointSMSVoiceV2Client;

beforeAll(async () => {
  emulator = await startEmulator();
  sms = clientFor(emulator.endpoint);
});
afterAll(async () => {
  sms.destroy();
  await emulator.stop();
});
beforeEach(async () => {
  emulator.reset();
  await sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', Tags: [{ Key: 'team', Value: 'payments' }] }));
});

async function tags() {
  const listed = await sms.send(new ListTagsForResourceCommand({ ResourceArn: ARN }));
  expect(listed.ResourceArn).toBe(ARN);
  return listed.Tags;
}

test('ListTagsForResource lists the tags given at creation', async () => {
  expect(await tags()).toEqual([{ Key: 'team', Value: 'payments' }]);
});

test('TagResource adds tags and overwrites the value of an existing key', async () => {
  await sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: 'team', Value: 'billing' }, { Key: 'env', Value: 'dev' }] }));
  expect(await tags()).toEqual([{ Key: 'team', Value: 'billing' }, { Key: 'env', Value: 'dev' }]);
});

test('UntagResource removes the given keys and ignores unknown ones', async () => {
  await sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: 'env', Value: 'dev' }] }));
  await sms.send(new UntagResourceCommand({ ResourceArn: ARN, TagKeys: ['team', 'unknown'] }));
  expect(await tags()).toEqual([{ Key: 'env', Value: 'dev' }]);
});

test('tags go with their resource', async () => {
  await sms.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
  await sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
  expect(await tags()).toEqual([]);
});

test.each([
  ['ListTagsForResource', (arn: string) => sms.send(new ListTagsForResourceCommand({ ResourceArn: arn }))],
  ['TagResource', (arn: string) => sms.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'k', Value: 'v' }] }))],
  ['UntagResource', (arn: string) => sms.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['k'] }))],
])('%s fails with ResourceNotFoundException for a resource that does not exist', async (_action, call) => {
  const error = await errorOf(call('arn:aws:sms-voice:us-east-1:123456789012:configuration-set/missing'));
  expect(error).toBeInstanceOf(ResourceNotFoundException);
  expect(error).toMatchObject({ ResourceType: 'configuration-set', ResourceId: 'missing' });
});

test('an ARN of another service fails with ValidationException INVALID_ARN', async () => {
  const error = await errorOf(sms.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:sns:us-east-1:123456789012:topic' })));
  expect(error).toBeInstanceOf(ValidationException);
  expect(error).toMatchObject({ Reason: 'INVALID_ARN', Fields: [{ Name: 'ResourceArn' }] });
});

test('TagResource fails with ServiceQuotaExceededException TAGS_PER_RESOURCE, and adds none', async () => {
  emulator.configure({ limits: { tagsPerResource: 2 } });
  try {
    await sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: 'team', Value: 'new' }, { Key: 'env', Value: 'dev' }] }));
    const error = await errorOf(sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: 'cost', Value: '1' }] })));
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error.Reason).toBe('TAGS_PER_RESOURCE');
    expect(await tags()).toEqual([{ Key: 'team', Value: 'new' }, { Key: 'env', Value: 'dev' }]);
  } finally {
    emulator.configure({ limits: { tagsPerResource: 50 } });
  }
});

test('a resource holds at most 50 tags by default, whether given at creation or later', async () => {
  const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
  const atCreation = await errorOf(sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'big', Tags: [...fifty, { Key: 'one-more', Value: 'v' }] })));
  expect(atCreation).toMatchObject({ name: 'ServiceQuotaExceededException', Reason: 'TAGS_PER_RESOURCE' });
  await sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: fifty.slice(1) }));
  const later = await errorOf(sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: 'one-more', Value: 'v' }] })));
  expect(later).toMatchObject({ name: 'ServiceQuotaExceededException', Reason: 'TAGS_PER_RESOURCE' });
  expect(await tags()).toHaveLength(50);
});

test('TagResource needs at least one tag and UntagResource at least one key', async () => {
  const noTags = await errorOf(sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [] })));
  expect(noTags).toMatchObject({ name: 'ValidationException', Reason: 'FIELD_VALIDATION_FAILED', Fields: [{ Name: 'Tags' }] });
  const noKeys = await errorOf(sms.send(new UntagResourceCommand({ ResourceArn: ARN, TagKeys: [] })));
  expect(noKeys).toMatchObject({ name: 'ValidationException', Fields: [{ Name: 'TagKeys' }] });
});

import {
  CreateConfigurationSetCommand,
  CreateOptOutListCommand,
  DeleteConfigurationSetCommand,
  DeleteOptOutListCommand,
  DeletePoolCommand,
  ReleasePhoneNumberCommand,
  ReleaseSenderIdCommand,
  RequestSenderIdCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  TagResourceCommand,
  UntagResourceCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { createPool, errorOf, requestPhoneNumber, useEmulator } from './support';

const ARN = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders';

const env = useEmulator();

beforeEach(async () => {
  await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', Tags: [{ Key: 'team', Value: 'payments' }] }));
});

async function tags() {
  const listed = await env.sms.send(new ListTagsForResourceCommand({ ResourceArn: ARN }));
  expect(listed.ResourceArn).toBe(ARN);
  return listed.Tags;
}

test('ListTagsForResource lists the tags given at creation', async () => {
  expect(await tags()).toEqual([{ Key: 'team', Value: 'payments' }]);
});

test('TagResource adds tags and overwrites the value of an existing key', async () => {
  await env.sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: 'team', Value: 'billing' }, { Key: 'env', Value: 'dev' }] }));
  expect(await tags()).toEqual([{ Key: 'team', Value: 'billing' }, { Key: 'env', Value: 'dev' }]);
});

test('UntagResource removes the given keys and ignores unknown ones', async () => {
  await env.sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: 'env', Value: 'dev' }] }));
  await env.sms.send(new UntagResourceCommand({ ResourceArn: ARN, TagKeys: ['team', 'unknown'] }));
  expect(await tags()).toEqual([{ Key: 'env', Value: 'dev' }]);
});

test('tags go with their resource', async () => {
  await env.sms.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
  await env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
  expect(await tags()).toEqual([]);
});

test.each([
  ['ListTagsForResource', (arn: string) => env.sms.send(new ListTagsForResourceCommand({ ResourceArn: arn }))],
  ['TagResource', (arn: string) => env.sms.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'k', Value: 'v' }] }))],
  ['UntagResource', (arn: string) => env.sms.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['k'] }))],
])('%s fails with ResourceNotFoundException for a resource that does not exist', async (_action, call) => {
  const error = await errorOf(call('arn:aws:sms-voice:us-east-1:123456789012:configuration-set/missing'));
  expect(error).toBeInstanceOf(ResourceNotFoundException);
  expect(error).toMatchObject({ ResourceType: 'configuration-set', ResourceId: 'missing' });
});

test('an ARN of another service fails with ValidationException INVALID_ARN', async () => {
  const error = await errorOf(env.sms.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:sns:us-east-1:123456789012:topic' })));
  expect(error).toBeInstanceOf(ValidationException);
  expect(error).toMatchObject({ Reason: 'INVALID_ARN', Fields: [{ Name: 'ResourceArn' }] });
});

test('TagResource fails with ServiceQuotaExceededException TAGS_PER_RESOURCE, and adds none', async () => {
  env.emulator.configure({ limits: { tagsPerResource: 2 } });
  await env.sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: 'team', Value: 'new' }, { Key: 'env', Value: 'dev' }] }));
  const error = await errorOf(env.sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: 'cost', Value: '1' }] })));
  expect(error).toBeInstanceOf(ServiceQuotaExceededException);
  expect(error.Reason).toBe('TAGS_PER_RESOURCE');
  expect(await tags()).toEqual([{ Key: 'team', Value: 'new' }, { Key: 'env', Value: 'dev' }]);
});

test('a resource holds at most 50 tags by default, whether given at creation or later', async () => {
  const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
  const atCreation = await errorOf(env.sms.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'big', Tags: [...fifty, { Key: 'one-more', Value: 'v' }] })));
  expect(atCreation).toMatchObject({ name: 'ServiceQuotaExceededException', Reason: 'TAGS_PER_RESOURCE' });
  await env.sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: fifty.slice(1) }));
  const later = await errorOf(env.sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: 'one-more', Value: 'v' }] })));
  expect(later).toMatchObject({ name: 'ServiceQuotaExceededException', Reason: 'TAGS_PER_RESOURCE' });
  expect(await tags()).toHaveLength(50);
});

test('TagResource needs at least one tag and UntagResource at least one key', async () => {
  const noTags = await errorOf(env.sms.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [] })));
  expect(noTags).toMatchObject({ name: 'ValidationException', Reason: 'FIELD_VALIDATION_FAILED', Fields: [{ Name: 'Tags' }] });
  const noKeys = await errorOf(env.sms.send(new UntagResourceCommand({ ResourceArn: ARN, TagKeys: [] })));
  expect(noKeys).toMatchObject({ name: 'ValidationException', Fields: [{ Name: 'TagKeys' }] });
});

describe('every taggable resource', () => {
  const TAGS = [{ Key: 'team', Value: 'alerts' }];
  /** Each kind: create it with TAGS, answer its ARN, and delete it. */
  const kinds = {
    'opt-out-list': {
      create: async () => (await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'alerts', Tags: TAGS }))).OptOutListArn!,
      remove: () => env.sms.send(new DeleteOptOutListCommand({ OptOutListName: 'alerts' })),
    },
    'phone-number': {
      create: async () => (await requestPhoneNumber(env.sms, { Tags: TAGS })).PhoneNumberArn!,
      remove: (arn: string) => env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: arn })),
    },
    'pool': {
      create: async () => (await createPool(env.sms, { Tags: TAGS })).PoolArn!,
      remove: (arn: string) => env.sms.send(new DeletePoolCommand({ PoolId: arn })),
    },
    'sender-id': {
      create: async () => (await env.sms.send(new RequestSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'GB', Tags: TAGS }))).SenderIdArn!,
      remove: () => env.sms.send(new ReleaseSenderIdCommand({ SenderId: 'MyShop', IsoCountryCode: 'GB' })),
    },
  };

  test.each(Object.keys(kinds) as (keyof typeof kinds)[])('%s: tags given at creation, tagged, untagged, and gone with it', async kind => {
    const arn = await kinds[kind].create();
    expect(arn).toContain(`:${kind}/`);
    const list = async () => (await env.sms.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags;
    expect(await list()).toEqual(TAGS);
    await env.sms.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'env', Value: 'dev' }] }));
    await env.sms.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['team'] }));
    expect(await list()).toEqual([{ Key: 'env', Value: 'dev' }]);
    await kinds[kind].remove(arn);
    const error = await errorOf(list());
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: kind });
  });
});

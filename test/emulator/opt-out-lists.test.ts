import {
  ConflictException,
  CreateOptOutListCommand,
  DeleteOptedOutNumberCommand,
  DeleteOptOutListCommand,
  DescribeOptedOutNumbersCommand,
  DescribeOptOutListsCommand,
  paginateDescribeOptedOutNumbers,
  paginateDescribeOptOutLists,
  PutOptedOutNumberCommand,
  ReleasePhoneNumberCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { OPT_IN_INTERVAL_MS } from './index';
import { clientFor, createPool, errorOf, requestPhoneNumber, useEmulator, useTestClock } from './support';

const ARN_PREFIX = 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/';
const DAY = 24 * 60 * 60 * 1000;

const clock = useTestClock();
const env = useEmulator({ clock: clock.now });

const createList = (name: string) => env.sms.send(new CreateOptOutListCommand({ OptOutListName: name }));
const put = (number: string, list = 'Default') => env.sms.send(new PutOptedOutNumberCommand({ OptOutListName: list, OptedOutNumber: number }));
const remove = (number: string, list = 'Default') => env.sms.send(new DeleteOptedOutNumberCommand({ OptOutListName: list, OptedOutNumber: number }));

async function listNames(): Promise<string[]> {
  const { OptOutLists } = await env.sms.send(new DescribeOptOutListsCommand({}));
  return OptOutLists!.map(l => l.OptOutListName!);
}

async function optedOut(list = 'Default') {
  const { OptedOutNumbers } = await env.sms.send(new DescribeOptedOutNumbersCommand({ OptOutListName: list }));
  return OptedOutNumbers!;
}

describe('opt-out lists', () => {
  test('every account has a Default list, in every region', async () => {
    expect(await listNames()).toEqual(['Default']);
    const west = clientFor(env.emulator.endpoint, { region: 'eu-west-1' });
    try {
      const { OptOutLists } = await west.send(new DescribeOptOutListsCommand({}));
      expect(OptOutLists).toEqual([{ OptOutListName: 'Default', OptOutListArn: 'arn:aws:sms-voice:eu-west-1:123456789012:opt-out-list/Default', CreatedTimestamp: new Date(clock.start) }]);
    } finally {
      west.destroy();
    }
  });

  test('CreateOptOutList returns the ARN, the name, the tags and the creation time', async () => {
    const created = await env.sms.send(new CreateOptOutListCommand({ OptOutListName: 'marketing', Tags: [{ Key: 'team', Value: 'growth' }] }));
    expect(created).toMatchObject({
      OptOutListArn: `${ARN_PREFIX}marketing`,
      OptOutListName: 'marketing',
      Tags: [{ Key: 'team', Value: 'growth' }],
      CreatedTimestamp: new Date(clock.start),
    });
    expect(await listNames()).toEqual(['Default', 'marketing']);
  });

  test('a name in use is ConflictException RESOURCE_ALREADY_EXISTS, Default included', async () => {
    await createList('marketing');
    for (const name of ['marketing', 'Default']) {
      const error = await errorOf(createList(name));
      expect(error).toBeInstanceOf(ConflictException);
      expect(error).toMatchObject({ Reason: 'RESOURCE_ALREADY_EXISTS', ResourceType: 'opt-out-list', ResourceId: name });
    }
  });

  test('the lists per account are limited, and Default counts', async () => {
    env.emulator.configure({ limits: { optOutListsPerAccount: 2 } });
    await createList('one');
    const error = await errorOf(createList('two'));
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error.Reason).toBe('OPT_OUT_LISTS_PER_ACCOUNT');
  });

  test('a ClientToken replays the first creation', async () => {
    const input = { OptOutListName: 'marketing', ClientToken: 'token-1' };
    const first = await env.sms.send(new CreateOptOutListCommand(input));
    clock.advance(5000);
    const again = await env.sms.send(new CreateOptOutListCommand(input));
    expect(again.CreatedTimestamp).toEqual(first.CreatedTimestamp);
    const mismatch = await errorOf(env.sms.send(new CreateOptOutListCommand({ ...input, OptOutListName: 'other' })));
    expect(mismatch).toBeInstanceOf(ConflictException);
    expect(await listNames()).toEqual(['Default', 'marketing']);
  });

  test('DescribeOptOutLists takes names and ARNs, and fails for an unknown one', async () => {
    await createList('a');
    await createList('b');
    const { OptOutLists } = await env.sms.send(new DescribeOptOutListsCommand({ OptOutListNames: ['b', `${ARN_PREFIX}a`] }));
    expect(OptOutLists!.map(l => l.OptOutListName)).toEqual(['a', 'b']);
    const error = await errorOf(env.sms.send(new DescribeOptOutListsCommand({ OptOutListNames: ['a', 'missing'] })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ ResourceType: 'opt-out-list', ResourceId: 'missing' });
  });

  test('Owner SHARED finds nothing, SELF finds all, and Owner cannot be used with names', async () => {
    await createList('a');
    const shared = await env.sms.send(new DescribeOptOutListsCommand({ Owner: 'SHARED' }));
    expect(shared.OptOutLists).toEqual([]);
    const self = await env.sms.send(new DescribeOptOutListsCommand({ Owner: 'SELF' }));
    expect(self.OptOutLists).toHaveLength(2);
    const error = await errorOf(env.sms.send(new DescribeOptOutListsCommand({ Owner: 'SELF', OptOutListNames: ['a'] })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ Reason: 'PARAMETERS_CANNOT_BE_USED_TOGETHER', Fields: [{ Name: 'Owner' }, { Name: 'OptOutListNames' }] });
  });

  test('pages as the SDK paginator expects', async () => {
    for (const name of ['l1', 'l2', 'l3']) await createList(name);
    const pages: string[][] = [];
    for await (const page of paginateDescribeOptOutLists({ client: env.sms, pageSize: 3 }, {})) {
      pages.push(page.OptOutLists!.map(l => l.OptOutListName!));
    }
    expect(pages).toEqual([['Default', 'l1', 'l2'], ['l3']]);
  });

  test('DeleteOptOutList returns the list, deletes its numbers with it, and fails for an unknown list', async () => {
    await createList('marketing');
    await put('+14255550100', 'marketing');
    const deleted = await env.sms.send(new DeleteOptOutListCommand({ OptOutListName: `${ARN_PREFIX}marketing` }));
    expect(deleted).toMatchObject({ OptOutListArn: `${ARN_PREFIX}marketing`, OptOutListName: 'marketing', CreatedTimestamp: new Date(clock.start) });
    expect(await listNames()).toEqual(['Default']);
    await createList('marketing');
    expect(await optedOut('marketing')).toEqual([]);
    const error = await errorOf(env.sms.send(new DeleteOptOutListCommand({ OptOutListName: 'marketing-2' })));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'opt-out-list', ResourceId: 'marketing-2' });
  });

  test('Default cannot be deleted: ConflictException RESOURCE_DELETION_NOT_ALLOWED', async () => {
    const error = await errorOf(env.sms.send(new DeleteOptOutListCommand({ OptOutListName: 'Default' })));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_DELETION_NOT_ALLOWED', ResourceType: 'opt-out-list', ResourceId: 'Default' });
  });

  test('a list that a phone number or a pool uses cannot be deleted: ConflictException RESOURCE_NOT_EMPTY', async () => {
    await createList('marketing');
    const number = await requestPhoneNumber(env.sms, { OptOutListName: 'marketing' });
    const byNumber = await errorOf(env.sms.send(new DeleteOptOutListCommand({ OptOutListName: 'marketing' })));
    expect(byNumber).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_NOT_EMPTY', ResourceType: 'opt-out-list', ResourceId: 'marketing' });
    expect(byNumber.message).toContain(number.PhoneNumberId);

    const pool = await createPool(env.sms, { OriginationIdentity: number.PhoneNumberId });
    const byPool = await errorOf(env.sms.send(new DeleteOptOutListCommand({ OptOutListName: 'marketing' })));
    expect(byPool.message).toContain(pool.PoolId);
    expect(await listNames()).toContain('marketing');
  });

  test('a released phone number no longer holds its list, even while it is still DELETED', async () => {
    env.emulator.configure({ statusDelays: { 'phone-number': 60_000 } });
    await createList('marketing');
    const number = await requestPhoneNumber(env.sms, { OptOutListName: 'marketing' });
    const released = await env.sms.send(new ReleasePhoneNumberCommand({ PhoneNumberId: number.PhoneNumberId }));
    expect(released.Status).toBe('DELETED');
    await env.sms.send(new DeleteOptOutListCommand({ OptOutListName: 'marketing' }));
    expect(await listNames()).toEqual(['Default']);
  });
});

describe('opted-out numbers', () => {
  test('PutOptedOutNumber adds the number, not opted out by its end user', async () => {
    const added = await put('+14255550100');
    expect(added).toEqual({
      $metadata: expect.anything(),
      OptOutListArn: `${ARN_PREFIX}Default`,
      OptOutListName: 'Default',
      OptedOutNumber: '+14255550100',
      OptedOutTimestamp: new Date(clock.start),
      EndUserOptedOut: false,
    });
    expect(await optedOut()).toEqual([{ OptedOutNumber: '+14255550100', OptedOutTimestamp: new Date(clock.start), EndUserOptedOut: false }]);
  });

  test('a number without its + is the same number', async () => {
    await put('14255550100');
    clock.advance(1000);
    const again = await put('+14255550100');
    expect(again.OptedOutTimestamp).toEqual(new Date(clock.start));
    expect((await optedOut()).map(n => n.OptedOutNumber)).toEqual(['+14255550100']);
  });

  test('putting a number on a list that does not exist fails with ResourceNotFoundException', async () => {
    const error = await errorOf(put('+14255550100', 'missing'));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'opt-out-list', ResourceId: 'missing' });
  });

  test('simulateEndUserOptOut adds a number opted out by its end user, or marks one already there', async () => {
    await put('+14255550100');
    clock.advance(1000);
    env.emulator.simulateEndUserOptOut('Default', '+14255550100');
    env.emulator.simulateEndUserOptOut('Default', '+14255550101');
    expect(await optedOut()).toEqual([
      { OptedOutNumber: '+14255550100', OptedOutTimestamp: new Date(clock.start + 1000), EndUserOptedOut: true },
      { OptedOutNumber: '+14255550101', OptedOutTimestamp: new Date(clock.start + 1000), EndUserOptedOut: true },
    ]);
    const putAgain = await put('+14255550100');
    expect(putAgain.EndUserOptedOut).toBe(true);
    expect(() => env.emulator.simulateEndUserOptOut('missing', '+14255550100')).toThrow(/missing/);
  });

  test('DescribeOptedOutNumbers filters on end-user-opted-out, and names numbers that must exist', async () => {
    await put('+14255550100');
    env.emulator.simulateEndUserOptOut('Default', '+14255550101');
    const byUser = await env.sms.send(new DescribeOptedOutNumbersCommand({
      OptOutListName: 'Default', Filters: [{ Name: 'end-user-opted-out', Values: ['true'] }],
    }));
    expect(byUser.OptedOutNumbers!.map(n => n.OptedOutNumber)).toEqual(['+14255550101']);
    expect(byUser).toMatchObject({ OptOutListArn: `${ARN_PREFIX}Default`, OptOutListName: 'Default' });

    const named = await env.sms.send(new DescribeOptedOutNumbersCommand({ OptOutListName: 'Default', OptedOutNumbers: ['+14255550100'] }));
    expect(named.OptedOutNumbers!.map(n => n.OptedOutNumber)).toEqual(['+14255550100']);
    const error = await errorOf(env.sms.send(new DescribeOptedOutNumbersCommand({ OptOutListName: 'Default', OptedOutNumbers: ['+14255550199'] })));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'opted-out-number', ResourceId: '+14255550199' });
  });

  test('DescribeOptedOutNumbers pages as the SDK paginator expects', async () => {
    for (let i = 0; i < 5; i++) await put(`+1425555010${i}`);
    const pages: number[] = [];
    for await (const page of paginateDescribeOptedOutNumbers({ client: env.sms, pageSize: 2 }, { OptOutListName: 'Default' })) {
      pages.push(page.OptedOutNumbers!.length);
    }
    expect(pages).toEqual([2, 2, 1]);
  });

  test('DeleteOptedOutNumber removes the number and returns it; an unknown number is ResourceNotFoundException', async () => {
    await put('+14255550100');
    clock.advance(DAY);
    const removed = await remove('+14255550100');
    expect(removed).toMatchObject({ OptOutListName: 'Default', OptedOutNumber: '+14255550100', EndUserOptedOut: false, OptedOutTimestamp: new Date(clock.start + DAY) });
    expect(await optedOut()).toEqual([]);
    const error = await errorOf(remove('+14255550100'));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'opted-out-number', ResourceId: '+14255550100' });
  });

  test('an end user\'s opt-out can be removed too', async () => {
    env.emulator.simulateEndUserOptOut('Default', '+14255550100');
    const removed = await remove('+14255550100');
    expect(removed.EndUserOptedOut).toBe(true);
    expect(await optedOut()).toEqual([]);
  });

  test('a number can be removed once every 30 days: ValidationException PHONE_NUMBER_CANNOT_BE_OPTED_IN', async () => {
    expect(OPT_IN_INTERVAL_MS).toBe(30 * DAY);
    await put('+14255550100');
    await remove('+14255550100');
    clock.advance(30 * DAY - 1);
    await put('+14255550100');
    const error = await errorOf(remove('+14255550100'));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({ Reason: 'PHONE_NUMBER_CANNOT_BE_OPTED_IN', Fields: [{ Name: 'OptedOutNumber' }] });
    expect((await optedOut()).map(n => n.OptedOutNumber)).toEqual(['+14255550100']);

    clock.advance(1);
    await remove('+14255550100');
    expect(await optedOut()).toEqual([]);
  });

  test('the 30 days are per number, across lists', async () => {
    await createList('marketing');
    await put('+14255550100');
    await put('+14255550100', 'marketing');
    await put('+14255550101');
    await remove('+14255550100');
    await remove('+14255550101');
    const error = await errorOf(remove('+14255550100', 'marketing'));
    expect(error).toMatchObject({ name: 'ValidationException', Reason: 'PHONE_NUMBER_CANNOT_BE_OPTED_IN' });
  });
});

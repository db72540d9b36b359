import { fewestCalls, NEEDED_READS, quotaLowerBound } from '../../bench/quota-bound';
import { CONFIGURATION_SET } from '../../src/wire/configuration-set-properties';
import { OPT_OUT_LIST } from '../../src/wire/opt-out-list-properties';
import { PHONE_NUMBER } from '../../src/wire/phone-number-properties';
import { POOL } from '../../src/wire/pool-properties';
import { SENDER_ID } from '../../src/wire/sender-id-properties';
import { MUTATING } from '../emulator';

describe('quotaLowerBound', () => {
  test.each([
    ['no calls', {}, { seconds: 0 }],
    ['one call of an action: the full bucket lets it through', { CreatePool: 1 }, { seconds: 0 }],
    ['two calls of an action at 1 request/second', { CreatePool: 2 }, { seconds: 1, action: 'CreatePool' }],
    ['the slowest action sets the bound', { CreatePool: 3, PutKeyword: 11, DescribePools: 6 }, { seconds: 10, action: 'PutKeyword' }],
    ['DeleteOptedOutNumber: 10 a second, and a burst of 10', { DeleteOptedOutNumber: 30 }, { seconds: 2, action: 'DeleteOptedOutNumber' }],
    ['DeleteOptedOutNumber within its burst', { DeleteOptedOutNumber: 10 }, { seconds: 0 }],
  ])('%s', (_case, calls, bound) => {
    expect(quotaLowerBound(calls)).toEqual(bound);
  });

  test('takes the rates it is given; an action without a quota costs nothing', () => {
    const rates: { [action: string]: number } = { CreatePool: 0.5 };
    expect(quotaLowerBound({ CreatePool: 3, PutKeyword: 100 }, action => rates[action])).toEqual({ seconds: 4, action: 'CreatePool' });
  });
});

describe('fewestCalls', () => {
  test('counts the mutating calls made, less those throttled, and no read the operation made', () => {
    const calls = { CreateConfigurationSet: 3, PutKeyword: 4, DescribeConfigurationSets: 9, ListTagsForResource: 5 };
    expect(fewestCalls(calls, { PutKeyword: 2, DescribeConfigurationSets: 4 }, [])).toEqual({ CreateConfigurationSet: 3, PutKeyword: 2 });
  });

  test('adds, per event, the reads its resource type needs for its request', () => {
    const events = [
      { RequestType: 'Create', ResourceType: PHONE_NUMBER.resourceType },
      { RequestType: 'Create', ResourceType: PHONE_NUMBER.resourceType },
      { RequestType: 'Create', ResourceType: POOL.resourceType },
      { RequestType: 'Create', ResourceType: SENDER_ID.resourceType },
      { RequestType: 'Update', ResourceType: POOL.resourceType },
      { RequestType: 'Delete', ResourceType: OPT_OUT_LIST.resourceType },
      { RequestType: 'Delete', ResourceType: CONFIGURATION_SET.resourceType },
    ] as const;
    expect(fewestCalls({ RequestPhoneNumber: 2, CreatePool: 1 }, {}, events)).toEqual({
      RequestPhoneNumber: 2,
      CreatePool: 1,
      DescribePhoneNumbers: 2,
      DescribePools: 1,
      DescribeOptOutLists: 1,
      DescribeOptedOutNumbers: 1,
      DescribeConfigurationSets: 1,
    });
  });

  test('a type the table does not know needs no read', () => {
    expect(fewestCalls({}, {}, [{ RequestType: 'Delete', ResourceType: 'Custom::Other' }])).toEqual({});
  });
});

describe('NEEDED_READS', () => {
  const reads = Object.entries(NEEDED_READS).flatMap(([type, byRequest]) =>
    Object.entries(byRequest).flatMap(([request, list]) => list!.map(read => ({ type, request, ...read }))));

  test('lists only reads, each with its reason', () => {
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect({ ...read, mutating: MUTATING(read.action) }).toEqual({ ...read, mutating: false });
      expect(read.reason.length).toBeGreaterThan(10);
    }
  });

  test('every Delete reads once before the removal call; an update needs no read', () => {
    for (const [type, byRequest] of Object.entries(NEEDED_READS)) {
      expect({ type, delete: byRequest.Delete?.length ?? 0 }).toEqual({ type, delete: type === OPT_OUT_LIST.resourceType ? 2 : 1 });
      expect({ type, update: byRequest.Update }).toEqual({ type, update: undefined });
    }
  });
});

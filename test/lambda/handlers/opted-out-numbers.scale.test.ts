import {
  CreateOptOutListCommand,
  DescribeOptedOutNumbersCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { dispatch } from '../../../lambda/sms-provider/dispatch';
import { IsCompleteRequest } from '../../../lambda/sms-provider/events';
import { progressKey, progressValue } from '../../../lambda/sms-provider/handlers/change-progress';
import { PROGRESS_TAG } from '../../../src/wire/opt-out-list-properties';
import { OPTED_OUT_NUMBERS } from '../../../src/wire/opted-out-numbers-properties';
import { MUTATING, RecordedCall } from '../../emulator';
import { CustomResourceEvents } from '../support/events';
import { expectedOptOutList, optedOutNumbersProperties, readOptOutList } from '../support/opt-out-lists';
import { runProvider } from '../support/provider';
import { handlersWithBudget, LogRecord, useTestBed } from '../support/test-bed';

const ARN = 'arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/orders';
const [N1, N2, N3] = ['+12065550100', '+12065550101', '+12065550102'];
/** The i-th of the recipients who replied STOP. */
const RECIPIENT = (i: number) => `+1555${String(1_000_000 + i)}`;
/** 40 numbers, in the order the handler adds them. */
const MANY = Array.from({ length: 40 }, (_, i) => `+1425555${String(1000 + i)}`);
/** What one poll may work: with 20 ms a call, a dozen or so puts. */
const POLL_MS = 400;

describe('opted-out numbers at scale: work proportional to the change', () => {
  const bed = useTestBed();
  let events: CustomResourceEvents;
  let logs: LogRecord[];
  beforeEach(() => {
    events = new CustomResourceEvents('OrdersOptOutListOptedOutNumbers1A2B3C4D', OPTED_OUT_NUMBERS.resourceType);
    logs = [];
  });

  /** The list 'orders', made first as CloudFormation makes it, and its declared numbers. */
  const deployed = async (numbers: readonly string[]) => {
    await bed().client.send(new CreateOptOutListCommand({ OptOutListName: 'orders' }));
    const result = await bed().run(events.create(optedOutNumbersProperties({ list: 'orders', numbers })));
    expect(result.status).toBe('SUCCESS');
    return result.physicalResourceId;
  };
  const withPollsOf = (budgetMs: number) => {
    bed().emulator.configure({ faults: { latencyMs: 20 } });
    return handlersWithBudget(bed().client, budgetMs, logs);
  };
  const one = (mark: number, action: string) => bed().callsSince(mark).filter(call => call.action === action);
  const putNumbers = (calls: readonly RecordedCall[]) => calls.filter(call => call.action === 'PutOptedOutNumber')
    .map(call => call.input.OptedOutNumber as string);
  const tagsOfList = async () => (await bed().client.send(new ListTagsForResourceCommand({ ResourceArn: ARN }))).Tags ?? [];

  test('a one-number change on a list of 100,000 numbers, most of them end-user opt-outs, takes a handful of calls and keeps every opt-out', async () => {
    // GIVEN two declared numbers, and 99,998 recipients who replied STOP
    const physicalId = await deployed([N1, N2]);
    for (let i = 0; i < 99_998; i++) bed().emulator.simulateEndUserOptOut('orders', RECIPIENT(i));

    // WHEN the stack adds N3 and stops declaring N1
    const mark = bed().mark();
    const result = await bed().run(events.update(physicalId, optedOutNumbersProperties({ list: 'orders', numbers: [N2, N3] }),
      optedOutNumbersProperties({ list: 'orders', numbers: [N1, N2] })));

    // THEN one put, one lookup of the removed number, one delete: no page of the list is ever read
    expect(result).toMatchObject({ status: 'SUCCESS', polls: 1 });
    expect(bed().callsSince(mark).map(call => call.action).sort()).toEqual([
      'DeleteOptedOutNumber', 'DescribeOptOutLists', 'DescribeOptedOutNumbers', 'PutOptedOutNumber',
    ]);
    expect(one(mark, 'DescribeOptedOutNumbers').map(call => call.input)).toEqual([{ OptOutListName: 'orders', OptedOutNumbers: [N1] }]);
    expect(putNumbers(bed().callsSince(mark))).toEqual([N3]);
    expect(one(mark, 'DeleteOptedOutNumber').map(call => call.input.OptedOutNumber)).toEqual([N1]);

    // AND every end-user opt-out is still there: nothing else was deleted, as the sample shows
    const sample = [N2, N3, RECIPIENT(0), RECIPIENT(99_997)];
    const { OptedOutNumbers } = await bed().client.send(new DescribeOptedOutNumbersCommand({ OptOutListName: 'orders', OptedOutNumbers: sample }));
    expect(OptedOutNumbers?.map(n => [n.OptedOutNumber, n.EndUserOptedOut]))
      .toEqual([[N2, false], [N3, false], [RECIPIENT(0), true], [RECIPIENT(99_997), true]]);
  });

  test('a declared number that its recipient opted out stays an end-user opt-out when it is put, and is kept when no longer declared', async () => {
    // GIVEN N1's recipient replied STOP before the stack declared it
    const physicalId = await deployed([]);
    bed().emulator.simulateEndUserOptOut('orders', N1);
    expect((await bed().run(events.update(physicalId, optedOutNumbersProperties({ list: 'orders', numbers: [N1] }),
      optedOutNumbersProperties({ list: 'orders', numbers: [] })))).status).toBe('SUCCESS');

    // WHEN the stack stops declaring it
    const mark = bed().mark();
    const result = await bed().run(events.update(physicalId, optedOutNumbersProperties({ list: 'orders', numbers: [] }),
      optedOutNumbersProperties({ list: 'orders', numbers: [N1] })));

    // THEN it was looked up, kept, and logged as kept
    expect(result.status).toBe('SUCCESS');
    expect(bed().callsSince(mark).filter(call => MUTATING(call.action))).toEqual([]);
    expect((await readOptOutList(bed().client, 'orders'))!.numbers).toEqual({ [N1]: 'recipient' });
    expect(bed().logs.find(log => log.decision.startsWith('kept: their recipients opted out'))).toMatchObject({ numbers: [N1] });
  });

  test('a change larger than one poll resumes where the last poll stopped: every number put once, in order, and the progress tag removed', async () => {
    // GIVEN the list, polls of 400 ms, calls of 20 ms
    await bed().client.send(new CreateOptOutListCommand({ OptOutListName: 'orders' }));
    const handlers = withPollsOf(POLL_MS);

    // WHEN
    const result = await runProvider(handlers, events.create(optedOutNumbersProperties({ list: 'orders', numbers: [...MANY].reverse() })), 30);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(result.polls).toBeGreaterThan(2);
    const calls = bed().emulator.calls();
    expect(putNumbers(calls)).toEqual(MANY);
    expect(calls.filter(call => call.action === 'TagResource')).toHaveLength(result.polls - 1);
    expect(calls.filter(call => call.action === 'UntagResource').map(call => call.input.TagKeys)).toEqual([[PROGRESS_TAG]]);
    expect(logs.filter(log => log.decision === 'resuming where an earlier poll of this event stopped')).toHaveLength(result.polls - 1);
    expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList({ name: 'orders' }, MANY));
  });

  test('a progress tag of another event is ignored: the change starts from its first number, and the stale tag is removed', async () => {
    // GIVEN a list with the progress of an earlier, unfinished event
    const physicalId = await deployed([]);
    const stale = progressValue(progressKey({ RequestId: 'an-earlier-event', LogicalResourceId: 'OrdersOptOutList1A2B3C4D' }), 30);
    await bed().client.send(new TagResourceCommand({ ResourceArn: ARN, Tags: [{ Key: PROGRESS_TAG, Value: stale }] }));
    const mark = bed().mark();

    // WHEN
    const result = await runProvider(withPollsOf(POLL_MS), events.update(physicalId, optedOutNumbersProperties({ list: 'orders', numbers: MANY }),
      optedOutNumbersProperties({ list: 'orders', numbers: [] })), 30);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(putNumbers(bed().callsSince(mark))).toEqual(MANY);
    expect(await tagsOfList()).toEqual([]);
  });

  test('a lost progress tag (a poll that crashed before writing it) means putting some numbers again, never skipping one', async () => {
    // GIVEN a first poll that ran out of time, and its progress tag lost
    const physicalId = await deployed([]);
    bed().emulator.configure({ faults: { latencyMs: 20 } });
    const event: IsCompleteRequest = {
      ...events.update(physicalId, optedOutNumbersProperties({ list: 'orders', numbers: MANY }), optedOutNumbersProperties({ list: 'orders', numbers: [] })),
      PhysicalResourceId: physicalId,
    };
    const poll = () => dispatch(event, bed().client, { log: () => undefined, deadline: Date.now() + POLL_MS }).isComplete();
    const mark = bed().mark();
    expect(await poll()).toEqual({ IsComplete: false });
    const firstPoll = putNumbers(bed().callsSince(mark));
    await bed().client.send(new UntagResourceCommand({ ResourceArn: ARN, TagKeys: [PROGRESS_TAG] }));

    // WHEN
    let polls = 1;
    while (!(await poll()).IsComplete && polls < 30) polls++;

    // THEN the numbers of the first poll were put twice, every other once
    expect(putNumbers(bed().callsSince(mark))).toEqual([...firstPoll, ...MANY]);
    expect(await readOptOutList(bed().client, 'orders')).toEqual(expectedOptOutList({ name: 'orders' }, MANY));
  });

  test('the rollback of an unfinished change ignores its progress, removes what it put, and keeps an end-user opt-out', async () => {
    // GIVEN a forward update that put some numbers in one poll, then was cancelled; one recipient of those replied STOP
    const physicalId = await deployed([N1]);
    bed().emulator.configure({ faults: { latencyMs: 20 } });
    const forward = { list: 'orders', numbers: [N1, ...MANY] };
    const forwardEvent = events.update(physicalId, optedOutNumbersProperties(forward), optedOutNumbersProperties({ list: 'orders', numbers: [N1] }));
    const forwardPoll = dispatch({ ...forwardEvent, PhysicalResourceId: physicalId }, bed().client,
      { log: () => undefined, deadline: Date.now() + POLL_MS });
    expect(await forwardPoll.isComplete()).toEqual({ IsComplete: false });
    const put = putNumbers(bed().emulator.calls()).filter(n => n !== N1);
    expect(put.length).toBeGreaterThan(1);
    bed().emulator.simulateEndUserOptOut('orders', put[0]);

    // WHEN CloudFormation rolls back: the same properties, swapped, in a new event (too large for one poll, so it reads the tag)
    const result = await runProvider(withPollsOf(3_000), events.update(physicalId, optedOutNumbersProperties({ list: 'orders', numbers: [N1] }),
      optedOutNumbersProperties(forward)), 30);

    // THEN
    expect(result.status).toBe('SUCCESS');
    expect(await readOptOutList(bed().client, 'orders')).toEqual({ numbers: { [N1]: 'api', [put[0]]: 'recipient' }, tags: {} });
  });
});

import { continueRemoval, LEAVING_WAIT_MS, Removal, REMOVAL_RETRY_MS, REMOVAL_STARTED_AT, RemovalState, startRemoval } from '../../../lambda/sms-provider/handlers/removal';
import { HandlerContext } from '../../../lambda/sms-provider/handlers/resource-handler';
import { CustomResourceEvents } from '../support/events';
import { LogRecord } from '../support/test-bed';

const ARN = 'arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1';

/** A removal whose inspections answer `states` in turn, whose removal calls are counted, and whose call leaves it `leaving` (DELETING) or gone. */
function scripted(states: RemovalState[], options: { removeFails?: Error; blockedBy?: string; leaving?: boolean } = {}) {
  const removal = {
    removed: 0,
    inspected: 0,
    inspect: async () => states[Math.min(removal.inspected++, states.length - 1)],
    remove: async () => {
      removal.removed++;
      if (options.removeFails) throw options.removeFails;
      return !options.leaving;
    },
    blockedBy: () => options.blockedBy,
  };
  return removal as Removal & { removed: number; inspected: number };
}

describe('removal', () => {
  const event = new CustomResourceEvents().delete(ARN, {});
  let logs: LogRecord[];
  let context: HandlerContext;
  beforeEach(() => {
    logs = [];
    context = { client: { send: () => Promise.reject(new Error('never called')) } as never, log: (decision, details) => logs.push({ decision, ...details }) };
  });

  test('onEvent makes no call, and records when the removal started; isComplete makes the calls', async () => {
    const removal = scripted([{ state: 'ready' }]);
    const response = startRemoval(event, false);
    expect(response).toEqual({ PhysicalResourceId: ARN, Data: { [REMOVAL_STARTED_AT]: expect.stringMatching(/^\d+$/) } });
    expect([removal.inspected, removal.removed]).toEqual([0, 0]);
    expect(await continueRemoval({ ...event, Data: response.Data }, context, removal, false)).toEqual({ IsComplete: true });
    expect([removal.inspected, removal.removed]).toEqual([1, 1]);
  });

  test('a retained resource is never inspected nor removed', async () => {
    const removal = scripted([{ state: 'ready' }]);
    expect(startRemoval(event, true)).toEqual({ PhysicalResourceId: ARN });
    expect(await continueRemoval(event, context, removal, true)).toEqual({ IsComplete: true });
    expect([removal.inspected, removal.removed]).toEqual([0, 0]);
  });

  test('a resource the removal call leaves on its way out is read again in the same poll until it is gone', async () => {
    const removal = scripted([{ state: 'ready' }, { state: 'waiting', reason: 'DELETING' }, { state: 'gone' }], { leaving: true });
    expect(await continueRemoval(event, context, removal, false)).toEqual({ IsComplete: true });
    expect([removal.inspected, removal.removed]).toEqual([3, 1]);
    expect(logs.map(log => log.decision)).toEqual(['removal requested: on its way out', 'not gone yet: waiting', 'nothing to delete: already gone']);
  });

  test('a resource still on its way out when the poll\'s wait is over is left to the next poll', async () => {
    const leaving = scripted([{ state: 'ready' }, { state: 'waiting', reason: 'DELETING' }], { leaving: true });
    const started = Date.now();
    expect(await continueRemoval(event, { ...context, deadline: Date.now() + 1_000 }, leaving, false)).toEqual({ IsComplete: false });
    expect(Date.now() - started).toBeLessThan(LEAVING_WAIT_MS);
    expect(leaving.removed).toBe(1);
    expect(await continueRemoval(event, context, scripted([{ state: 'gone' }]), false)).toEqual({ IsComplete: true });
  });

  test('a refused removal fails at once with its error', async () => {
    const removal = scripted([{ state: 'refused', error: new Error('protected') }]);
    await expect(continueRemoval(event, context, removal, false)).rejects.toThrow('protected');
    expect(removal.removed).toBe(0);
  });

  test('a blocked removal fails with its reason once blocked longer than the bound since onEvent', async () => {
    const removal = scripted([{ state: 'blocked', reason: 'in a pool' }]);
    const response = startRemoval(event, false);
    expect(await continueRemoval({ ...event, Data: response.Data }, context, removal, false)).toEqual({ IsComplete: false });
    const longAgo = { ...event, Data: { [REMOVAL_STARTED_AT]: String(Date.now() - REMOVAL_RETRY_MS - 1) } };
    await expect(continueRemoval(longAgo, context, removal, false)).rejects.toThrow('in a pool; gave up after 10 minutes of retries');
  });

  test('a removal call the service refuses for now is blocked, not failed', async () => {
    const removal = scripted([{ state: 'ready' }], { removeFails: new Error('in a pool'), blockedBy: 'still in a pool' });
    expect(await continueRemoval({ ...event, Data: startRemoval(event, false).Data }, context, removal, false)).toEqual({ IsComplete: false });
    expect(logs).toContainEqual({ decision: 'not removable yet: retrying', reason: 'still in a pool' });
  });

  test('a removal call that finds the resource gone has reached its goal; any other failure is thrown', async () => {
    const gone = scripted([{ state: 'ready' }, { state: 'gone' }], { removeFails: Object.assign(new Error('gone'), { name: 'ResourceNotFoundException' }) });
    expect(await continueRemoval(event, context, gone, false)).toEqual({ IsComplete: true });
    const denied = scripted([{ state: 'ready' }], { removeFails: Object.assign(new Error('denied'), { name: 'AccessDeniedException' }) });
    await expect(continueRemoval(event, context, denied, false)).rejects.toThrow('denied');
  });
});

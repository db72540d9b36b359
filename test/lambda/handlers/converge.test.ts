import { converge, Convergence } from '../../../lambda/sms-provider/handlers/converge';
import { HandlerContext } from '../../../lambda/sms-provider/handlers/resource-handler';
import { PlannedCall } from '../../../lambda/sms-provider/reconcile/calls';
import { LogRecord } from '../support/test-bed';

const TAG: PlannedCall = { action: 'TagResource', input: { ResourceArn: 'arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1', Tags: [{ Key: 'a', Value: 'b' }] } };

/** A resource whose reads answer `states` in turn; the plan of a state is its calls. */
function resource(states: { status: string; calls: PlannedCall[] }[], extra: Partial<Convergence<{ status: string; calls: PlannedCall[] }>> = {}) {
  let reads = 0;
  const convergence: Convergence<{ status: string; calls: PlannedCall[] }> = {
    read: async () => states[Math.min(reads++, states.length - 1)],
    waitFor: actual => actual.status === 'CREATING' ? 'CREATING' : undefined,
    plan: actual => actual.calls,
    data: actual => ({ Status: actual.status }),
    ...extra,
  };
  return { convergence, reads: () => reads };
}

describe('converge', () => {
  let logs: LogRecord[];
  let sent: object[];
  let context: HandlerContext;
  let failWith: Error | undefined;
  beforeEach(() => {
    logs = [];
    sent = [];
    failWith = undefined;
    context = {
      client: { send: (async (command: object) => { sent.push(command); if (failWith) throw failWith; return {}; }) as never },
      log: (decision, details) => logs.push({ decision, ...details }),
    };
  });

  test('waits out a transitional status without planning', async () => {
    const { convergence } = resource([{ status: 'CREATING', calls: [TAG] }]);
    expect(await converge(convergence, context)).toEqual({ IsComplete: false });
    expect(sent).toEqual([]);
  });

  test('makes the planned calls, then is complete without reading again', async () => {
    const { convergence, reads } = resource([{ status: 'ACTIVE', calls: [TAG] }, { status: 'UPDATED', calls: [TAG] }]);
    expect(await converge(convergence, context)).toEqual({ IsComplete: true, Data: { Status: 'ACTIVE' } });
    expect([sent.length, reads()]).toEqual([1, 1]);
  });

  test('reads again after its calls where their results do not show the declared state, and is complete when that read plans nothing', async () => {
    const { convergence, reads } = resource([{ status: 'ACTIVE', calls: [TAG] }, { status: 'UPDATED', calls: [] }], { readAfterWrite: 'the status moves' });
    expect(await converge(convergence, context)).toEqual({ IsComplete: true, Data: { Status: 'UPDATED' } });
    expect([sent.length, reads()]).toEqual([1, 2]);
    expect(logs).toContainEqual({ decision: 'reading again', reason: 'the status moves' });
  });

  test('is not complete when the read after its calls still plans calls', async () => {
    const { convergence } = resource([{ status: 'ACTIVE', calls: [TAG] }], { readAfterWrite: 'the status moves' });
    expect(await converge(convergence, context)).toEqual({ IsComplete: false });
    expect(logs.map(log => log.decision)).toContain('not complete yet: a read does not show every declared property');
  });

  test('starts no call after its deadline', async () => {
    const { convergence } = resource([{ status: 'ACTIVE', calls: [TAG] }]);
    expect(await converge(convergence, { ...context, deadline: Date.now() - 1 })).toEqual({ IsComplete: false });
    expect(sent).toEqual([]);
  });

  test('out of time, tells the convergence which of its planned calls it made, for the next poll to resume from', async () => {
    const untag: PlannedCall = { action: 'UntagResource', input: { ResourceArn: TAG.input.ResourceArn, TagKeys: ['a'] } };
    const outOfTime = jest.fn(async () => undefined);
    const { convergence } = resource([{ status: 'ACTIVE', calls: [TAG, untag] }], { outOfTime });
    const slow: HandlerContext = {
      ...context,
      deadline: Date.now() + 20,
      client: {
        send: (async (command: object) => {
          sent.push(command);
          await new Promise(resolve => setTimeout(resolve, 40));
          return {};
        }) as never,
      },
    };
    expect(await converge(convergence, slow)).toEqual({ IsComplete: false });
    expect(sent).toHaveLength(1);
    expect(outOfTime).toHaveBeenCalledWith({ status: 'ACTIVE', calls: [TAG, untag] }, [TAG]);
  });

  test('a read that takes the whole poll fails clearly, instead of polling without progress until the provider times out', async () => {
    const { convergence } = resource([{ status: 'ACTIVE', calls: [TAG] }], { readLimit: 'keep it small' });
    const slowRead = { ...convergence, read: async () => { await new Promise(resolve => setTimeout(resolve, 30)); return convergence.read(); } };
    await expect(converge(slowRead, { ...context, deadline: Date.now() + 10 })).rejects
      .toThrow('isComplete used up its time for one poll reading the resource, and could make none of its 1 planned calls:'
        + ' the resource is too large to reconcile (keep it small)');
    expect(sent).toEqual([]);
  });

  test('a failed call becomes the convergence\'s own failure when it has one', async () => {
    failWith = new Error('service says no');
    const { convergence } = resource([{ status: 'ACTIVE', calls: [TAG] }], { onFailure: (call, error) => new Error(`${call.action}: ${(error as Error).message}, explained`) });
    await expect(converge(convergence, context)).rejects.toThrow('TagResource: service says no, explained');
  });

  test('a failure the convergence defers completes the resource as it is, and is logged', async () => {
    failWith = new Error('not active');
    const { convergence } = resource([{ status: 'PENDING', calls: [TAG] }], { deferral: actual => actual.status === 'PENDING' ? 'PENDING' : undefined });
    expect(await converge(convergence, context)).toEqual({ IsComplete: true, Data: { Status: 'PENDING' } });
    expect(logs).toContainEqual(expect.objectContaining({ decision: 'complete, with calls left for a later deployment', reason: 'PENDING' }));
  });
});

import { OperationFigures, operationFigures, summarize, targetMisses } from '../../bench/deploy-figures';
import { PHONE_NUMBER } from '../../src/wire/phone-number-properties';
import { SENDER_ID } from '../../src/wire/sender-id-properties';
import type { OperationResult, ProviderExchange } from '../local-deploy';
import type { RequestType } from '../local-deploy/custom-resource-events';

function exchange(RequestType: RequestType, ResourceType: string, isCompleteInvocations: number): ProviderExchange {
  const request = {
    RequestType,
    ResourceType,
    ServiceToken: 'token',
    ResponseURL: 'https://cloudformation',
    StackId: 'stack',
    RequestId: 'request',
    LogicalResourceId: 'Resource',
    ResourceProperties: {},
  };
  return { request, responseBody: '{}', onEventInvocations: 1, isCompleteInvocations, logs: '', startedAt: 0, durationMs: 1 };
}

function result(overrides: Partial<OperationResult>): OperationResult {
  return {
    stackName: 'Stack',
    stackId: 'stack',
    operation: 'CREATE',
    status: 'CREATE_COMPLETE',
    succeeded: true,
    created: [],
    updated: [],
    replaced: [],
    deleted: [],
    retained: [],
    failures: [],
    exchanges: [],
    apiCalls: {},
    throttledCalls: {},
    outputs: {},
    durationMs: 1,
    ...overrides,
  };
}

describe('operationFigures', () => {
  test('adds up the stacks of an app: calls, throttled calls, the bound from their fewest calls, and the polls that waited', () => {
    const figures = operationFigures([
      result({
        apiCalls: { RequestPhoneNumber: 4, DescribePhoneNumbers: 9, ListTagsForResource: 6 },
        throttledCalls: { RequestPhoneNumber: 1, DescribePhoneNumbers: 3 },
        exchanges: [exchange('Create', PHONE_NUMBER.resourceType, 3), exchange('Create', PHONE_NUMBER.resourceType, 1), exchange('Create', PHONE_NUMBER.resourceType, 1)],
      }),
      result({ stackName: 'Other', apiCalls: { RequestSenderId: 2 }, exchanges: [exchange('Create', SENDER_ID.resourceType, 2)] }),
    ], 12_500);
    expect(figures).toEqual({
      wallMs: 12_500,
      // RequestPhoneNumber: 3 made; DescribePhoneNumbers: 3 needed (one per number seen ACTIVE); either takes 2 s.
      boundSeconds: 2,
      boundingAction: 'RequestPhoneNumber',
      apiCalls: 21,
      throttledCalls: 4,
      queryIntervalWaits: 3,
      failures: [],
    });
  });

  test('names the stacks that failed, and has no bounding action when no call waits', () => {
    const figures = operationFigures([result({ status: 'ROLLBACK_COMPLETE', succeeded: false, apiCalls: { CreatePool: 1 } })], 1_000);
    expect(figures).toEqual({ wallMs: 1_000, boundSeconds: 0, apiCalls: 1, throttledCalls: 0, queryIntervalWaits: 0, failures: ['Stack ROLLBACK_COMPLETE'] });
  });
});

const run = (wallMs: number, boundSeconds: number, overrides: Partial<OperationFigures> = {}): OperationFigures => ({
  wallMs, boundSeconds, boundingAction: 'PutKeyword', apiCalls: 10, throttledCalls: 0, queryIntervalWaits: 0, failures: [], ...overrides,
});

describe('summarize', () => {
  test('takes the median of each figure, and of each run\'s own ratio', () => {
    const summary = summarize([
      run(30_000, 20, { apiCalls: 12, throttledCalls: 3 }),
      run(26_000, 20, { apiCalls: 10, throttledCalls: 1, boundingAction: 'CreatePool' }),
      run(44_000, 22, { apiCalls: 11, throttledCalls: 2 }),
    ]);
    expect(summary).toEqual({
      runs: 3,
      wallSeconds: 30,
      boundSeconds: 20,
      ratio: 1.5,
      boundingAction: 'PutKeyword',
      apiCalls: 11,
      throttledCalls: 2,
      queryIntervalWaits: 0,
      failures: [],
    });
  });

  test('has no ratio while a run\'s bound is 0, and keeps every failure', () => {
    const summary = summarize([run(5_000, 0, { boundingAction: undefined, failures: ['Stack ROLLBACK_COMPLETE'] }), run(4_000, 1)]);
    expect(summary.ratio).toBeUndefined();
    expect(summary.failures).toEqual(['Stack ROLLBACK_COMPLETE']);
  });
});

describe('targetMisses', () => {
  const summary = summarize([run(27_000, 20, { throttledCalls: 4, queryIntervalWaits: 2 })]);

  test('a deploy or destroy over 1.3× its bound misses, with its figures', () => {
    expect(targetMisses('fifty-resources', 'deploy', summary)).toEqual([
      'fifty-resources deploy: 1.35× its quota lower bound (27.0 s against 20.0 s, set by PutKeyword), over the target of 1.3×;'
      + ' 4 throttled calls, 2 polls that waited the provider\'s query interval',
    ]);
  });

  test('a miss says how long the operation takes with no quota at all, when the runs measured it', () => {
    const measured = summarize([run(27_000, 20, { unthrottledMs: 9_000 }), run(29_000, 20, { unthrottledMs: 11_000 })]);
    expect(measured.unthrottledSeconds).toBe(9);
    expect(targetMisses('fifty-resources', 'deploy', measured)[0]).toContain('with no quota at all it takes 9.0 s, the app\'s dependency chains');
    expect(targetMisses('fifty-resources', 'deploy', measured)[0]).toContain('a bound that followed the chains would be what it takes');
    expect(summary.unthrottledSeconds).toBeUndefined();
  });

  test('a miss the chains do not explain says what is left to the sharing of a quota', () => {
    const measured = summarize([run(27_000, 20, { unthrottledMs: 4_000 })]);
    const [miss] = targetMisses('fifty-resources', 'deploy', measured);
    expect(miss).toContain('with no quota at all it takes 4.0 s');
    expect(miss).toContain('even the bound and all of that together (24.0 s) leave 3.0 s to how concurrent handlers share one action\'s quota');
    expect(miss).not.toContain('a bound that followed the chains');
  });

  test('an update has no ratio target; within 1.3× or with no bound nothing misses', () => {
    expect(targetMisses('app', 'update', summary)).toEqual([]);
    expect(targetMisses('app', 'destroy', summarize([run(26_000, 20)]))).toEqual([]);
    expect(targetMisses('app', 'deploy', summarize([run(9_000, 0)]))).toEqual([]);
  });

  test('any operation that failed misses', () => {
    expect(targetMisses('app', 'update', summarize([run(1_000, 0, { failures: ['App UPDATE_ROLLBACK_COMPLETE'] })])))
      .toEqual(['app update failed: App UPDATE_ROLLBACK_COMPLETE']);
  });
});

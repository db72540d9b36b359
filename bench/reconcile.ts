import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { casesOf, Given, ReconcileCase, ResourceScenario, SCENARIOS } from './reconcile-cases';
import { CallCount, countCalls, isAbove, readMinimum, verdict } from './reconcile-minimum';
import { BenchOptions, BenchSection } from './section';
import { DEFAULT_LIMITS, MUTATING, RunningEmulator, startEmulator } from '../test/emulator';
import { CustomResourceEvents } from '../test/lambda/support/events';
import { runProvider, UserHandlers } from '../test/lambda/support/provider';
import { handlerClient, handlersFor } from '../test/lambda/support/test-bed';

/** isComplete polls before a case gives up: far more than any case needs with quotas off. */
const MAX_POLLS = 100;

interface MeasuredCase {
  readonly reconcileCase: ReconcileCase;
  readonly calls: CallCount;
  /** Why the case did not succeed; undefined when it did. */
  readonly failure?: string;
}

/** The emulator with quotas off and the handler's own client, without its pacing, as the handler tests drive it. */
interface Bed {
  readonly emulator: RunningEmulator;
  readonly client: PinpointSMSVoiceV2Client;
  readonly handlers: UserHandlers;
}

/**
 * Reconcile efficiency: for every resource type, the calls the handler makes (onEvent, then
 * isComplete until complete) for a create, a no-op update, k-child changes and a delete, against
 * the fewest the API allows. Calls are deterministic: one run measures them, whatever `--runs`.
 */
export const reconcileBenchmark = async (options: BenchOptions): Promise<BenchSection> => {
  const emulator = await startEmulator({ quotas: 'off', limits: DEFAULT_LIMITS });
  const client = handlerClient(emulator.endpoint);
  const bed: Bed = { emulator, client, handlers: handlersFor(client) };
  try {
    const measured: { scenario: ResourceScenario; cases: MeasuredCase[] }[] = [];
    for (const scenario of SCENARIOS) {
      options.log(`reconcile: ${scenario.type}`);
      const cases: MeasuredCase[] = [];
      for (const reconcileCase of casesOf(scenario)) cases.push(await measure(bed, scenario, reconcileCase));
      measured.push({ scenario, cases });
    }
    return {
      title: 'Reconcile efficiency',
      reproduce: 'npm run bench -- --only reconcile',
      markdown: [INTRODUCTION, ...measured.map(({ scenario, cases }) => table(scenario, cases))].join('\n\n'),
      missed: measured.flatMap(({ scenario, cases }) => cases.flatMap(c => missed(scenario, c))),
    };
  } finally {
    client.destroy();
    await emulator.stop();
  }
};

/** One case on a fresh emulator: what it needs, its `before` deployed, then the measured event through the Provider framework. */
async function measure(bed: Bed, scenario: ResourceScenario, reconcileCase: ReconcileCase): Promise<MeasuredCase> {
  bed.emulator.reset();
  const given: Given = await scenario.given?.(bed.client, reconcileCase.children) ?? [];
  const events = new CustomResourceEvents(`Bench${scenario.type}`, scenario.resourceType, 'bench-app');
  const after = reconcileCase.after(given);
  let physicalId: string | undefined;
  if (reconcileCase.before) {
    const deployed = await runProvider(bed.handlers, events.create(reconcileCase.before(given)), MAX_POLLS);
    if (deployed.status !== 'SUCCESS') return failedCase(reconcileCase, `its resource could not be deployed first: ${firstLine(deployed.reason)}`);
    physicalId = deployed.physicalResourceId;
  }
  const mark = bed.emulator.calls().length;
  const event = reconcileCase.event === 'Create' ? events.create(after)
    : reconcileCase.event === 'Update' ? events.update(physicalId!, after, reconcileCase.before!(given))
      : events.delete(physicalId!, after);
  const result = await runProvider(bed.handlers, event, MAX_POLLS);
  const calls = countCalls(bed.emulator.calls().slice(mark).map(call => call.action), MUTATING);
  return { reconcileCase, calls, ...result.status === 'SUCCESS' ? {} : { failure: firstLine(result.reason) } };
}

function failedCase(reconcileCase: ReconcileCase, failure: string): MeasuredCase {
  return { reconcileCase, calls: countCalls([], MUTATING), failure };
}

function firstLine(reason: string): string {
  return reason.split('\n')[0];
}

const INTRODUCTION = [
  'The calls the handler makes for each custom-resource type: onEvent, then isComplete until complete, driven as the',
  'Provider framework drives it, against the emulator with its quotas off and the handler\'s pacing off. A no-op update has',
  'the same properties before and after: CloudFormation would not send it, but a re-delivered event or a rollback does. A',
  'k-child change starts from the create\'s properties (no children, no tags). The minimum is the fewest calls the API',
  'allows: one mutating call per changed child (fewer where one call takes them all), and only the reads that decide',
  'something, each with its reason in the last column. The calls are deterministic, so one run measures them whatever',
  '`--runs` says; the emulator is reset before each case, and what the case needs first (its resource, the numbers a pool',
  'takes) is not counted.',
].join(' ');

function table(scenario: ResourceScenario, cases: readonly MeasuredCase[]): string {
  return [
    `### ${scenario.type}`,
    '',
    '| case | mutating | minimum | reads | minimum | verdict | the reads the minimum keeps |',
    '|---|---|---|---|---|---|---|',
    ...cases.map(({ reconcileCase: { name, minimum }, calls, failure }) => [
      name,
      calls.mutating,
      minimum.mutating,
      calls.reads,
      readMinimum(minimum),
      failure ? `failed: ${failure}` : verdict(calls, minimum),
      minimum.reads.map(read => `${read.count} × ${read.reason}`).join('; ') || 'none',
    ].map(cell => String(cell).replace(/\|/g, '\\|')).join(' | ')).map(row => `| ${row} |`),
  ].join('\n');
}

function missed(scenario: ResourceScenario, { reconcileCase, calls, failure }: MeasuredCase): string[] {
  const { name, minimum } = reconcileCase;
  if (failure) return [`${scenario.type} ${name}: failed (${failure})`];
  if (!isAbove(calls, minimum)) return [];
  return [`${scenario.type} ${name}: ${calls.mutating} mutating and ${calls.reads} reads against a minimum of ${minimum.mutating} and`
    + ` ${readMinimum(minimum)}; its calls: ${calls.actions.join(', ')}${scenario.aboveMinimum ? `. ${scenario.aboveMinimum}` : ''}`];
}

/**
 * Synth time and template size of an app of this library's constructs against the same app made
 * of L1s (`bench/synth-apps.ts`), at 1, 10, 100 and 300 SMS resources, in one process: each figure
 * the median of `runs` synths after a warm-up, the two apps synthesized in turn.
 *
 *   npx ts-node --transpile-only bench/synth.ts [runs]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Benchmark, BenchOptions, BenchSection, median } from './section';
import { AppKind, SINGLE_TYPES, singleTypeApp, SingleType, smsApp, STACK_NAME } from './synth-apps';

/** The numbers of SMS resources the benchmark synthesizes. */
export const SYNTH_SIZES = [1, 10, 100, 300];

/** The target: synth within this many times the L1 app's, at the largest size. */
export const MAX_SYNTH_RATIO = 3;

/** IAM's limit on the inline policies of a role, in bytes of minified JSON. */
const INLINE_POLICIES_PER_ROLE = 10_240;

/** What one synth of one app gives. */
interface Synthesis {
  /** From `new App()` to the template, in milliseconds. */
  readonly milliseconds: number;
  /** The template as written to the cloud assembly. */
  readonly templateBytes: number;
  /** The resources the shared provider adds: those under its construct. */
  readonly providerResources: number;
  /** The handler role's policy documents, minified. */
  readonly handlerPolicyBytes: number;
}

/** The figures at one size: the medians of both apps, and the provider's share of ours. */
export interface SynthRow {
  readonly constructs: number;
  readonly oursMs: number;
  readonly l1Ms: number;
  readonly oursTemplateBytes: number;
  readonly l1TemplateBytes: number;
  readonly providerResources: number;
  readonly handlerPolicyBytes: number;
}

/** The synth time of apps of one SMS v2 type only, ours against L1s. */
export interface SingleTypeRow {
  readonly type: SingleType;
  readonly constructs: number;
  readonly oursMs: number;
  readonly l1Ms: number;
}

/** Synthesizes both apps at every size, `runs` times each after a warm-up, alternating. */
export function measureSynth(runs: number, sizes: readonly number[] = SYNTH_SIZES, log: (line: string) => void = () => undefined): SynthRow[] {
  return sizes.map(constructs => {
    const { ours, l1 } = sideBySide(runs, kind => outdir => smsApp(kind, constructs, outdir));
    const row: SynthRow = {
      constructs,
      oursMs: median(ours.map(s => s.milliseconds)),
      l1Ms: median(l1.map(s => s.milliseconds)),
      oursTemplateBytes: ours[0].templateBytes,
      l1TemplateBytes: l1[0].templateBytes,
      providerResources: ours[0].providerResources,
      handlerPolicyBytes: ours[0].handlerPolicyBytes,
    };
    log(`synth: ${constructs} constructs, ${row.oursMs.toFixed(1)} ms against ${row.l1Ms.toFixed(1)} ms for L1s`);
    return row;
  });
}

/** Synthesizes `constructs` SMS resources of each single type, both apps, as `measureSynth` does. */
export function measureSingleTypes(runs: number, constructs: number, log: (line: string) => void = () => undefined): SingleTypeRow[] {
  return SINGLE_TYPES.map(type => {
    const { ours, l1 } = sideBySide(runs, kind => outdir => singleTypeApp(kind, type, constructs, outdir));
    const row = { type, constructs, oursMs: median(ours.map(s => s.milliseconds)), l1Ms: median(l1.map(s => s.milliseconds)) };
    log(`synth: ${constructs} × ${type}, ${row.oursMs.toFixed(1)} ms against ${row.l1Ms.toFixed(1)} ms for L1s`);
    return row;
  });
}

/** Each kind's app synthesized once to warm up, then `runs` times, the two kinds in turn. */
function sideBySide(runs: number, appOf: (kind: AppKind) => (outdir: string) => App): { [kind in AppKind]: Synthesis[] } {
  const results: { [kind in AppKind]: Synthesis[] } = { ours: [], l1: [] };
  for (let run = -1; run < runs; run++) {
    for (const kind of ['ours', 'l1'] as const) {
      const synthesis = synthesize(appOf(kind));
      if (run >= 0) results[kind].push(synthesis);
    }
  }
  return results;
}

function synthesize(build: (outdir: string) => App): Synthesis {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-'));
  try {
    const start = process.hrtime.bigint();
    const stack = build(outdir).synth().getStackByName(STACK_NAME);
    const template = stack.template;
    const milliseconds = Number(process.hrtime.bigint() - start) / 1e6;
    return {
      milliseconds,
      templateBytes: fs.statSync(path.join(outdir, stack.templateFile)).size,
      providerResources: Object.keys(template.Resources).filter(id => id.startsWith(PROVIDER_ID)).length,
      handlerPolicyBytes: handlerPolicyBytes(template),
    };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

const PROVIDER_ID = 'SmsVoiceProvider';

/** The bytes of the handler role's policies (its own and the `AWS::IAM::Policy`s attached to it), minified. */
function handlerPolicyBytes(template: { Resources: { [id: string]: any } }): number {
  const resources = Object.entries(template.Resources);
  const role = resources.find(([id, r]) => id.startsWith(`${PROVIDER_ID}HandlerRole`) && r.Type === 'AWS::IAM::Role');
  if (!role) return 0;
  const [roleId, { Properties: roleProperties }] = role;
  const documents = [
    ...(roleProperties.Policies ?? []).map((p: any) => p.PolicyDocument),
    ...resources.map(([, r]) => r)
      .filter(r => r.Type === 'AWS::IAM::Policy' && (r.Properties.Roles ?? []).some((x: any) => x.Ref === roleId))
      .map(r => r.Properties.PolicyDocument),
  ];
  return documents.reduce((sum, document) => sum + Buffer.byteLength(JSON.stringify(document)), 0);
}

const ratio = (ours: number, l1: number) => `${(ours / l1).toFixed(1)}×`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The rows as a Markdown table, with the ratios ours/L1. */
export function synthTable(rows: readonly SynthRow[]): string {
  return [
    '| SMS resources | synth, ours | synth, L1 | ratio | template, ours | template, L1 | ratio | provider resources | handler role policy |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(r => `| ${r.constructs} | ${r.oursMs.toFixed(1)} ms | ${r.l1Ms.toFixed(1)} ms | ${ratio(r.oursMs, r.l1Ms)} `
      + `| ${kb(r.oursTemplateBytes)} | ${kb(r.l1TemplateBytes)} | ${ratio(r.oursTemplateBytes, r.l1TemplateBytes)} `
      + `| ${r.providerResources} | ${r.handlerPolicyBytes.toLocaleString('en-US')} B |`),
  ].join('\n');
}

/** The single-type rows as a Markdown table, with the ratios ours/L1. */
export function singleTypeTable(rows: readonly SingleTypeRow[]): string {
  return [
    '| type | SMS resources | synth, ours | synth, L1 | ratio |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(r => `| ${r.type} | ${r.constructs} | ${r.oursMs.toFixed(1)} ms | ${r.l1Ms.toFixed(1)} ms | ${ratio(r.oursMs, r.l1Ms)} |`),
  ].join('\n');
}

/** The figures that miss the target or IAM's limit, each with why. */
export function synthMisses(rows: readonly SynthRow[], singleTypes: readonly SingleTypeRow[] = []): string[] {
  const largest = rows[rows.length - 1];
  const misses: string[] = [];
  if (largest.oursMs / largest.l1Ms > MAX_SYNTH_RATIO) {
    misses.push(`Synth of ${largest.constructs} SMS resources takes ${ratio(largest.oursMs, largest.l1Ms)} the L1 app's (target ${MAX_SYNTH_RATIO}×):`
      + ' each construct also renders and validates its properties at synth, and the shared provider adds a fixed set of resources.');
  }
  for (const row of singleTypes.filter(r => r.oursMs / r.l1Ms > MAX_SYNTH_RATIO)) {
    misses.push(`Synth of ${row.constructs} ${row.type} constructs alone takes ${ratio(row.oursMs, row.l1Ms)} the L1s' (target ${MAX_SYNTH_RATIO}×):`
      + ' each is an L2 resource with a custom resource, its attributes and its properties rendered and validated at synth,'
      + ' against one bare CloudFormation resource.');
  }
  for (const row of rows.filter(r => r.handlerPolicyBytes >= INLINE_POLICIES_PER_ROLE)) {
    misses.push(`The handler role's policies reach ${row.handlerPolicyBytes} bytes at ${row.constructs} SMS resources, over IAM's ${INLINE_POLICIES_PER_ROLE} bytes per role.`);
  }
  return misses;
}

/** The benchmark section "Synth time and template size". */
export const synthBenchmark: Benchmark = async (options: BenchOptions): Promise<BenchSection> => {
  const rows = measureSynth(options.runs, SYNTH_SIZES, options.log);
  const largest = SYNTH_SIZES[SYNTH_SIZES.length - 1];
  const singleTypes = measureSingleTypes(options.runs, largest, options.log);
  return {
    title: 'Synth time and template size',
    reproduce: 'npm run bench -- --only synth',
    markdown: [
      'An app of this library\'s constructs against the same app of CloudFormation\'s `AWS::SMSVOICE::*` resources (L1s), in one'
        + ` process: \`new App()\` through the template, the median of ${options.runs} synths after a warm-up, the two apps in turn.`
        + ' The mix, for every five: an opt-out list, a phone number, a sender ID (every fifth shared through a resource policy),'
        + ' a pool of the two with two-way messaging, and a configuration set with a CloudWatch Logs destination; a protect'
        + ' configuration for every fifty. The installed aws-cdk-lib (2.189) has no `aws_smsvoice` module, so the L1s are'
        + ' `CfnResource`s of those types with the properties CloudFormation takes (a generated L1 would also validate them).'
        + ' The provider\'s resources and its handler role\'s policy (minified, as in the template, against IAM\'s'
        + ` ${INLINE_POLICIES_PER_ROLE.toLocaleString('en-US')} bytes per role) are those of our app.`,
      '',
      synthTable(rows),
      '',
      `The same at ${largest} SMS resources of one type each (configuration sets without event destinations, phone numbers`
        + ' without an opt-out list), without the roles and log groups the mixed app shares with its L1s: the cost of one construct.',
      '',
      singleTypeTable(singleTypes),
    ].join('\n'),
    missed: synthMisses(rows, singleTypes),
  };
};

if (require.main === module) {
  const runs = Number(process.argv[2] ?? 5);
  void synthBenchmark({ runs, log: line => process.stderr.write(`${line}\n`) }).then(section => {
    process.stdout.write(`${section.markdown}\n`);
    section.missed.forEach(miss => process.stdout.write(`missed: ${miss}\n`));
  });
}

// Runs a CDK app file (an example or an integ test app) in process, with the cdk-nag AwsSolutions
// pack added to every App it synthesizes, and collects what the pack reports.
//
// The apps build their own `new App()` and call `app.synth()` at the end, so the harness changes
// nothing in them. It loads the file in a fresh Jest module registry (`jest.isolateModules`), so
// that aws-cdk-lib, cdk-nag and the library are loaded anew for each run and the file's top-level
// code runs again. Within that registry, and only there, `Stage.prototype.synth` is wrapped: the
// first synth of a root App adds the given acknowledgements and the AwsSolutions aspect before
// synthesizing. Context goes in through CDK_CONTEXT_JSON and the output to a temporary
// CDK_OUTDIR, exactly as the cdk CLI passes them to an app.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Stage } from 'aws-cdk-lib';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type * as cdkNag from 'cdk-nag';

/** A finding that a test accepts, with the reason why, for constructs that are not the library's. */
export interface Acknowledgement {
  /** The construct path, or a pattern matching construct paths. */
  readonly path: string | RegExp;
  /** The rule, e.g. `AwsSolutions-SNS3`. */
  readonly id: string;
  readonly reason: string;
  /** Only these findings of the rule, e.g. `Policy::arn:<AWS::Partition>:iam::aws:policy/...`. */
  readonly appliesTo?: string[];
  /** Whether the acknowledgement covers every resource under the path. */
  readonly applyToChildren?: boolean;
}

export interface NagFinding {
  readonly ruleId: string;
  readonly level: string;
  readonly path: string;
  readonly findingId: string;
  readonly info: string;
}

export interface NagSuppressedFinding extends NagFinding {
  readonly reason: string;
}

export interface NagRun {
  /** Findings nobody acknowledged, errors and warnings alike. */
  readonly findings: NagFinding[];
  /** Findings that an acknowledgement covered, in the library or in the test. */
  readonly suppressed: NagSuppressedFinding[];
  /** Rules that threw while checking a resource. */
  readonly ruleErrors: string[];
  /** The given acknowledgements that covered nothing in this run. */
  readonly unusedAcknowledgements: Acknowledgement[];
  /** The synthesized templates, by stack artifact id. */
  readonly templates: Record<string, any>;
}

export interface RunOptions {
  /** Context, as `cdk -c key=value` would pass it. */
  readonly context?: Record<string, string>;
  readonly acknowledgements?: Acknowledgement[];
}

/**
 * Runs an app file with the AwsSolutions pack: the file's `app.synth()` adds the pack first.
 */
export function runAppWithNag(appFile: string, options: RunOptions = {}): NagRun {
  const collector = new NagCollector(options.acknowledgements ?? []);
  const apps: Stage[] = [];

  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'nag-'));
  const savedEnv = { CDK_CONTEXT_JSON: process.env.CDK_CONTEXT_JSON, CDK_OUTDIR: process.env.CDK_OUTDIR };
  process.env.CDK_CONTEXT_JSON = JSON.stringify(options.context ?? {});
  process.env.CDK_OUTDIR = outdir;
  try {
    jest.isolateModules(() => {
      // Loaded in the isolated registry, so these are the very modules the app file gets.
      /* eslint-disable @typescript-eslint/no-require-imports */
      const cdk: typeof import('aws-cdk-lib') = require('aws-cdk-lib');
      const nag: typeof cdkNag = require('cdk-nag');

      const synth = cdk.Stage.prototype.synth;
      cdk.Stage.prototype.synth = function (this: Stage, synthOptions) {
        if (this.node.scope === undefined && !apps.includes(this)) {
          apps.push(this);
          collector.prepare(this, cdk, nag);
        }
        return collector.collect(synth.call(this, synthOptions));
      };

      require(appFile);
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
  } finally {
    for (const [name, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    fs.rmSync(outdir, { recursive: true, force: true });
  }

  if (apps.length === 0) throw new Error(`${appFile} never synthesized an App: it must end with app.synth()`);
  return collector.result();
}

/**
 * Synthesizes an app built in the test itself, with the AwsSolutions pack.
 */
export function synthWithNag(app: Stage, acknowledgements: Acknowledgement[] = []): NagRun {
  const collector = new NagCollector(acknowledgements);
  /* eslint-disable @typescript-eslint/no-require-imports */
  collector.prepare(app, require('aws-cdk-lib'), require('cdk-nag'));
  /* eslint-enable @typescript-eslint/no-require-imports */
  collector.collect(app.synth());
  return collector.result();
}

class NagCollector {
  private readonly findings: NagFinding[] = [];
  private readonly suppressed: NagSuppressedFinding[] = [];
  private readonly ruleErrors: string[] = [];
  private readonly templates: Record<string, any> = {};

  constructor(private readonly acknowledgements: Acknowledgement[]) {}

  /** Adds the acknowledgements and the pack to an app that has not synthesized yet. */
  public prepare(app: Stage, cdk: typeof import('aws-cdk-lib'), nag: typeof cdkNag): void {
    const constructs = app.node.findAll();
    for (const ack of this.acknowledgements) {
      const targets = constructs.filter(c => matchesPath(ack.path, c.node.path));
      if (targets.length === 0) continue; // reported as unused, unless another run of the app uses it
      nag.NagSuppressions.addResourceSuppressions(targets, [{ id: ack.id, reason: ack.reason, appliesTo: ack.appliesTo }],
        ack.applyToChildren ?? false);
    }
    cdk.Aspects.of(app).add(new nag.AwsSolutionsChecks({ reports: false, additionalLoggers: [this.logger()] }));
  }

  public collect(assembly: CloudAssembly): CloudAssembly {
    for (const stack of assembly.stacks) this.templates[stack.id] = stack.template;
    return assembly;
  }

  public result(): NagRun {
    const unusedAcknowledgements = this.acknowledgements.filter(ack => !this.suppressed.some(s =>
      s.ruleId === ack.id && ownReason(s) === ack.reason && ancestry(s.path).some(p => matchesPath(ack.path, p))));
    return {
      findings: this.findings,
      suppressed: this.suppressed,
      ruleErrors: this.ruleErrors,
      unusedAcknowledgements,
      templates: this.templates,
    };
  }

  private logger(): cdkNag.INagLogger {
    const describe = (data: cdkNag.NagLoggerBaseData & { findingId?: string }): NagFinding => ({
      ruleId: data.ruleId,
      level: data.ruleLevel,
      path: data.resource.node.path,
      findingId: data.findingId ?? '',
      info: data.ruleInfo,
    });
    return {
      onCompliance: () => {},
      onNotApplicable: () => {},
      onNonCompliance: data => { this.findings.push(describe(data)); },
      onSuppressed: data => { this.suppressed.push({ ...describe(data), reason: data.suppressionReason }); },
      onError: data => { this.ruleErrors.push(`${data.ruleId} on ${data.resource.node.path}: ${data.errorMessage}`); },
      onSuppressedError: () => {},
    };
  }
}

/** cdk-nag reports the reason of a suppression with `appliesTo` as `[<finding id>] <reason>`. */
function ownReason(s: NagSuppressedFinding): string {
  const prefix = `[${s.findingId}] `;
  return s.findingId && s.reason.startsWith(prefix) ? s.reason.slice(prefix.length) : s.reason;
}

function matchesPath(pattern: string | RegExp, constructPath: string): boolean {
  return pattern instanceof RegExp ? pattern.test(constructPath) : constructPath === pattern;
}

/** A path and the paths of its ancestors: `a/b/c`, `a/b`, `a`. */
function ancestry(constructPath: string): string[] {
  const parts = constructPath.split('/');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'));
}

/** One line per finding, for readable test failures. */
export function formatFinding(f: NagFinding): string {
  return `${f.ruleId} [${f.level}] ${f.path}${f.findingId ? ` (${f.findingId})` : ''}: ${f.info}`;
}

/** The templates' resources of a type, over every stack of a run. */
export function resourcesOfType(run: NagRun, type: string): any[] {
  return Object.values(run.templates).flatMap(t => Object.values(t.Resources ?? {}) as any[]).filter(r => r.Type === type);
}

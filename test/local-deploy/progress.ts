import { TemplateResource } from './template';

/** Where the runner writes its progress and summary: process.stdout, or a buffer in tests. */
export interface OutputStream {
  write(text: string): unknown;
}

export type ResourceStatus =
  | 'CREATE_IN_PROGRESS' | 'UPDATE_IN_PROGRESS' | 'DELETE_IN_PROGRESS'
  | 'CREATE_COMPLETE' | 'CREATE_FAILED'
  | 'UPDATE_COMPLETE' | 'UPDATE_FAILED'
  | 'DELETE_COMPLETE' | 'DELETE_FAILED' | 'DELETE_SKIPPED';

export interface ResourceProgress {
  readonly status: ResourceStatus;
  readonly logicalId: string;
  readonly definition: TemplateResource;
  readonly physicalId?: string;
  /** Shown after the physical id: why it failed, or what it replaced. */
  readonly note?: string;
  readonly elapsedMs: number;
}

const STACK_TYPE = 'AWS::CloudFormation::Stack';
const STATUS_WIDTH = 20;

/**
 * One line per resource and phase, as `cdk deploy` prints them:
 * `Stack | 3/28 | 12:01:02 | CREATE_COMPLETE      | Custom::SmsVoiceConfigurationSet | Transactional (arn:...) 1.2s`.
 */
export class Progress {
  private done = 0;

  constructor(
    private readonly output: OutputStream,
    private readonly stackName: string,
    private readonly total: number,
    private readonly typeWidth: number,
  ) {}

  resource(event: ResourceProgress): void {
    if (!event.status.endsWith('_IN_PROGRESS')) this.done++;
    const physicalId = event.physicalId !== undefined ? ` (${event.physicalId})` : '';
    const note = event.note !== undefined ? ` ${event.note}` : '';
    this.line(event.status, event.definition.Type, `${labelOf(event.logicalId, event.definition, this.stackName)}${physicalId}${note}`, event.elapsedMs);
  }

  stack(status: string, elapsedMs?: number): void {
    this.line(status, STACK_TYPE, this.stackName, elapsedMs);
  }

  private line(status: string, type: string, text: string, elapsedMs?: number): void {
    const time = new Date().toTimeString().slice(0, 8);
    const elapsed = elapsedMs !== undefined ? ` ${seconds(elapsedMs)}` : '';
    this.output.write(`${this.stackName} | ${this.done}/${this.total} | ${time} | ${status.padEnd(STATUS_WIDTH)} | `
      + `${type.padEnd(this.typeWidth)} | ${text}${elapsed}\n`);
  }
}

/** The width that lines up the type column of a template's resources. */
export function typeColumnWidth(resources: readonly TemplateResource[]): number {
  return Math.max(STACK_TYPE.length, ...resources.map(resource => resource.Type.length));
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/**
 * The construct path without the stack and the `Resource`/`Default` leaf that CDK adds
 * (`Stack/Transactional/Resource/Default` → `Transactional`); the logical id without CDK metadata.
 */
export function labelOf(logicalId: string, definition: TemplateResource, stackName: string): string {
  const cdkPath = definition.Metadata?.['aws:cdk:path'];
  if (typeof cdkPath !== 'string') return logicalId;
  const parts = cdkPath.split('/');
  if (parts[0] === stackName) parts.shift();
  while (parts.length > 1 && ['Resource', 'Default'].includes(parts[parts.length - 1])) parts.pop();
  return parts.join('/') || logicalId;
}

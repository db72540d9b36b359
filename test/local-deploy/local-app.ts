import { LocalStack, LocalStackOptions } from './local-stack';
import { OperationResult } from './operation';
import { StackTemplate } from './template';

/**
 * The stacks of one app, deployed locally: each version's stacks are created or updated in the
 * order the assembly lists them, and stacks a version no longer has are destroyed, last first.
 */
export class LocalApp {
  private readonly stacks = new Map<string, LocalStack>();

  constructor(private readonly options: Omit<LocalStackOptions, 'stackName'>) {}

  /** The stacks that exist now, in the order they were first deployed. */
  get deployedStacks(): LocalStack[] {
    return [...this.stacks.values()].filter(stack => stack.stackStatus !== undefined && stack.stackStatus !== 'DELETE_COMPLETE');
  }

  async deploy(version: readonly StackTemplate[]): Promise<OperationResult[]> {
    const results: OperationResult[] = [];
    for (const { stackName, template } of version) {
      if (!this.stacks.has(stackName)) this.stacks.set(stackName, new LocalStack({ ...this.options, stackName }));
      results.push(await this.stacks.get(stackName)!.deploy(template));
    }
    const names = new Set(version.map(stack => stack.stackName));
    for (const stack of this.deployedStacks.filter(s => !names.has(s.stackName)).reverse()) results.push(await stack.destroy());
    return results;
  }

  async destroy(): Promise<OperationResult[]> {
    const results: OperationResult[] = [];
    for (const stack of this.deployedStacks.reverse()) results.push(await stack.destroy());
    return results;
  }
}

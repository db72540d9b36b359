import { synthesizeApp, SynthesizeOptions } from './synthesize';
import { readStacks, StackTemplate } from './template';

/**
 * The stacks of `source`: a CDK app entry file (`.ts`), synthesized in process with `options`; a
 * cloud assembly directory; or a template file.
 */
export async function loadStacks(source: string, options: SynthesizeOptions = {}): Promise<StackTemplate[]> {
  return source.endsWith('.ts') ? synthesizeApp(source, options) : readStacks(source);
}

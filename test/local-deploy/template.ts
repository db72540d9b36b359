import * as fs from 'fs';
import * as path from 'path';

/** The parts of a CloudFormation template that the runner reads. */
export interface Template {
  readonly Resources: { readonly [logicalId: string]: TemplateResource };
  readonly Parameters?: { readonly [name: string]: TemplateParameter };
  readonly Mappings?: { readonly [map: string]: { readonly [topKey: string]: { readonly [secondKey: string]: unknown } } };
  readonly Conditions?: { readonly [name: string]: unknown };
  readonly Outputs?: { readonly [name: string]: { readonly Value: unknown; readonly Condition?: string } };
}

export interface TemplateResource {
  readonly Type: string;
  readonly Properties?: { readonly [name: string]: unknown };
  readonly DependsOn?: string | readonly string[];
  readonly Condition?: string;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
  readonly Metadata?: { readonly [key: string]: unknown };
}

export interface TemplateParameter {
  readonly Type: string;
  readonly Default?: unknown;
}

/** One stack of a cloud assembly, or a template read from a file. */
export interface StackTemplate {
  readonly stackName: string;
  readonly template: Template;
}

/**
 * The stacks of `source`: a template file (the stack is named after the file, without
 * `.template.json`), or a cloud assembly directory (its stacks, in the manifest's order).
 */
export function readStacks(source: string): StackTemplate[] {
  return fs.statSync(source).isDirectory() ? readCloudAssembly(source) : [readTemplateFile(source)];
}

export function readTemplateFile(file: string, stackName = path.basename(file).replace(/(\.template)?\.json$/, '')): StackTemplate {
  return { stackName, template: JSON.parse(fs.readFileSync(file, 'utf8')) as Template };
}

interface AssemblyManifest {
  readonly artifacts?: {
    readonly [id: string]: {
      readonly type: string;
      readonly displayName?: string;
      readonly properties?: { readonly templateFile?: string; readonly stackName?: string; readonly directoryName?: string };
    };
  };
}

/** The stacks of a cloud assembly (`cdk.out`), as its manifest lists them, those of its Stages' nested assemblies included. */
export function readCloudAssembly(directory: string): StackTemplate[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'manifest.json'), 'utf8')) as AssemblyManifest;
  return Object.entries(manifest.artifacts ?? {}).flatMap(([id, artifact]) => {
    if (artifact.type === 'cdk:cloud-assembly') return readCloudAssembly(path.join(directory, artifact.properties?.directoryName ?? id));
    if (artifact.type !== 'aws:cloudformation:stack') return [];
    return [readTemplateFile(path.join(directory, artifact.properties?.templateFile ?? `${id}.template.json`), artifact.properties?.stackName ?? id)];
  });
}

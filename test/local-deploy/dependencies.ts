import { intrinsicOf, TemplateError } from './intrinsics';
import { Template, TemplateResource } from './template';

/** A reference from a value to a name: `Ref` (no attribute) or `Fn::GetAtt`. Fn::Sub's `${...}` count too. */
export interface Reference {
  readonly name: string;
  readonly attribute?: string;
}

/** Every Ref, Fn::GetAtt and Fn::Sub reference in `value`, whatever it names (resources, parameters...). */
export function referencesIn(value: unknown): Reference[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  const intrinsic = intrinsicOf(value);
  if (!intrinsic) return Object.values(value).flatMap(referencesIn);
  const { name, argument } = intrinsic;
  if (name === 'Ref' && typeof argument === 'string') return [{ name: argument }];
  if (name === 'Fn::GetAtt') {
    const [logicalId, attribute] = typeof argument === 'string' ? argument.split(/\.(.*)/s) : argument as unknown[];
    return [
      ...typeof logicalId === 'string' ? [{ name: logicalId, ...typeof attribute === 'string' ? { attribute } : {} }] : [],
      ...referencesIn(attribute),
    ];
  }
  if (name === 'Fn::Sub') {
    const [text, variables] = typeof argument === 'string' ? [argument, {}] : argument as [unknown, Record<string, unknown>];
    return [...subReferences(text, Object.keys(variables ?? {})), ...referencesIn(variables)];
  }
  return referencesIn(argument);
}

function subReferences(text: unknown, variables: readonly string[]): Reference[] {
  if (typeof text !== 'string') return [];
  return [...text.matchAll(/\$\{([^}!][^}]*)\}/g)]
    .map(match => match[1].trim())
    .filter(name => !variables.includes(name))
    .map(name => {
      const [logicalId, attribute] = name.split(/\.(.*)/s);
      return attribute !== undefined ? { name: logicalId, attribute } : { name };
    });
}

/** The resources of `template` that `resource` needs first: those it references, and its DependsOn. */
export function dependenciesOf(resource: TemplateResource, template: Template): Set<string> {
  const dependsOn = resource.DependsOn === undefined ? [] : [resource.DependsOn].flat();
  for (const name of dependsOn) {
    if (!template.Resources[name]) throw new TemplateError(`DependsOn: ${name} is not a resource of the template`);
  }
  const referenced = referencesIn(resource.Properties ?? {}).map(reference => reference.name).filter(name => template.Resources[name]);
  return new Set([...dependsOn, ...referenced]);
}

/** The attributes the template reads with Fn::GetAtt (resources and outputs), by logical id. */
export function attributesRead(template: Template): Map<string, Set<string>> {
  const read = new Map<string, Set<string>>();
  const everything = [...Object.values(template.Resources).map(r => r.Properties ?? {}), ...Object.values(template.Outputs ?? {})];
  for (const { name, attribute } of referencesIn(everything)) {
    if (attribute === undefined || !template.Resources[name]) continue;
    read.set(name, new Set([...read.get(name) ?? [], attribute]));
  }
  return read;
}

/**
 * The logical ids of `template` that `include` accepts, each after everything it depends on. Among
 * resources that are ready together, the template's order is kept. A cycle is an error, as it is
 * for CloudFormation.
 */
export function deploymentOrder(template: Template, include: (logicalId: string) => boolean = () => true): string[] {
  const ids = Object.keys(template.Resources).filter(include);
  const pending = new Map(ids.map(id => [id, [...dependenciesOf(template.Resources[id], template)].filter(d => ids.includes(d))]));
  const order: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending.keys()].find(id => pending.get(id)!.every(dependency => !pending.has(dependency)));
    if (ready === undefined) {
      throw new TemplateError(`Circular dependency between resources: ${[...pending.keys()].join(', ')}`);
    }
    order.push(ready);
    pending.delete(ready);
  }
  return order;
}

/** For each resource of `template`, the resources that depend on it: what must be gone before it is deleted. */
export function dependentsOf(template: Template): (logicalId: string) => Set<string> {
  const dependents = new Map<string, Set<string>>();
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    for (const dependency of dependenciesOf(resource, template)) {
      dependents.set(dependency, new Set([...dependents.get(dependency) ?? [], logicalId]));
    }
  }
  return logicalId => dependents.get(logicalId) ?? new Set();
}

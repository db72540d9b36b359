import { pseudoParameter, StackIdentity } from './stack-identity';
import { Template } from './template';

/** What the resolver asks of the stack's resources. */
export interface ResourceAttributes {
  /** The physical id of a deployed resource: what `Ref` gives. */
  ref(logicalId: string): string;
  /** What `Fn::GetAtt` gives: for a custom resource, a key of the `Data` it returned. */
  getAtt(logicalId: string, attribute: string): unknown;
}

export interface ResolverContext {
  readonly template: Template;
  readonly stack: StackIdentity;
  readonly resources: ResourceAttributes;
  /** Parameter values; a parameter left out takes its Default. */
  readonly parameters?: { readonly [name: string]: unknown };
}

/** A template that uses something the runner cannot resolve, or resolves to nothing. */
export class TemplateError extends Error {
  readonly name = 'TemplateError';
}

const NO_VALUE = Symbol('AWS::NoValue');

/**
 * Resolves intrinsic functions and conditions as CloudFormation does: Ref (resources, parameters,
 * pseudo parameters), Fn::GetAtt, Fn::Join, Fn::Sub, Fn::Select, Fn::Split, Fn::FindInMap, Fn::If,
 * Fn::Base64, Fn::GetAZs, and the condition functions. `Ref: AWS::NoValue` removes the property.
 */
export class IntrinsicResolver {
  constructor(private readonly context: ResolverContext) {}

  resolve(value: unknown): unknown {
    const resolved = this.value(value);
    return resolved === NO_VALUE ? undefined : resolved;
  }

  /** Whether the named condition of the template holds. */
  condition(name: string): boolean {
    const expression = this.context.template.Conditions?.[name];
    if (expression === undefined) throw new TemplateError(`Unknown condition ${name}`);
    return this.conditionValue(expression);
  }

  private value(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(v => this.value(v)).filter(v => v !== NO_VALUE);
    if (typeof value !== 'object' || value === null) return value;
    const intrinsic = intrinsicOf(value);
    if (intrinsic) return this.intrinsic(intrinsic.name, intrinsic.argument);
    return Object.fromEntries(Object.entries(value)
      .map(([key, v]) => [key, this.value(v)] as const)
      .filter(([, v]) => v !== NO_VALUE));
  }

  private intrinsic(name: string, argument: unknown): unknown {
    switch (name) {
      case 'Ref': return this.ref(this.string(argument, name));
      case 'Fn::GetAtt': return this.getAtt(argument);
      case 'Fn::Join': {
        const [delimiter, list] = this.list(argument, name, 2);
        return this.resolvedList(list, name).map(v => this.scalar(v, name)).join(this.string(delimiter, name));
      }
      case 'Fn::Sub': return this.sub(argument);
      case 'Fn::Select': {
        const [index, list] = this.list(argument, name, 2);
        const items = this.resolvedList(list, name);
        const position = Number(this.value(index));
        if (!Number.isInteger(position) || position < 0 || position >= items.length) {
          throw new TemplateError(`Fn::Select index ${String(index)} is out of range for a list of ${items.length}`);
        }
        return items[position];
      }
      case 'Fn::Split': {
        const [delimiter, source] = this.list(argument, name, 2);
        return this.string(this.value(source), name).split(this.string(delimiter, name));
      }
      case 'Fn::FindInMap': return this.findInMap(argument);
      case 'Fn::If': {
        const [condition, whenTrue, whenFalse] = this.list(argument, name, 3);
        return this.value(this.condition(this.string(condition, name)) ? whenTrue : whenFalse);
      }
      case 'Fn::Base64': return Buffer.from(this.string(this.value(argument), name)).toString('base64');
      case 'Fn::GetAZs': return ['a', 'b', 'c'].map(zone => `${this.context.stack.region}${zone}`);
      default: throw new TemplateError(`The runner does not resolve ${name}`);
    }
  }

  private ref(name: string): unknown {
    if (name === 'AWS::NoValue') return NO_VALUE;
    const pseudo = pseudoParameter(name, this.context.stack);
    if (pseudo !== undefined) return pseudo;
    const parameter = this.context.template.Parameters?.[name];
    if (parameter) {
      const value = this.context.parameters?.[name] ?? parameter.Default;
      if (value === undefined) throw new TemplateError(`Parameter ${name} has no value and no Default`);
      return value;
    }
    this.requireResource(name, 'Ref');
    return this.context.resources.ref(name);
  }

  private getAtt(argument: unknown): unknown {
    const [logicalId, attribute] = typeof argument === 'string'
      ? splitOnce(argument, '.')
      : this.list(argument, 'Fn::GetAtt', 2).map(part => this.string(this.value(part), 'Fn::GetAtt'));
    this.requireResource(logicalId, 'Fn::GetAtt');
    return this.context.resources.getAtt(logicalId, attribute);
  }

  private sub(argument: unknown): string {
    const [text, variables] = typeof argument === 'string' ? [argument, {}] : this.list(argument, 'Fn::Sub', 2);
    const values = this.value(variables) as { readonly [name: string]: unknown };
    return this.string(text, 'Fn::Sub').replace(/\$\{([^}]*)\}/g, (_match, content: string) => {
      const name = content.trim();
      if (name.startsWith('!')) return `\${${name.slice(1)}}`;
      if (name in values) return this.scalar(values[name], 'Fn::Sub');
      return this.scalar(name.includes('.') ? this.getAtt(name) : this.ref(name), 'Fn::Sub');
    });
  }

  private findInMap(argument: unknown): unknown {
    const [map, top, second] = this.list(argument, 'Fn::FindInMap', 3).map(key => this.string(this.value(key), 'Fn::FindInMap'));
    const value = this.context.template.Mappings?.[map]?.[top]?.[second];
    if (value === undefined) throw new TemplateError(`Fn::FindInMap: ${map}.${top}.${second} is not in the template's Mappings`);
    return value;
  }

  private conditionValue(expression: unknown): boolean {
    const intrinsic = typeof expression === 'object' && expression !== null && !Array.isArray(expression)
      ? Object.entries(expression)
      : [];
    if (intrinsic.length !== 1) throw new TemplateError(`Not a condition: ${JSON.stringify(expression)}`);
    const [[name, argument]] = intrinsic;
    switch (name) {
      case 'Condition': return this.condition(this.string(argument, name));
      case 'Fn::Equals': {
        const [left, right] = this.list(argument, name, 2).map(v => JSON.stringify(this.value(v)));
        return left === right;
      }
      case 'Fn::Not': return !this.conditionValue(this.list(argument, name, 1)[0]);
      case 'Fn::And': return this.list(argument, name).every(c => this.conditionValue(c));
      case 'Fn::Or': return this.list(argument, name).some(c => this.conditionValue(c));
      default: throw new TemplateError(`Not a condition function: ${name}`);
    }
  }

  private requireResource(logicalId: string, intrinsic: string): void {
    const resource = this.context.template.Resources[logicalId];
    if (!resource) throw new TemplateError(`${intrinsic}: ${logicalId} is not a resource, parameter or pseudo parameter of the template`);
    if (resource.Condition !== undefined && !this.condition(resource.Condition)) {
      throw new TemplateError(`${intrinsic}: ${logicalId} is not created (its condition ${resource.Condition} is false)`);
    }
  }

  private resolvedList(value: unknown, intrinsic: string): unknown[] {
    const resolved = this.value(value);
    if (!Array.isArray(resolved)) throw new TemplateError(`${intrinsic} needs a list, got ${JSON.stringify(resolved)}`);
    return resolved;
  }

  private list(value: unknown, intrinsic: string, length?: number): unknown[] {
    if (!Array.isArray(value) || (length !== undefined && value.length !== length)) {
      throw new TemplateError(`${intrinsic} needs a list${length !== undefined ? ` of ${length}` : ''}, got ${JSON.stringify(value)}`);
    }
    return value;
  }

  private string(value: unknown, intrinsic: string): string {
    if (typeof value !== 'string') throw new TemplateError(`${intrinsic} needs a string, got ${JSON.stringify(value)}`);
    return value;
  }

  private scalar(value: unknown, intrinsic: string): string {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw new TemplateError(`${intrinsic} needs strings, got ${JSON.stringify(value)}`);
  }
}

/** `{ Ref: x }` or `{ 'Fn::Name': x }`: an object with exactly that one key. */
export function intrinsicOf(value: object): { readonly name: string; readonly argument: unknown } | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1 || (keys[0] !== 'Ref' && !keys[0].startsWith('Fn::'))) return undefined;
  return { name: keys[0], argument: (value as Record<string, unknown>)[keys[0]] };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  if (at < 0) throw new TemplateError(`Fn::GetAtt needs "LogicalId.Attribute", got ${JSON.stringify(text)}`);
  return [text.slice(0, at), text.slice(at + 1)];
}

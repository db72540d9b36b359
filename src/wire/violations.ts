import { patternInWords } from './pattern-words';
import { quote } from './quote';
import { SHAPES, ShapeConstraint, ShapeName } from './service-constraints';

/** Tells whether a value is a deploy-time token; such values are never checked at synth. */
export type IsUnresolved = (value: unknown) => boolean;

const neverUnresolved: IsUnresolved = () => false;

/**
 * Collects every rule violation of one resource's properties, so they can be reported at once.
 *
 * The construct (at synth time, skipping tokens) and the handler (after decoding) run the same
 * rules, so both give the same messages.
 */
export class Violations {
  private readonly messages: string[] = [];

  constructor(private readonly isUnresolved: IsUnresolved = neverUnresolved) {}

  /** Checks a string against a service-model shape: length, pattern and allowed values. */
  shape(property: string, value: string | undefined, shapeName: ShapeName): this {
    if (value === undefined || this.isUnresolved(value)) return this;
    const shape = constraint(shapeName);
    // One message per mistake: a value of the wrong length often fails the pattern too.
    if (shape.min !== undefined && value.length < shape.min || shape.max !== undefined && value.length > shape.max) {
      this.add(property, value, `must be ${lengthRange(shape)} characters long, but is ${value.length}`);
    } else if (shape.enum && !shape.enum.includes(value)) {
      this.add(property, value, `must be one of ${shape.enum.join(', ')}`);
    } else if (shape.pattern !== undefined && !fullMatch(shape.pattern, value)) {
      this.add(property, value, patternInWords(shape.pattern));
    }
    return this;
  }

  /** Checks the number of items of a list against a service-model list shape. */
  count(property: string, items: readonly unknown[] | undefined, shapeName: ShapeName): this {
    if (items === undefined || this.isUnresolved(items)) return this;
    const shape = constraint(shapeName);
    if (shape.min !== undefined && items.length < shape.min || shape.max !== undefined && items.length > shape.max) {
      this.messages.push(`${property}: must have ${lengthRange(shape)} items, but has ${items.length}`);
    }
    return this;
  }

  /** Records a violation unless `ok` holds; `rule` says what is allowed. */
  require(property: string, value: unknown, ok: boolean, rule: string): this {
    if (!ok && !this.isUnresolved(value)) this.add(property, value, rule);
    return this;
  }

  /** Every unique value of `values` appears once. */
  unique(property: string, values: readonly string[]): this {
    const seen = new Set<string>();
    for (const value of values) {
      if (this.isUnresolved(value)) continue;
      if (seen.has(value)) this.add(property, value, 'must be unique, but appears more than once');
      seen.add(value);
    }
    return this;
  }

  /** Records a violation when none of `properties` is declared (all their `values` are undefined). */
  atLeastOne(properties: readonly string[], values: readonly unknown[]): this {
    if (values.every(value => value === undefined)) {
      this.messages.push(`at least one of ${properties.slice(0, -1).join(', ')} and ${properties[properties.length - 1]} must be set`);
    }
    return this;
  }

  get all(): readonly string[] {
    return this.messages;
  }

  /** Throws one error that lists every violation, if there is any. */
  throwIfAny(subject: string): void {
    if (this.messages.length === 0) return;
    throw new Error(`Invalid ${subject}:\n${this.messages.map(m => `  - ${m}`).join('\n')}`);
  }

  private add(property: string, value: unknown, rule: string): void {
    this.messages.push(`${property}: ${quote(value)} ${rule}`);
  }
}

function constraint(shapeName: ShapeName): ShapeConstraint {
  const shape: ShapeConstraint | undefined = SHAPES[shapeName];
  if (!shape) throw new Error(`unknown service-model shape ${shapeName}`);
  return shape;
}

function lengthRange(shape: ShapeConstraint): string {
  if (shape.min === shape.max) return `exactly ${shape.min}`;
  if (shape.max === undefined) return `at least ${shape.min}`;
  return `${shape.min ?? 0} to ${shape.max}`;
}

function fullMatch(pattern: string, value: string): boolean {
  return new RegExp(`^(?:${pattern})$`, 'u').test(value);
}

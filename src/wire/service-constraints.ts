import { shapes } from './service-constraints.generated.json';

/** A scalar or list shape of the service model, with the constraints the service enforces. */
export interface ShapeConstraint {
  readonly type: string;
  /** Minimum length (strings, lists) or value (numbers). */
  readonly min?: number;
  /** Maximum length (strings, lists) or value (numbers). */
  readonly max?: number;
  /** A regular expression the whole value must match (compile with the `u` flag). */
  readonly pattern?: string;
  readonly enum?: readonly string[];
  /** For lists: the member shape. */
  readonly member?: string;
}

/**
 * The service-model shapes the wire's rules name. The generated table holds only those (the
 * handler bundle carries it), so naming any other shape is a compile error until
 * `npx projen generate:model` adds it.
 */
export type ShapeName = keyof typeof shapes;

/**
 * The constraints of the scalar and list shapes the wire's rules name, generated from the service
 * model (`npx projen generate:model`). The emulator has every shape: test/emulator/generated.
 */
export const SHAPES: { readonly [S in ShapeName]: ShapeConstraint } = shapes;

import { referenceActions, shapes } from './service-constraints.generated.json';

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

/** The API actions in scope: those the API reference documents. */
export const REFERENCE_ACTIONS: readonly string[] = referenceActions;

/** The constraints of every scalar and list shape the in-scope actions reach, generated from the service model (`npx projen generate:model`). */
export const SHAPES: { readonly [shape: string]: ShapeConstraint } = shapes;

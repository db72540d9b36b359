/**
 * Generates the service constraints that synth-time validation and the handler share, and the
 * model the emulator validates requests with, from the service model vendored in model/ (botocore's
 * pinpoint-sms-voice-v2 model), the list of in-scope actions beside it
 * (model/reference-actions.txt: the actions the API reference lists) and, for which shapes the
 * wire's table holds, src/wire's sources.
 *
 *   npx projen generate:model
 *   npx ts-node --project projenrc/tsconfig.json projenrc/generate-service-model.ts [--reference <api-reference.txt>]
 *
 * With --reference, it first derives the action list again from the API reference as text, and
 * rewrites model/reference-actions.txt. It writes the files of GENERATED_FILES:
 * - constraints: the wire's constraint table, which src/wire/service-constraints.ts types (SHAPES,
 *   ShapeName) and the handler bundle carries: only the scalar and list shapes that src/wire's
 *   hand-written sources name (a quoted shape name, or SHAPES.Name), so the bundle holds no more
 *   than its validators read. It is derived from those sources, so it follows them; and a
 *   validator that names a shape the table lacks does not compile until it is regenerated.
 * - operations: the emulator's model-driven request validation: each operation's input and
 *   output shape, structures with their required members, maps, and the constraints of every
 *   scalar and list shape the in-scope actions reach (SHAPES). Its OPERATIONS are the actions in
 *   scope.
 *
 * The output is committed, and test/generated-files.test.ts checks that it is what this makes.
 */
import * as fs from 'fs';
import * as path from 'path';

interface ModelMember {
  readonly shape: string;
  readonly idempotencyToken?: boolean;
}

interface ModelShape {
  readonly type: string;
  readonly required?: string[];
  readonly union?: boolean;
  readonly exception?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly enum?: string[];
  readonly member?: { readonly shape: string };
  readonly members?: Record<string, ModelMember>;
  readonly key?: { readonly shape: string };
  readonly value?: { readonly shape: string };
}

interface ServiceModel {
  readonly operations: Record<string, { readonly input?: { shape: string }; readonly output?: { shape: string } }>;
  readonly shapes: Record<string, ModelShape>;
}

const SCALAR_TYPES = new Set(['string', 'integer', 'long', 'double', 'boolean', 'timestamp', 'blob']);

/** The files this generates, relative to the repository root (with `/`). */
export const GENERATED_FILES = {
  constraints: 'src/wire/service-constraints.generated.json',
  operations: 'test/emulator/generated/operations.generated.ts',
} as const;

/** The folder whose sources name the shapes the wire's table holds. */
const WIRE_DIR = 'src/wire';

/** What it reads, relative to the repository root (and the sources of WIRE_DIR). */
export const MODEL_FILES = {
  /** botocore's service model. */
  serviceModel: 'model/pinpoint-sms-voice-v2.service-2.json',
  /** The actions in scope, one a line, in the API reference's order: derived with --reference. */
  actions: 'model/reference-actions.txt',
} as const;

/** The API reference (API version 2022-03-31) documents 91 actions. */
const REFERENCE_ACTION_COUNT = 91;

/** The actions the API reference lists: "• Name" lines under its "Actions" heading. */
export function referenceActions(referenceText: string): string[] {
  const start = referenceText.indexOf('The following actions are supported:');
  const section = referenceText.slice(start, referenceText.indexOf('Request Syntax', start));
  return [...section.matchAll(/^\s*•\s+([A-Za-z]+)\s*$/gm)].map(m => m[1]);
}

const ACTION_LIST_HEADER = [
  '# The actions that the AWS End User Messaging SMS v2 API reference (API version 2022-03-31) lists:',
  '# the project\'s scope. Derived from the reference by',
  '#   npx ts-node --project projenrc/tsconfig.json projenrc/generate-service-model.ts --reference <api-reference.txt>',
  '# Do not edit by hand.',
];

/** model/reference-actions.txt's text for `actions`. */
export function renderActionList(actions: readonly string[]): string {
  return [...ACTION_LIST_HEADER, ...actions, ''].join('\n');
}

/** The actions of model/reference-actions.txt: its lines, less comments and blank lines. */
export function parseActionList(text: string): string[] {
  return text.split('\n').map(line => line.trim()).filter(line => line !== '' && !line.startsWith('#'));
}

/** Every shape reachable from the given operations' inputs and outputs. */
export function reachableShapes(model: ServiceModel, operations: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string | undefined) => {
    if (!name || seen.has(name)) return;
    seen.add(name);
    const shape = model.shapes[name];
    visit(shape.member?.shape);
    visit(shape.key?.shape);
    visit(shape.value?.shape);
    Object.values(shape.members ?? {}).forEach(m => visit(m.shape));
  };
  for (const op of operations) {
    const operation = model.operations[op];
    if (!operation) throw new Error(`the reference lists ${op}, which the service model does not have`);
    visit(operation.input?.shape);
    visit(operation.output?.shape);
  }
  return seen;
}

function constraintOf(shape: ModelShape): Record<string, unknown> {
  const c: Record<string, unknown> = { type: shape.type };
  if (shape.min !== undefined) c.min = shape.min;
  if (shape.max !== undefined) c.max = shape.max;
  if (shape.pattern !== undefined) {
    new RegExp(shape.pattern, 'u'); // every model pattern must compile in JavaScript
    c.pattern = shape.pattern;
  }
  if (shape.enum) c.enum = shape.enum;
  if (shape.member) c.member = shape.member.shape;
  return c;
}

/** The scalar and list shapes the given operations reach: those that carry constraints, sorted. */
export function constraintShapes(model: ServiceModel, operations: readonly string[]): string[] {
  return [...reachableShapes(model, operations)]
    .filter(n => SCALAR_TYPES.has(model.shapes[n].type) || model.shapes[n].type === 'list')
    .sort();
}

/**
 * The shapes among `candidates` that the wire's sources name: as a string literal (`'MessageType'`,
 * as `Violations.shape` and `count` take them) or as `SHAPES.Name`. A literal that names a shape
 * for another reason (an attribute named like one) only adds that shape; a shape named any other
 * way is a compile error, as `ShapeName` is the keys of the generated table.
 */
export function shapesNamedIn(sources: readonly string[], candidates: readonly string[]): string[] {
  const known = new Set(candidates);
  const named = new Set<string>();
  for (const source of sources) {
    for (const m of source.matchAll(/(['"`])([A-Za-z][A-Za-z0-9]*)\1|\bSHAPES\.([A-Za-z][A-Za-z0-9]*)/g)) {
      const name = m[2] ?? m[3];
      if (known.has(name)) named.add(name);
    }
  }
  return [...named].sort();
}

/** The wire's constraint table: the given shapes' constraints, as JSON. */
export function renderConstraints(model: ServiceModel, names: readonly string[]): string {
  // One shape a line, so that a change of the model reads as a diff of the shapes it changed.
  const shapes = [...names].sort().map((n, index) => `    ${JSON.stringify(n)}: ${JSON.stringify(constraintOf(model.shapes[n]))}${index < names.length - 1 ? ',' : ''}`);
  return [
    '{',
    '  "//": "Generated by projenrc/generate-service-model.ts from the pinpoint-sms-voice-v2 service model and the shapes src/wire names. Do not edit.",',
    '  "shapes": {',
    ...shapes,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Operations, structures, maps and every scalar and list shape, for the emulator's model-driven request validation. */
export function renderOperations(model: ServiceModel, actions: readonly string[]): string {
  const reachable = [...reachableShapes(model, actions)].sort();
  const scalars = constraintShapes(model, actions).map(n => `  ${n}: ${JSON.stringify(constraintOf(model.shapes[n]))},`);
  const operations = [...actions].sort().map(action => {
    const operation = model.operations[action];
    const input = operation.input?.shape;
    const token = Object.entries((input && model.shapes[input].members) ?? {}).find(([, m]) => m.idempotencyToken)?.[0];
    const info: Record<string, string> = {};
    if (input) info.input = input;
    if (operation.output) info.output = operation.output.shape;
    if (token) info.idempotencyToken = token;
    return `  ${action}: ${JSON.stringify(info)},`;
  });
  const structures = reachable.filter(n => model.shapes[n].type === 'structure').map(n => {
    const shape = model.shapes[n];
    const info: Record<string, unknown> = {
      members: Object.fromEntries(Object.entries(shape.members ?? {}).map(([name, m]) => [name, m.shape])),
      required: shape.required ?? [],
    };
    if (shape.union) info.union = true;
    return `  ${n}: ${JSON.stringify(info)},`;
  });
  const maps = reachable.filter(n => model.shapes[n].type === 'map').map(n => {
    const shape = model.shapes[n];
    const info: Record<string, unknown> = { key: shape.key!.shape, value: shape.value!.shape };
    if (shape.min !== undefined) info.min = shape.min;
    if (shape.max !== undefined) info.max = shape.max;
    return `  ${n}: ${JSON.stringify(info)},`;
  });
  return [
    '// ~~ Generated by projenrc/generate-service-model.ts from the pinpoint-sms-voice-v2 service model. Do not edit.',
    `// The wire's validators read only the shapes they name, from ${GENERATED_FILES.constraints}.`,
    '',
    "import type { ShapeConstraint } from '../../../src/wire/service-constraints';",
    '',
    'export interface OperationInfo {',
    '  /** The input structure, if the operation takes one. */',
    '  readonly input?: string;',
    '  readonly output?: string;',
    '  /** The input member that carries the idempotency token (ClientToken), if any. */',
    '  readonly idempotencyToken?: string;',
    '}',
    '',
    'export interface StructureInfo {',
    '  /** Member name to shape name. */',
    '  readonly members: { readonly [member: string]: string };',
    '  readonly required: readonly string[];',
    '  /** Exactly one member may be set. */',
    '  readonly union?: boolean;',
    '}',
    '',
    'export interface MapInfo {',
    '  readonly key: string;',
    '  readonly value: string;',
    '  /** Minimum number of entries. */',
    '  readonly min?: number;',
    '  /** Maximum number of entries. */',
    '  readonly max?: number;',
    '}',
    '',
    '/** The resource types that errors name (ResourceNotFoundException.ResourceType) and that ARNs carry. */',
    `export const RESOURCE_TYPES: readonly string[] = ${JSON.stringify(model.shapes.ResourceType?.enum ?? [])};`,
    '',
    '/** The operations in scope: those the API reference documents. */',
    'export const OPERATIONS: { readonly [action: string]: OperationInfo } = {',
    ...operations,
    '};',
    '',
    'export const STRUCTURES: { readonly [shape: string]: StructureInfo } = {',
    ...structures,
    '};',
    '',
    'export const MAPS: { readonly [shape: string]: MapInfo } = {',
    ...maps,
    '};',
    '',
    '/** The constraints of every scalar and list shape the in-scope operations reach. */',
    'export const SHAPES: { readonly [shape: string]: ShapeConstraint } = {',
    ...scalars,
    '};',
    '',
  ].join('\n');
}

/** The generated files' text, by path relative to the repository root, from the vendored model in `root`. */
export function generateFromModel(root: string): { readonly [file: string]: string } {
  const model: ServiceModel = JSON.parse(fs.readFileSync(path.join(root, MODEL_FILES.serviceModel), 'utf8'));
  const actions = parseActionList(fs.readFileSync(path.join(root, MODEL_FILES.actions), 'utf8'));
  checkActionCount(actions, MODEL_FILES.actions);
  const wire = wireSources(root).map(file => fs.readFileSync(path.join(root, file), 'utf8'));
  return {
    [GENERATED_FILES.constraints]: renderConstraints(model, shapesNamedIn(wire, constraintShapes(model, actions))),
    [GENERATED_FILES.operations]: renderOperations(model, actions),
  };
}

/** The wire's hand-written sources (relative paths), whose shape names select the shapes of the wire's table. */
export function wireSources(root: string): string[] {
  return fs.readdirSync(path.join(root, WIRE_DIR)).filter(f => f.endsWith('.ts') && !f.includes('.generated.')).sort()
    .map(f => `${WIRE_DIR}/${f}`);
}

function checkActionCount(actions: readonly string[], source: string): void {
  if (actions.length !== REFERENCE_ACTION_COUNT || new Set(actions).size !== actions.length) {
    throw new Error(`expected the reference's ${REFERENCE_ACTION_COUNT} distinct actions in ${source}, found ${actions.length}`);
  }
}

function writeFile(root: string, file: string, text: string): void {
  const out = path.join(root, file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  console.log(`wrote ${file}`);
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  // `npx projen generate:model -- --reference …` hands the `--` on too.
  const args = process.argv.slice(2).filter(arg => arg !== '--');
  const at = args.indexOf('--reference');
  if (args.length > 0 && (at !== 0 || args.length !== 2)) {
    throw new Error('usage: generate-service-model.ts [--reference <the API reference as text>]');
  }
  if (at === 0) {
    const actions = referenceActions(fs.readFileSync(args[1], 'utf8'));
    checkActionCount(actions, args[1]);
    writeFile(root, MODEL_FILES.actions, renderActionList(actions));
  }
  for (const [file, text] of Object.entries(generateFromModel(root))) writeFile(root, file, text);
}

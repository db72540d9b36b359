import { constraintShapes, renderConstraints, renderOperations, shapesNamedIn } from '../../projenrc/generate-service-model';

const MODEL = {
  operations: {
    CreateThing: { input: { shape: 'CreateThingRequest' }, output: { shape: 'CreateThingResult' } },
    ListThings: { output: { shape: 'ListThingsResult' } },
    OutOfScope: { input: { shape: 'Hidden' } },
  },
  shapes: {
    CreateThingRequest: {
      type: 'structure',
      required: ['Name'],
      members: { Name: { shape: 'Name' }, Labels: { shape: 'Labels' }, Choice: { shape: 'Choice' }, ClientToken: { shape: 'Token', idempotencyToken: true } },
    },
    CreateThingResult: { type: 'structure', members: { Names: { shape: 'NameList' } } },
    ListThingsResult: { type: 'structure', members: {} },
    Choice: { type: 'structure', union: true, members: { A: { shape: 'Name' }, B: { shape: 'Name' } } },
    Labels: { type: 'map', key: { shape: 'Name' }, value: { shape: 'Name' }, max: 3 },
    NameList: { type: 'list', member: { shape: 'Name' }, min: 1, max: 2 },
    Name: { type: 'string', min: 1, max: 8, pattern: '[a-z]+' },
    Token: { type: 'string' },
    Hidden: { type: 'structure', members: {} },
    ResourceType: { type: 'string', enum: ['thing', 'widget'] },
  },
};

/** The entries of one `export const NAME = { ... };` block, parsed. */
function entriesOf(source: string, constant: string): Record<string, unknown> {
  const block = source.split(`export const ${constant}`)[1].split('\n};')[0];
  return Object.fromEntries([...block.matchAll(/^ {2}(\w+): (.*),$/gm)].map(([, name, json]) => [name, JSON.parse(json)]));
}

describe('renderOperations', () => {
  const source = renderOperations(MODEL, ['CreateThing', 'ListThings']);

  test('lists each in-scope operation with its input, output and idempotency token member', () => {
    expect(entriesOf(source, 'OPERATIONS')).toEqual({
      CreateThing: { input: 'CreateThingRequest', output: 'CreateThingResult', idempotencyToken: 'ClientToken' },
      ListThings: { output: 'ListThingsResult' },
    });
  });

  test('describes the reachable structures, with required members and unions, and only those', () => {
    const structures = entriesOf(source, 'STRUCTURES');
    expect(Object.keys(structures).sort()).toEqual(['Choice', 'CreateThingRequest', 'CreateThingResult', 'ListThingsResult']);
    expect(structures.CreateThingRequest).toEqual({
      members: { Name: 'Name', Labels: 'Labels', Choice: 'Choice', ClientToken: 'Token' },
      required: ['Name'],
    });
    expect(structures.Choice).toMatchObject({ union: true });
  });

  test('lists the resource types that errors name', () => {
    expect(source).toContain('export const RESOURCE_TYPES: readonly string[] = ["thing","widget"];');
  });

  test('describes maps with their sizes', () => {
    expect(entriesOf(source, 'MAPS')).toEqual({ Labels: { key: 'Name', value: 'Name', max: 3 } });
  });

  test('describes every reachable scalar and list shape, one a line', () => {
    expect(entriesOf(source, 'SHAPES')).toEqual({
      Name: { type: 'string', min: 1, max: 8, pattern: '[a-z]+' },
      NameList: { type: 'list', min: 1, max: 2, member: 'Name' },
      Token: { type: 'string' },
    });
  });
});

describe('the wire\'s constraint table', () => {
  const candidates = constraintShapes(MODEL, ['CreateThing', 'ListThings']);

  test('the candidates are the reachable scalar and list shapes', () => {
    expect(candidates).toEqual(['Name', 'NameList', 'Token']);
  });

  test('holds the shapes the wire\'s sources name, quoted or as SHAPES.Name, and no others', () => {
    const sources = [
      "v.shape('name', value, 'Name'); // not 'Hidden': not a scalar or list",
      'const { max } = SHAPES.NameList; const other = "Unknown";',
    ];
    expect(shapesNamedIn(sources, candidates)).toEqual(['Name', 'NameList']);
  });

  test('is JSON of the given shapes, one a line', () => {
    const constraints = renderConstraints(MODEL, ['NameList', 'Name']);
    expect(JSON.parse(constraints)).toEqual({
      '//': expect.any(String),
      'shapes': {
        Name: { type: 'string', min: 1, max: 8, pattern: '[a-z]+' },
        NameList: { type: 'list', min: 1, max: 2, member: 'Name' },
      },
    });
    expect(constraints).toContain('\n    "Name": {"type":"string","min":1,"max":8,"pattern":"[a-z]+"},\n');
  });
});

import { DecodeError, decodeObject, fields, Schema, schemaVersion } from '../../src/wire/schema';

const SUBJECT = 'Custom::Thing';

interface Thing {
  readonly Name?: string;
  readonly Flag?: boolean;
  readonly Count?: number;
  readonly List?: string[];
  readonly Child?: { readonly A: string };
  readonly Children?: { readonly A: string }[];
}

const CHILD: Schema<{ readonly A: string }> = { A: fields.string };
const THING: Schema<Thing> = {
  Name: fields.optionalString,
  Flag: fields.optionalBoolean,
  Count: fields.optionalNumber,
  List: fields.optionalStringList,
  Child: fields.optionalObject(CHILD),
  Children: fields.optionalObjectList(CHILD, child => child.A === 'bad' ? 'must not be bad' : undefined),
};

const decode = (properties: unknown) => decodeObject(THING, properties, SUBJECT);

describe('schemaVersion', () => {
  test.each([
    [{ SchemaVersion: '1' }, '1'],
    [{ SchemaVersion: '2' }, '2'],
    [{ SchemaVersion: 2 }, '2'],
    [{}, '1'],
  ])('%j → %s', (properties, expected) => {
    expect(schemaVersion(properties, SUBJECT, ['1', '2'])).toBe(expected);
  });

  test('rejects a version never shipped, naming the ones it knows', () => {
    expect(() => schemaVersion({ SchemaVersion: '3' }, SUBJECT, ['1', '2']))
      .toThrow('Invalid Custom::Thing properties: SchemaVersion "3" is not one this handler knows (1, 2)');
  });
});

describe('decodeObject', () => {
  test.each([
    [{ Flag: 'true' }, true],
    [{ Flag: 'false' }, false],
    [{ Flag: true }, true],
    [{ Flag: false }, false],
    [{}, undefined],
  ])('booleans: %j → %s', (properties, expected) => {
    expect(decode(properties).Flag).toBe(expected);
  });

  test.each([
    [{ Count: '14' }, 14],
    [{ Count: '-2' }, -2],
    [{ Count: '0.5' }, 0.5],
    [{ Count: 7 }, 7],
    [{}, undefined],
  ])('numbers: %j → %s', (properties, expected) => {
    expect(decode(properties).Count).toBe(expected);
  });

  test.each([
    ['a boolean that is no boolean', { Flag: 'yes' }, 'Flag must be a boolean ("true" or "false"), but is "yes"'],
    ['a number that is no number', { Count: '14 days' }, 'Count must be a number, but is "14 days"'],
    ['a string that is an object', { Name: { a: 1 } }, 'Name must be a string, but is {"a":1}'],
    ['a list that is a string', { List: 'a,b' }, 'List must be a list, but is "a,b"'],
    ['a list item that is no string', { List: ['a', 1] }, 'List[1] must be a string, but is 1'],
    ['an object that is a list', { Child: [] }, 'Child must be an object, but is []'],
    ['an unknown nested key', { Children: [{ A: 'x' }, { A: 'y', B: 'z' }] }, 'unknown property Children[1].B (allowed: A)'],
    ['a missing nested value', { Child: {} }, 'Child.A is required'],
    ['an object its check refuses', { Children: [{ A: 'x' }, { A: 'bad' }] }, 'Children[1] must not be bad'],
  ])('rejects %s, naming the property', (_title, properties, message) => {
    const error = captured(() => decode(properties));
    expect(error).toBeInstanceOf(DecodeError);
    expect(error.message).toBe(`Invalid ${SUBJECT} properties: ${message}`);
  });

  test('a required field that is missing is named', () => {
    expect(() => decodeObject({ Name: fields.string }, {}, SUBJECT)).toThrow('Invalid Custom::Thing properties: Name is required');
    expect(() => decodeObject({ Names: fields.stringList }, {}, SUBJECT)).toThrow('Invalid Custom::Thing properties: Names is required');
    expect(() => decodeObject({ Flag: fields.boolean }, {}, SUBJECT)).toThrow('Invalid Custom::Thing properties: Flag is required');
  });

  test('rejects unknown top-level keys, but allows SchemaVersion and ServiceToken', () => {
    expect(() => decode({ Name: 'a', SchemaVersion: '1', ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:f' })).not.toThrow();
    expect(() => decode({ Name: 'a', Colour: 'red', Size: 1 }))
      .toThrow('Invalid Custom::Thing properties: unknown properties Colour, Size (allowed: Name, Flag, Count, List, Child, Children, SchemaVersion)');
  });

  test('rejects properties that are no object', () => {
    expect(() => decode('Name=a')).toThrow('Invalid Custom::Thing properties: the properties must be an object, but is "Name=a"');
  });

  test('reads nested objects and lists, and leaves out what is absent', () => {
    expect(decode({ Child: { A: 'x' }, Children: [{ A: 'y' }, { A: 'z' }], List: ['p', 'q'], SchemaVersion: '1' }))
      .toEqual({ Child: { A: 'x' }, Children: [{ A: 'y' }, { A: 'z' }], List: ['p', 'q'] });
    expect(Object.keys(decode({}))).toEqual([]);
  });

  test('a schema names every key of its shape: leaving one out does not compile', () => {
    // @ts-expect-error Count, List, Child and Children are missing
    const incomplete: Schema<Thing> = { Name: fields.optionalString, Flag: fields.optionalBoolean };
    // @ts-expect-error a required key cannot be read as optional
    const optionalForRequired: Schema<{ readonly A: string }> = { A: fields.optionalString };
    expect([Object.keys(incomplete), Object.keys(optionalForRequired)]).toEqual([['Name', 'Flag'], ['A']]);
  });
});

function captured(block: () => unknown): Error {
  try {
    block();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

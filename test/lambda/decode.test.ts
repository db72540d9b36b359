import { DecodeError, Fields, schemaVersion } from '../../lambda/sms-provider/decode';

const SUBJECT = 'Custom::Thing';

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

describe('Fields', () => {
  const root = (properties: unknown) => Fields.root(properties, SUBJECT, ['Name', 'Flag', 'Count', 'List', 'Child', 'Children']);

  test.each([
    [{ Flag: 'true' }, true],
    [{ Flag: 'false' }, false],
    [{ Flag: true }, true],
    [{ Flag: false }, false],
    [{}, undefined],
  ])('booleans: %j → %s', (properties, expected) => {
    expect(root(properties).optionalBoolean('Flag')).toBe(expected);
  });

  test.each([
    [{ Count: '14' }, 14],
    [{ Count: '-2' }, -2],
    [{ Count: '0.5' }, 0.5],
    [{ Count: 7 }, 7],
    [{}, undefined],
  ])('numbers: %j → %s', (properties, expected) => {
    expect(root(properties).optionalNumber('Count')).toBe(expected);
  });

  test.each([
    ['a boolean that is no boolean', (f: Fields) => f.boolean('Flag'), { Flag: 'yes' }, 'Flag must be a boolean ("true" or "false"), but is "yes"'],
    ['a missing required value', (f: Fields) => f.boolean('Flag'), {}, 'Flag is required'],
    ['a number that is no number', (f: Fields) => f.optionalNumber('Count'), { Count: '14 days' }, 'Count must be a number, but is "14 days"'],
    ['a string that is an object', (f: Fields) => f.string('Name'), { Name: { a: 1 } }, 'Name must be a string, but is {"a":1}'],
    ['a list that is a string', (f: Fields) => f.stringList('List'), { List: 'a,b' }, 'List must be a list, but is "a,b"'],
    ['a list item that is no string', (f: Fields) => f.stringList('List'), { List: ['a', 1] }, 'List[1] must be a string, but is 1'],
    ['an optional list item that is no string', (f: Fields) => f.optionalStringList('List'), { List: [true] }, 'List[0] must be a string, but is true'],
    ['an object that is a list', (f: Fields) => f.optionalObject('Child', ['A'], c => c.string('A')), { Child: [] }, 'Child must be an object, but is []'],
    ['an unknown nested key', (f: Fields) => f.optionalObjectList('Children', ['A'], c => c.string('A')), { Children: [{ A: 'x' }, { A: 'y', B: 'z' }] },
      'unknown property Children[1].B (allowed: A)'],
    ['a missing nested value', (f: Fields) => f.optionalObject('Child', ['A'], c => c.string('A')), { Child: {} }, 'Child.A is required'],
  ])('rejects %s, naming the property', (_title, read, properties, message) => {
    const error = captured(() => read(root(properties)));
    expect(error).toBeInstanceOf(DecodeError);
    expect(error.message).toBe(`Invalid ${SUBJECT} properties: ${message}`);
  });

  test('rejects unknown top-level keys, but allows SchemaVersion and ServiceToken', () => {
    expect(() => root({ Name: 'a', SchemaVersion: '1', ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:f' })).not.toThrow();
    expect(() => root({ Name: 'a', Colour: 'red', Size: 1 }))
      .toThrow('Invalid Custom::Thing properties: unknown properties Colour, Size (allowed: Name, Flag, Count, List, Child, Children, SchemaVersion)');
  });

  test('rejects properties that are no object', () => {
    expect(() => root('Name=a')).toThrow('Invalid Custom::Thing properties: the properties must be an object, but is "Name=a"');
  });

  test('reads nested objects and lists', () => {
    const fields = root({ Child: { A: 'x' }, Children: [{ A: 'y' }, { A: 'z' }], List: ['p', 'q'] });
    expect(fields.optionalObject('Child', ['A'], c => c.string('A'))).toBe('x');
    expect(fields.optionalObjectList('Children', ['A'], c => c.string('A'))).toEqual(['y', 'z']);
    expect(fields.stringList('List')).toEqual(['p', 'q']);
    expect(fields.optionalStringList('List')).toEqual(['p', 'q']);
    expect(fields.optionalStringList('Nothing')).toBeUndefined();
    expect(fields.optionalObjectList('Nothing', ['A'], c => c.string('A'))).toBeUndefined();
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

import { PATTERN_WORDS, patternInWords } from '../../src/wire/pattern-words';
import { SHAPES } from '../../src/wire/service-constraints';
import { Violations } from '../../src/wire/violations';

describe('the patterns of the service model, in words', () => {
  const patterns = [...new Set(Object.values(SHAPES).flatMap(shape => (shape.pattern === undefined ? [] : [shape.pattern])))];

  test('every pattern a shape has is said in words', () => {
    expect(patterns.length).toBeGreaterThan(10);
    expect(patterns.filter(pattern => !(pattern in PATTERN_WORDS))).toEqual([]);
  });

  test('no words are left for a pattern the model no longer has', () => {
    expect(Object.keys(PATTERN_WORDS).filter(pattern => !patterns.includes(pattern))).toEqual([]);
  });

  test.each(patterns)('the words for %s hold no regular expression', pattern => {
    expect(patternInWords(pattern)).not.toContain(pattern);
    expect(patternInWords(pattern)).not.toMatch(/[[\]{}\\]|\(\?/);
  });
});

describe('Violations.shape', () => {
  test('says what a pattern allows in words', () => {
    expect(new Violations().shape('configurationSetName', 'bad name!', 'ConfigurationSetName').all)
      .toEqual(['configurationSetName: "bad name!" may contain only letters, digits, _ and -']);
  });

  test('gives one message for a value of the wrong length, though it fails the pattern too', () => {
    expect(new Violations().shape('isoCountryCode', 'USA', 'IsoCountryCode').all)
      .toEqual(['isoCountryCode: "USA" must be exactly 2 characters long, but is 3']);
  });
});

import { quote, QUOTE_LIMIT, quoteName } from '../../src/wire/quote';

describe('quote', () => {
  test('quotes a value up to the limit whole, as JSON', () => {
    expect(quote('x'.repeat(QUOTE_LIMIT - 2))).toBe(`"${'x'.repeat(QUOTE_LIMIT - 2)}"`);
    expect(quote(['+12065550100'])).toBe('["+12065550100"]');
    expect(quote(undefined)).toBe('undefined');
  });

  test('quotes a longer string by its start and its length, never cutting a character in two', () => {
    expect(quote('é'.repeat(300))).toBe(`"${'é'.repeat(40)}…" (300 characters)`);
    expect(quote('😀'.repeat(150))).toBe(`"${'😀'.repeat(40)}…" (300 characters)`);
  });

  test('quotes a longer list or object by the start of its JSON and the JSON\'s length', () => {
    const numbers = Array.from({ length: 40 }, (_, i) => `+1206555${1000 + i}`);
    const json = JSON.stringify(numbers);
    expect(quote(numbers)).toBe(`${json.slice(0, 40)}… (${json.length} characters of JSON)`);
  });

  test('names a long name by its start and its length', () => {
    expect(quoteName('orders')).toBe("'orders'");
    expect(quoteName('n'.repeat(300))).toBe(`'${'n'.repeat(40)}…' (300 characters)`);
    expect(quoteName(`arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-${'0'.repeat(32)}`)).not.toContain('…');
  });
});

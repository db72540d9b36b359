import { configurationSetProperties, CustomResourceEvents } from './support/events';
import { jsonLogger, loggableEvent } from '../../lambda/sms-provider/log';

describe('jsonLogger', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  test('writes one JSON object per line', () => {
    jsonLogger('call', { action: 'CreateEventDestination', input: { EventDestinationName: 'a\nb' } });
    expect(written).toHaveLength(1);
    expect(written[0].endsWith('\n')).toBe(true);
    expect(written[0].slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(written[0])).toEqual({ decision: 'call', action: 'CreateEventDestination', input: { EventDestinationName: 'a\nb' } });
  });

  test('never throws, even on details it cannot serialize', () => {
    const circular: { self?: unknown } = {};
    circular.self = circular;
    expect(() => jsonLogger('failed', { error: circular })).not.toThrow();
    expect(JSON.parse(written[0])).toMatchObject({ decision: 'failed', unloggable: expect.stringContaining('circular') });
  });
});

describe('loggableEvent', () => {
  test('drops the presigned ResponseURL and keeps the rest', () => {
    const event = new CustomResourceEvents().create(configurationSetProperties({ name: 'orders' }));
    const logged = loggableEvent(event);
    expect(logged).not.toHaveProperty('ResponseURL');
    expect(logged).toEqual({ ...event, ResponseURL: undefined });
  });
});

import {
  EventDestinationState,
  planEventDestinations,
  sameEventDestination,
} from '../../../lambda/sms-provider/reconcile/event-destinations';

const SET = 'orders';
const token = (operation: string, childKey?: string) => `${operation}:${childKey}`;

const sns = (topic = 'events'): EventDestinationState['target'] => ({ SnsDestination: { TopicArn: `arn:aws:sns:us-east-1:123456789012:${topic}` } });
const logs: EventDestinationState['target'] = {
  CloudWatchLogsDestination: { IamRoleArn: 'arn:aws:iam::123456789012:role/r', LogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:g' },
};
const destination = (eventTypes: string[], overrides: Partial<EventDestinationState> = {}): EventDestinationState =>
  ({ enabled: true, eventTypes, target: sns(), ...overrides });
const named = (entries: { [name: string]: EventDestinationState }) => new Map(Object.entries(entries));

const create = (name: string, state: EventDestinationState) => ({
  action: 'CreateEventDestination',
  input: { ConfigurationSetName: SET, EventDestinationName: name, MatchingEventTypes: state.eventTypes, ...state.target, ClientToken: `CreateEventDestination:${name}` },
});
const update = (name: string, state: EventDestinationState) => ({
  action: 'UpdateEventDestination',
  input: { ConfigurationSetName: SET, EventDestinationName: name, Enabled: state.enabled, MatchingEventTypes: state.eventTypes, ...state.target },
});
const disable = (name: string) => ({ action: 'UpdateEventDestination', input: { ConfigurationSetName: SET, EventDestinationName: name, Enabled: false } });
const remove = (name: string) => ({ action: 'DeleteEventDestination', input: { ConfigurationSetName: SET, EventDestinationName: name } });

describe('planEventDestinations', () => {
  const all = destination(['ALL']);
  const delivered = destination(['TEXT_DELIVERED']);
  const off = destination(['ALL'], { enabled: false });
  const toLogs = destination(['ALL'], { target: logs });

  test.each([
    ['nothing desired, nothing there', {}, {}, [], []],
    ['creates a missing destination with its ClientToken', { a: all }, {}, [], [create('a', all)]],
    ['creates a disabled destination, then disables it', { a: off }, {}, [], [create('a', off), disable('a')]],
    ['changing the event types is one update', { a: delivered }, { a: all }, ['a'], [update('a', delivered)]],
    ['event types compare as a set', { a: destination(['TEXT_DELIVERED', 'TEXT_BLOCKED']) },
      { a: destination(['TEXT_BLOCKED', 'TEXT_DELIVERED']) }, ['a'], []],
    ['disabling is one update', { a: off }, { a: all }, ['a'], [update('a', off)]],
    ['a new topic is one update', { a: destination(['ALL'], { target: sns('other') }) }, { a: all }, ['a'],
      [update('a', destination(['ALL'], { target: sns('other') }))]],
    ['a new kind is a delete and a create', { a: toLogs }, { a: all }, ['a'], [remove('a'), create('a', toLogs)]],
    ['deletes a destination declared before', {}, { a: all }, ['a'], [remove('a')]],
    ['never deletes a destination it never declared', {}, { theirs: all }, ['a'], []],
    ['adopts a destination of the same name by updating it', { a: delivered }, { a: all }, [], [update('a', delivered)]],
    ['deletes first, then updates, then creates', { b: delivered, c: all }, { a: all, b: all }, ['a', 'b'],
      [remove('a'), update('b', delivered), create('c', all)]],
    ['a destination without a target is replaced', { a: all }, { a: destination(['ALL'], { target: undefined }) }, ['a'],
      [remove('a'), create('a', all)]],
  ])('%s', (_title, desired, actual, declared, expected) => {
    expect(planEventDestinations(SET, named(desired), named(actual), new Set(declared), token)).toEqual(expected);
  });
});

describe('sameEventDestination', () => {
  test.each([
    ['identical', destination(['ALL']), destination(['ALL']), true],
    ['event types in another order', destination(['TEXT_ALL', 'VOICE_ALL']), destination(['VOICE_ALL', 'TEXT_ALL']), true],
    ['other event types', destination(['TEXT_ALL']), destination(['VOICE_ALL']), false],
    ['enabled differs', destination(['ALL']), destination(['ALL'], { enabled: false }), false],
    ['other target of the same kind', destination(['ALL']), destination(['ALL'], { target: sns('x') }), false],
    ['other kind', destination(['ALL']), destination(['ALL'], { target: logs }), false],
    ['target fields in another order', destination(['ALL'], { target: logs }), destination(['ALL'], {
      target: { CloudWatchLogsDestination: { LogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:g', IamRoleArn: 'arn:aws:iam::123456789012:role/r' } },
    }), true],
  ])('%s', (_title, a, b, expected) => {
    expect(sameEventDestination(a, b)).toBe(expected);
  });
});

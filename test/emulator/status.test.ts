import { StatusTimer } from './status';

describe('StatusTimer', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 0;
  });

  test('without a delay, a resource settles at once', () => {
    const timer = new StatusTimer({}, clock);
    const creating = timer.start('pool', 'CREATING', 'ACTIVE');
    expect(timer.statusOf(creating)).toBe('ACTIVE');
    expect(timer.settled(creating)).toBe(true);
  });

  test('a resource stays in its transitional status for the delay of its kind', () => {
    const timer = new StatusTimer({ 'pool': 100, 'phone-number': 300 }, clock);
    const pool = timer.start('pool', 'CREATING', 'ACTIVE');
    const number = timer.start('phone-number', 'PENDING', 'ACTIVE');
    const list = timer.start('opt-out-list', 'CREATING', 'ACTIVE');
    now = 99;
    expect([timer.statusOf(pool), timer.statusOf(number), timer.statusOf(list)]).toEqual(['CREATING', 'PENDING', 'ACTIVE']);
    expect(timer.settled(pool)).toBe(false);
    now = 100;
    expect([timer.statusOf(pool), timer.statusOf(number)]).toEqual(['ACTIVE', 'PENDING']);
    now = 300;
    expect(timer.statusOf(number)).toBe('ACTIVE');
  });

  test('new delays apply to transitions started afterwards', () => {
    const timer = new StatusTimer({ pool: 100 }, clock);
    const before = timer.start('pool', 'DELETING', 'DELETED');
    timer.configure({ pool: 500 });
    const after = timer.start('pool', 'DELETING', 'DELETED');
    now = 200;
    expect([timer.statusOf(before), timer.statusOf(after)]).toEqual(['DELETED', 'DELETING']);
  });
});

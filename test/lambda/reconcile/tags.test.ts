import { planTags } from '../../../lambda/sms-provider/reconcile/tags';

const ARN = 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/orders';
const tags = (entries: { [key: string]: string }) => new Map(Object.entries(entries));

describe('planTags', () => {
  test.each([
    ['no tags, no calls', {}, {}, [], []],
    ['equal tags, no calls', { team: 'a' }, { team: 'a' }, ['team'], []],
    ['adds missing tags in one TagResource', { team: 'a', env: 'prod' }, {}, [],
      [{ action: 'TagResource', input: { ResourceArn: ARN, Tags: [{ Key: 'team', Value: 'a' }, { Key: 'env', Value: 'prod' }] } }]],
    ['sets a changed value', { team: 'b' }, { team: 'a' }, ['team'],
      [{ action: 'TagResource', input: { ResourceArn: ARN, Tags: [{ Key: 'team', Value: 'b' }] } }]],
    ['removes tags declared before in one UntagResource', {}, { team: 'a', env: 'prod' }, ['team', 'env'],
      [{ action: 'UntagResource', input: { ResourceArn: ARN, TagKeys: ['team', 'env'] } }]],
    ['keeps tags it never declared', {}, { owner: 'someone-else' }, [], []],
    ['an empty value is a value', { team: '' }, { team: 'a' }, ['team'],
      [{ action: 'TagResource', input: { ResourceArn: ARN, Tags: [{ Key: 'team', Value: '' }] } }]],
    ['untags before it tags', { env: 'prod' }, { team: 'a', owner: 'x' }, ['team'], [
      { action: 'UntagResource', input: { ResourceArn: ARN, TagKeys: ['team'] } },
      { action: 'TagResource', input: { ResourceArn: ARN, Tags: [{ Key: 'env', Value: 'prod' }] } },
    ]],
  ])('%s', (_title, desired, actual, declared, expected) => {
    expect(planTags(ARN, tags(desired), tags(actual), new Set(declared))).toEqual(expected);
  });
});

import { planResourcePolicy, PolicyBefore, samePolicy } from '../../../lambda/sms-provider/reconcile/resource-policy';

const POOL = 'arn:aws:sms-voice:us-east-1:123456789012:pool/pool-0123456789abcdef0123456789abcdef';

const statement = (account: string, action: unknown = 'sms-voice:SendTextMessage') => ({
  Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: action, Resource: POOL,
});
const policy = (...statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

const SHARED = policy(statement('210987654321'));
const WIDER = policy(statement('210987654321'), statement('111122223333'));
const OTHER = policy(statement('444455556666'));

describe('samePolicy', () => {
  test.each([
    ['the same text', SHARED, SHARED, true],
    ['keys in another order', SHARED,
      JSON.stringify({ Statement: [{ Resource: POOL, Action: 'sms-voice:SendTextMessage', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Effect: 'Allow' }], Version: '2012-10-17' }),
      true],
    ['statements in another order', WIDER, policy(statement('111122223333'), statement('210987654321')), true],
    ['a list of one and its value', SHARED, policy(statement('210987654321', ['sms-voice:SendTextMessage'])), true],
    ['a statement object and a list of it', SHARED, JSON.stringify({ Version: '2012-10-17', Statement: statement('210987654321') }), true],
    ['actions in another order, one twice', policy(statement('210987654321', ['sms-voice:SendTextMessage', 'sms-voice:SendMediaMessage'])),
      policy(statement('210987654321', ['sms-voice:SendMediaMessage', 'sms-voice:SendTextMessage', 'sms-voice:SendMediaMessage'])), true],
    ['an account id and its root ARN', SHARED, policy({ ...statement('210987654321'), Principal: { AWS: '210987654321' } }), true],
    ['a number and its string', policy({ ...statement('210987654321'), Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } } }),
      policy({ ...statement('210987654321'), Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } } }), true],
    ['whitespace', SHARED, JSON.stringify(JSON.parse(SHARED), undefined, 2), true],
    ['another principal', SHARED, OTHER, false],
    ['one more statement', SHARED, WIDER, false],
    ['another action', SHARED, policy(statement('210987654321', 'sms-voice:SendVoiceMessage')), false],
    ['Allow and Deny', SHARED, policy({ ...statement('210987654321'), Effect: 'Deny' }), false],
    ['text that is not JSON, and the same text', '{"Statement": [', '{"Statement": [', true],
    ['text that is not JSON, and a policy', '{"Statement": [', SHARED, false],
  ])('%s: %#', (_title, a, b, same) => {
    expect(samePolicy(a, b)).toBe(same);
    expect(samePolicy(b, a)).toBe(same);
  });
});

describe('planResourcePolicy', () => {
  const put = (policyText: string) => ({ calls: [{ action: 'PutResourcePolicy', input: { ResourceArn: POOL, Policy: policyText } }] });
  const NEW: PolicyBefore = { none: true };

  test.each<[string, string, string | undefined, PolicyBefore, unknown]>([
    ['a new policy on a resource without one is put', SHARED, undefined, NEW, put(SHARED)],
    ['a new policy that the resource has already makes no call (a re-delivered Create)', SHARED, SHARED, NEW, { calls: [] }],
    ['a new policy on a resource with another one is refused', SHARED, OTHER, NEW, { refused: 'foreign' }],
    ['an update over the policy the stack wrote is put', WIDER, SHARED, { written: SHARED }, put(WIDER)],
    ['an update over the same policy, written otherwise, is put', WIDER, JSON.stringify(JSON.parse(SHARED), undefined, 1), { written: SHARED }, put(WIDER)],
    ['an update the service has already makes no call (re-delivered, or a rollback)', SHARED, SHARED, { written: WIDER }, { calls: [] }],
    ['an update over a policy changed outside the stack is refused', WIDER, OTHER, { written: SHARED }, { refused: 'changed' }],
    ['an update of a policy deleted outside the stack is refused', WIDER, undefined, { written: SHARED }, { refused: 'gone' }],
    ['an update whose old properties say nothing is refused over any other policy', WIDER, SHARED, {}, { refused: 'changed' }],
  ])('%s', (_title, desired, actual, before, expected) => {
    expect(planResourcePolicy(POOL, desired, actual, before)).toEqual(expected);
  });
});

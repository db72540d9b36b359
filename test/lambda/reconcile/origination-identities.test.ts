import { LastIdentityError, planOriginationIdentities, PoolIdentity } from '../../../lambda/sms-provider/reconcile/origination-identities';

const POOL = 'pool-0123456789abcdef0123456789abcdef';
const ARN = 'arn:aws:sms-voice:us-east-1:123456789012:';
const number = (n: number): PoolIdentity => ({ arn: `${ARN}phone-number/phone-${n}`, id: `phone-${n}` });
const sender: PoolIdentity = { arn: `${ARN}sender-id/ORDERS/US`, id: 'ORDERS' };
const token = (operation: string, key?: string) => `${operation}:${key}`;
const call = (action: string, identity: string) => ({
  action, input: { PoolId: POOL, OriginationIdentity: identity, IsoCountryCode: 'US', ClientToken: `${action}:${identity}` },
});
const associate = (i: PoolIdentity) => call('AssociateOriginationIdentity', i.arn);
const disassociate = (i: PoolIdentity) => call('DisassociateOriginationIdentity', i.arn);

describe('planOriginationIdentities', () => {
  const [one, two, three] = [number(1), number(2), number(3)];

  test.each<[string, string[], PoolIdentity[], string[], { associate: unknown[]; associateAfterSettings?: unknown[]; disassociate: unknown[] }]>([
    ['the pool has every identity', [one.arn, two.arn], [one, two], [one.arn, two.arn], { associate: [], disassociate: [] }],
    ['associates the identities the pool lacks', [one.arn, two.arn, sender.arn], [one], [], { associate: [associate(two), associate(sender)], disassociate: [] }],
    ['an identity named by id matches the one the pool has', [one.id], [one], [one.arn], { associate: [], disassociate: [] }],
    ['disassociates an identity declared before', [one.arn], [one, two], [one.arn, two.arn], { associate: [], disassociate: [disassociate(two)] }],
    ['never disassociates an identity it never declared', [one.arn], [one, two], [one.arn], { associate: [], disassociate: [] }],
    ['a swap associates the new identity and disassociates the old one, in two lists', [two.arn], [one], [one.arn],
      { associate: [associate(two)], disassociate: [disassociate(one)] }],
    ['an identity declared before and already gone needs no call', [one.arn], [one], [three.arn], { associate: [], disassociate: [] }],
  ])('%s', (_title, desired, actual, declared, expected) => {
    expect(planOriginationIdentities(POOL, 'US', desired, actual, declared, token)).toEqual({ associateAfterSettings: [], ...expected });
  });

  test('an identity that fits only the pool\'s updated settings is associated after the update', () => {
    const fitsOnlyUpdatedPool = (identity: string) => identity === three.arn;
    expect(planOriginationIdentities(POOL, 'US', [one.arn, two.arn, three.arn], [one], [one.arn], token, fitsOnlyUpdatedPool)).toEqual({
      associate: [associate(two)],
      associateAfterSettings: [associate(three)],
      disassociate: [],
    });
  });

  test('never plans a pool without identities', () => {
    expect(() => planOriginationIdentities(POOL, 'US', [], [one], [one.arn], token)).toThrow(LastIdentityError);
    expect(() => planOriginationIdentities(POOL, 'US', [], [one], [one.arn], token))
      .toThrow(`pool '${POOL}' would be left without origination identities, and a pool needs at least one`);
  });
});

import { decodeProperties } from '../../src/wire/resource-contract';
import { RESOURCE_POLICY } from '../../src/wire/resource-policy-properties';
import { checkPolicyStatements, policyTargetType, resourcePolicyViolations } from '../../src/wire/validate-resource-policy';
import { Violations } from '../../src/wire/violations';
import { LIST_ARN, policyText, resourcePolicyProperties } from '../lambda/support/resource-policies';

const ARN = 'arn:aws:sms-voice:us-east-1:123456789012';

describe('policyTargetType', () => {
  test.each([
    [`${ARN}:phone-number/phone-0123456789abcdef0123456789abcdef`, 'phone-number'],
    [`${ARN}:pool/pool-0123456789abcdef0123456789abcdef`, 'pool'],
    [`${ARN}:sender-id/ORDERS/GB`, 'sender-id'],
    [`${ARN}:opt-out-list/orders`, 'opt-out-list'],
    ['arn:aws-cn:sms-voice:cn-north-1:123456789012:pool/pool-1', 'pool'],
    [`${ARN}:configuration-set/orders`, undefined],
    [`${ARN}:sender-id/ORDERS`, undefined],
    [`${ARN}:pool/pool-1/more`, undefined],
    ['arn:aws:sns:us-east-1:123456789012:pool/orders', undefined],
    ['AWSCDK::CustomResourceProviderFramework::CREATE_FAILED', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s is a %s', (arn, type) => {
    expect(policyTargetType(arn)).toBe(type);
  });
});

describe('the resource policy contract', () => {
  test('decodes the properties CloudFormation sends', () => {
    expect(decodeProperties(RESOURCE_POLICY, resourcePolicyProperties({}))).toEqual({ ResourceArn: LIST_ARN, Policy: policyText({}) });
  });

  test('treats properties without SchemaVersion as the first shape', () => {
    expect(decodeProperties(RESOURCE_POLICY, resourcePolicyProperties({ withoutSchemaVersion: true })))
      .toEqual(decodeProperties(RESOURCE_POLICY, resourcePolicyProperties({})));
  });

  test.each([
    ['tags', { Tags: [{ Key: 'team', Value: 'sms' }] }, 'Tags: a resource policy has no tags (tag the resource it is attached to)'],
    ['a policy that is an object, not JSON text', { Policy: { Statement: [] } }, 'Policy must be a string, but is {"Statement":[]}'],
    ['an unknown property', { PolicyDocument: '{}' }, 'unknown property PolicyDocument (allowed: ResourceArn, Policy, Tags, SchemaVersion)'],
    ['a missing ARN', { ResourceArn: undefined }, 'ResourceArn is required'],
  ])('rejects %s, naming the property', (_title, overrides, message) => {
    expect(() => decodeProperties(RESOURCE_POLICY, { ...resourcePolicyProperties({}), ...overrides }))
      .toThrow(`Invalid Custom::SmsVoiceResourcePolicy properties: ${message}`);
  });

  test('a change of resource is a new policy', () => {
    expect(RESOURCE_POLICY.createOnly).toEqual({ ResourceArn: 'resource' });
  });

  test('reports every violation at once', () => {
    expect(resourcePolicyViolations({ ResourceArn: 'arn:aws:sms-voice', Policy: '' }).all).toEqual([
      'resource: "arn:aws:sms-voice" must be 20 to 256 characters long, but is 17',
      'resource: "arn:aws:sms-voice" must be the ARN of a phone number, sender ID, pool or opt-out list:'
        + ' arn:<partition>:sms-voice:<region>:<account>:<phone-number|pool|opt-out-list>/<id>, or …:sender-id/<SenderId>/<country>',
      'policyDocument: "" must be 1 to 10000 characters long as JSON text, but is 0',
      'policyDocument: "" must be a JSON policy document, but does not parse (Unexpected end of JSON input)',
    ]);
  });

  test('skips what is unresolved', () => {
    const isUnresolved = (value: unknown) => typeof value === 'string' && value.includes('${Token');
    expect(resourcePolicyViolations({ ResourceArn: 'arn:${Token[AWS.Partition.1]}:sms-voice:r:1:pool/p', Policy: '${Token[TOKEN.2]}' }, isUnresolved).all)
      .toEqual([]);
  });

  test.each([
    ['a statement list', { Statement: [{ Effect: 'Allow' }] }, []],
    ['a statement object', { Statement: { Effect: 'Allow' } }, []],
    ['an empty statement list', { Version: '2012-10-17', Statement: [] }, ['policyDocument: "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[]}"'
      + ' must hold at least one statement (add them with addStatements, or with addToResourcePolicy on the resource)']],
    ['no document', undefined, ['policyDocument: "" must hold at least one statement (add them with addStatements, or with addToResourcePolicy on the resource)']],
  ])('checkPolicyStatements: %s', (_title, document, messages) => {
    expect(checkPolicyStatements(new Violations(), document).all).toEqual(messages);
  });
});

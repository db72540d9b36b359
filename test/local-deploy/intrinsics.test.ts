import { IntrinsicResolver, TemplateError } from './intrinsics';
import { StackIdentity } from './stack-identity';
import { Template } from './template';

const STACK: StackIdentity = {
  stackName: 'Shop',
  stackId: 'arn:aws:cloudformation:eu-west-1:111122223333:stack/Shop/6f1c7d3e-0000-4000-8000-000000000001',
  region: 'eu-west-1',
  accountId: '111122223333',
  partition: 'aws',
  urlSuffix: 'amazonaws.com',
};

const TEMPLATE: Template = {
  Parameters: {
    Stage: { Type: 'String', Default: 'dev' },
    Required: { Type: 'String' },
  },
  Mappings: { Senders: { 'eu-west-1': { Id: 'SHOPEU' } } },
  Conditions: {
    IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] },
    IsIreland: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] },
    IrelandOutsideProd: { 'Fn::And': [{ Condition: 'IsIreland' }, { 'Fn::Not': [{ Condition: 'IsProd' }] }] },
    ProdOrIreland: { 'Fn::Or': [{ Condition: 'IsProd' }, { Condition: 'IsIreland' }] },
  },
  Resources: {
    Topic: { Type: 'AWS::SNS::Topic' },
    Set: { Type: 'Custom::SmsVoiceConfigurationSet' },
    ProdOnly: { Type: 'AWS::SNS::Topic', Condition: 'IsProd' },
  },
};

function resolver(parameters: { [name: string]: unknown } = {}): IntrinsicResolver {
  return new IntrinsicResolver({
    template: TEMPLATE,
    stack: STACK,
    parameters,
    resources: {
      ref: logicalId => `physical-${logicalId}`,
      getAtt: (logicalId, attribute) => `${logicalId}.${attribute}`,
    },
  });
}

describe('IntrinsicResolver', () => {
  test.each([
    ['a resource Ref: its physical id', { Ref: 'Topic' }, 'physical-Topic'],
    ['a parameter Ref without a value: its Default', { Ref: 'Stage' }, 'dev'],
    ['AWS::Region', { Ref: 'AWS::Region' }, 'eu-west-1'],
    ['AWS::AccountId', { Ref: 'AWS::AccountId' }, '111122223333'],
    ['AWS::Partition', { Ref: 'AWS::Partition' }, 'aws'],
    ['AWS::StackName', { Ref: 'AWS::StackName' }, 'Shop'],
    ['AWS::StackId', { Ref: 'AWS::StackId' }, STACK.stackId],
    ['AWS::URLSuffix', { Ref: 'AWS::URLSuffix' }, 'amazonaws.com'],
    ['Fn::GetAtt as a list', { 'Fn::GetAtt': ['Set', 'ConfigurationSetArn'] }, 'Set.ConfigurationSetArn'],
    ['Fn::GetAtt as a dotted string', { 'Fn::GetAtt': 'Set.ConfigurationSetName' }, 'Set.ConfigurationSetName'],
    ['Fn::Join of resolved parts', { 'Fn::Join': [':', ['arn', { Ref: 'AWS::Partition' }, 'sms-voice', { Ref: 'Topic' }]] }, 'arn:aws:sms-voice:physical-Topic'],
    ['Fn::Sub with pseudo parameters, Refs and attributes', { 'Fn::Sub': '${AWS::Region}/${Topic}/${Set.ConfigurationSetName}' },
      'eu-west-1/physical-Topic/Set.ConfigurationSetName'],
    ['Fn::Sub with its own variables, which win over names', { 'Fn::Sub': ['${Topic}-${Suffix}', { Topic: 'mine', Suffix: { Ref: 'Stage' } }] }, 'mine-dev'],
    ['Fn::Sub leaves ${!Literal} as ${Literal}', { 'Fn::Sub': 'keep ${!Literal}' }, 'keep ${Literal}'],
    ['Fn::Select', { 'Fn::Select': ['1', ['a', { Ref: 'Topic' }, 'c']] }, 'physical-Topic'],
    ['Fn::Select of Fn::Split', { 'Fn::Select': [2, { 'Fn::Split': ['/', 'a/b/c'] }] }, 'c'],
    ['Fn::FindInMap', { 'Fn::FindInMap': ['Senders', { Ref: 'AWS::Region' }, 'Id'] }, 'SHOPEU'],
    ['Fn::If on a false condition', { 'Fn::If': ['IsProd', 'prod-value', 'other-value'] }, 'other-value'],
    ['Fn::If on Fn::And / Fn::Not of conditions', { 'Fn::If': ['IrelandOutsideProd', 'yes', 'no'] }, 'yes'],
    ['Fn::If on Fn::Or of conditions', { 'Fn::If': ['ProdOrIreland', 'yes', 'no'] }, 'yes'],
    ['Fn::Base64', { 'Fn::Base64': 'hello' }, 'aGVsbG8='],
    ['Fn::GetAZs', { 'Fn::GetAZs': '' }, ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']],
    ['nested objects and lists, resolved throughout', { A: [{ Ref: 'Topic' }, { B: { Ref: 'Stage' } }] }, { A: ['physical-Topic', { B: 'dev' }] }],
    ['an IAM-style object with a Condition key, left alone', { Effect: 'Allow', Condition: { StringEquals: { k: 'v' } } },
      { Effect: 'Allow', Condition: { StringEquals: { k: 'v' } } }],
  ])('resolves %s', (_case, value, expected) => {
    expect(resolver().resolve(value)).toEqual(expected);
  });

  test('takes a parameter value over its Default', () => {
    expect(resolver({ Stage: 'prod' }).resolve({ 'Fn::If': ['IsProd', { Ref: 'Stage' }, 'no'] })).toBe('prod');
  });

  test('drops a property or list element that is Ref AWS::NoValue', () => {
    const value = { Keep: 'x', Drop: { 'Fn::If': ['IsProd', 'y', { Ref: 'AWS::NoValue' }] }, List: ['a', { Ref: 'AWS::NoValue' }] };
    expect(resolver().resolve(value)).toEqual({ Keep: 'x', List: ['a'] });
  });

  test('evaluates conditions', () => {
    expect(resolver().condition('IsIreland')).toBe(true);
    expect(resolver().condition('IsProd')).toBe(false);
    expect(resolver({ Stage: 'prod' }).condition('IsProd')).toBe(true);
  });

  test.each([
    ['an intrinsic it does not know', { 'Fn::ImportValue': 'Exported' }, /does not resolve Fn::ImportValue/],
    ['a Ref to nothing in the template', { Ref: 'Missing' }, /Missing is not a resource, parameter or pseudo parameter/],
    ['a Ref to a resource whose condition is false', { Ref: 'ProdOnly' }, /ProdOnly is not created \(its condition IsProd is false\)/],
    ['a parameter with neither value nor Default', { Ref: 'Required' }, /Parameter Required has no value and no Default/],
    ['Fn::Select out of range', { 'Fn::Select': [3, ['a']] }, /out of range/],
    ['Fn::FindInMap of a missing key', { 'Fn::FindInMap': ['Senders', 'us-east-1', 'Id'] }, /Senders.us-east-1.Id is not in the template's Mappings/],
    ['Fn::Join of an object', { 'Fn::Join': ['', [{ A: 1 }]] }, /Fn::Join needs strings/],
  ])('fails with a TemplateError on %s', (_case, value, message) => {
    expect(() => resolver().resolve(value)).toThrow(TemplateError);
    expect(() => resolver().resolve(value)).toThrow(message);
  });
});

import { attributesRead, dependenciesOf, deploymentOrder, referencesIn } from './dependencies';
import { Template } from './template';

describe('referencesIn', () => {
  test('finds Ref, Fn::GetAtt (both forms) and Fn::Sub names, however deep', () => {
    const value = {
      A: { Ref: 'Topic' },
      B: [{ 'Fn::GetAtt': ['Set', 'ConfigurationSetArn'] }, { 'Fn::GetAtt': 'Role.Arn' }],
      C: { 'Fn::Join': ['', [{ 'Fn::Sub': 'x-${Queue}-${Bucket.Arn}-${AWS::Region}-${!Literal}' }]] },
    };
    expect(referencesIn(value)).toEqual([
      { name: 'Topic' },
      { name: 'Set', attribute: 'ConfigurationSetArn' },
      { name: 'Role', attribute: 'Arn' },
      { name: 'Queue' },
      { name: 'Bucket', attribute: 'Arn' },
      { name: 'AWS::Region' },
    ]);
  });

  test("does not count Fn::Sub's own variables as references", () => {
    expect(referencesIn({ 'Fn::Sub': ['${Name}-${Topic}', { Name: { Ref: 'Param' } }] })).toEqual([{ name: 'Topic' }, { name: 'Param' }]);
  });
});

describe('dependenciesOf', () => {
  const template: Template = {
    Parameters: { Stage: { Type: 'String', Default: 'dev' } },
    Resources: {
      Topic: { Type: 'AWS::SNS::Topic' },
      Role: { Type: 'AWS::IAM::Role' },
      Policy: { Type: 'AWS::IAM::Policy' },
      Set: {
        Type: 'Custom::SmsVoiceConfigurationSet',
        DependsOn: 'Policy',
        Properties: { A: { Ref: 'Topic' }, B: { 'Fn::GetAtt': ['Role', 'Arn'] }, C: { Ref: 'Stage' }, D: { Ref: 'AWS::Region' } },
      },
      Function: { Type: 'AWS::Lambda::Function', DependsOn: ['Role', 'Policy'] },
    },
  };

  test('counts references to resources and DependsOn, not parameters or pseudo parameters', () => {
    expect(dependenciesOf(template.Resources.Set, template)).toEqual(new Set(['Policy', 'Topic', 'Role']));
    expect(dependenciesOf(template.Resources.Function, template)).toEqual(new Set(['Role', 'Policy']));
  });

  test('fails on a DependsOn that names no resource', () => {
    expect(() => dependenciesOf({ Type: 'AWS::SNS::Topic', DependsOn: 'Ghost' }, template)).toThrow('DependsOn: Ghost is not a resource of the template');
  });
});

describe('deploymentOrder', () => {
  test('puts every resource after what it depends on, whatever the template order', () => {
    const template: Template = {
      Resources: {
        Function: { Type: 'AWS::Lambda::Function', Properties: { Role: { 'Fn::GetAtt': ['Role', 'Arn'] }, Env: { 'Fn::Sub': '${Set.ConfigurationSetName}' } } },
        Set: { Type: 'Custom::SmsVoiceConfigurationSet', Properties: { TopicArn: { Ref: 'Topic' } } },
        Role: { Type: 'AWS::IAM::Role', DependsOn: 'Topic' },
        Topic: { Type: 'AWS::SNS::Topic' },
      },
    };
    expect(deploymentOrder(template)).toEqual(['Topic', 'Set', 'Role', 'Function']);
  });

  test('keeps the template order among independent resources', () => {
    const template: Template = { Resources: { C: { Type: 'AWS::SNS::Topic' }, A: { Type: 'AWS::SNS::Topic' }, B: { Type: 'AWS::SNS::Topic' } } };
    expect(deploymentOrder(template)).toEqual(['C', 'A', 'B']);
  });

  test('leaves out the resources that include rejects, and their edges', () => {
    const template: Template = {
      Resources: {
        A: { Type: 'AWS::SNS::Topic', Properties: { X: { Ref: 'B' } } },
        B: { Type: 'AWS::SNS::Topic' },
        C: { Type: 'AWS::SNS::Topic' },
      },
    };
    expect(deploymentOrder(template, id => id !== 'B')).toEqual(['A', 'C']);
  });

  test('fails on a cycle, naming the resources caught in it', () => {
    const template: Template = {
      Resources: {
        Free: { Type: 'AWS::SNS::Topic' },
        A: { Type: 'AWS::SNS::Topic', Properties: { X: { Ref: 'B' } } },
        B: { Type: 'AWS::SNS::Topic', DependsOn: 'A' },
      },
    };
    expect(() => deploymentOrder(template)).toThrow('Circular dependency between resources: A, B');
  });
});

describe('attributesRead', () => {
  test('collects the attributes read with Fn::GetAtt and ${X.Attr}, in resources and outputs', () => {
    const template: Template = {
      Resources: {
        Set: { Type: 'Custom::SmsVoiceConfigurationSet' },
        Function: { Type: 'AWS::Lambda::Function', Properties: { A: { 'Fn::GetAtt': ['Set', 'ConfigurationSetName'] }, B: { Ref: 'Set' } } },
      },
      Outputs: { Arn: { Value: { 'Fn::Sub': '${Set.ConfigurationSetArn}' } }, Fn: { Value: { 'Fn::GetAtt': ['Function', 'Arn'] } } },
    };
    expect(attributesRead(template)).toEqual(new Map([
      ['Set', new Set(['ConfigurationSetName', 'ConfigurationSetArn'])],
      ['Function', new Set(['Arn'])],
    ]));
  });
});

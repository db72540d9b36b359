import { Lazy, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { handlerRoleStatements, newStack, onlyResource, smsArn } from './support';
import { OptOutList } from '../../src';

const OPT_OUT_LIST = 'Custom::SmsVoiceOptOutList';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

describe('defaults', () => {
  test('an opt-out list gets a generated name, declares no numbers and is retained', () => {
    new OptOutList(stack, 'Marketing');

    const resource = onlyResource(stack, OPT_OUT_LIST);
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(resource.Properties.SchemaVersion).toBe('1');
    expect(resource.Properties.OptOutListName).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(resource.Properties).not.toHaveProperty('OptedOutNumbers');
    expect(resource.Properties).not.toHaveProperty('Tags');
  });
});

describe('properties', () => {
  test('declared numbers come from the prop and addOptedOutNumbers, in order', () => {
    const list = new OptOutList(stack, 'List', { optOutListName: 'marketing', optedOutNumbers: ['+12065550100'], tags: { team: 'sms' } });
    list.addOptedOutNumbers('+447700900123', '+4915123456789');
    Tags.of(stack).add('env', 'prod');

    Template.fromStack(stack).hasResourceProperties(OPT_OUT_LIST, {
      OptOutListName: 'marketing',
      OptedOutNumbers: ['+12065550100', '+447700900123', '+4915123456789'],
      Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'sms' }],
    });
  });

  test('removalPolicy DESTROY deletes the list with the stack', () => {
    new OptOutList(stack, 'List', { removalPolicy: RemovalPolicy.DESTROY });

    expect(onlyResource(stack, OPT_OUT_LIST).DeletionPolicy).toBe('Delete');
  });

  test('the provider may manage the lists of this account and region, by any name for rename cleanups', () => {
    new OptOutList(stack, 'List', { optOutListName: 'marketing' });

    expect(handlerRoleStatements(stack).filter(s => JSON.stringify(s).includes(':sms-voice:'))).toEqual([expect.objectContaining({
      Action: expect.arrayContaining(['sms-voice:CreateOptOutList', 'sms-voice:PutOptedOutNumber', 'sms-voice:DeleteOptedOutNumber',
        'sms-voice:DescribeOptOutLists', 'sms-voice:DescribeOptedOutNumbers', 'sms-voice:DeleteOptOutList']),
      Resource: smsArn('opt-out-list/*'),
    })]);
  });
});

describe('validation', () => {
  test('fails when optOutListName does not match the pattern', () => {
    expect(() => new OptOutList(stack, 'List', { optOutListName: 'my list' }))
      .toThrow(/optOutListName: "my list" must match the pattern \[A-Za-z0-9_-\]\+/);
  });

  test('fails when a declared number is not E.164', () => {
    expect(() => new OptOutList(stack, 'List', { optedOutNumbers: ['2065550100'] }))
      .toThrow(/optedOutNumbers: "2065550100" must be an E.164 phone number/);
  });

  test('fails when a declared number has more than 15 digits', () => {
    const list = new OptOutList(stack, 'List');

    expect(() => list.addOptedOutNumbers('+1234567890123456')).toThrow(/"\+1234567890123456" must be an E.164 phone number/);
  });

  test('fails when a number is declared twice', () => {
    const list = new OptOutList(stack, 'List', { optedOutNumbers: ['+12065550100'] });

    expect(() => list.addOptedOutNumbers('+12065550100')).toThrow(/already declares \+12065550100 opted out/);
  });

  test('skips checks of tokens', () => {
    const list = new OptOutList(stack, 'List', { optOutListName: Lazy.string({ produce: () => 'resolved-later' }) });
    list.addOptedOutNumbers(Lazy.string({ produce: () => '+12065550100' }));

    Template.fromStack(stack).hasResourceProperties(OPT_OUT_LIST, { OptOutListName: 'resolved-later', OptedOutNumbers: ['+12065550100'] });
  });
});

describe('imports and grants', () => {
  test('fromOptOutListName and fromOptOutListArn', () => {
    const byName = OptOutList.fromOptOutListName(stack, 'ByName', 'marketing');
    const byArn = OptOutList.fromOptOutListArn(stack, 'ByArn', 'arn:aws:sms-voice:us-east-1:222222222222:opt-out-list/shared');

    expect(stack.resolve(byName.optOutListArn)).toEqual(smsArn('opt-out-list/marketing'));
    expect(byArn.optOutListName).toBe('shared');
    expect(byArn.env).toEqual({ account: '222222222222', region: 'us-east-1' });
  });

  test('grantRead and grantManageOptOuts', () => {
    const list = OptOutList.fromOptOutListName(stack, 'List', 'marketing');
    const reader = new iam.Role(stack, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
    const manager = new iam.Role(stack, 'Manager', { assumedBy: new iam.AccountRootPrincipal() });

    list.grantRead(reader);
    list.grantManageOptOuts(manager);

    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: ['sms-voice:DescribeOptOutLists', 'sms-voice:DescribeOptedOutNumbers'], Effect: 'Allow', Resource: smsArn('opt-out-list/marketing') }] },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: ['sms-voice:DescribeOptOutLists', 'sms-voice:DescribeOptedOutNumbers', 'sms-voice:PutOptedOutNumber', 'sms-voice:DeleteOptedOutNumber'],
          Effect: 'Allow',
          Resource: smsArn('opt-out-list/marketing'),
        }],
      },
    });
  });
});

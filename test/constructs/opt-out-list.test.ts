import { Lazy, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { handlerRoleStatements, newStack, onlyResource, smsArn, synthesized } from './support';
import { MessageType, NumberCapability, NumberType, OptOutList, PhoneNumber } from '../../src';

const OPT_OUT_LIST = 'Custom::SmsVoiceOptOutList';
const OPTED_OUT_NUMBERS = 'Custom::SmsVoiceOptedOutNumbers';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

describe('defaults', () => {
  test('an opt-out list gets a generated name, declares no numbers and is kept, except when its own create rolls back', () => {
    new OptOutList(stack, 'Marketing');

    const resource = onlyResource(stack, OPT_OUT_LIST);
    expect(resource.DeletionPolicy).toBe('RetainExceptOnCreate');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(resource.Properties.SchemaVersion).toBe('1');
    expect(resource.Properties.OptOutListName).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(resource.Properties).not.toHaveProperty('Tags');
    Template.fromStack(stack).resourceCountIs(OPTED_OUT_NUMBERS, 0);
  });
});

describe('properties', () => {
  test('declared numbers come from the prop and addOptedOutNumbers, in order, in a resource of their own on the list\'s ARN', () => {
    const list = new OptOutList(stack, 'List', { optOutListName: 'marketing', optedOutNumbers: ['+12065550100'], tags: { team: 'sms' } });
    list.addOptedOutNumbers('+447700900123', '+4915123456789');
    Tags.of(stack).add('env', 'prod');

    const listResource = onlyResource(stack, OPT_OUT_LIST);
    expect(listResource.Properties).toEqual({
      ServiceToken: expect.anything(),
      SchemaVersion: '1',
      OptOutListName: 'marketing',
      Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'sms' }],
    });
    const numbers = onlyResource(stack, OPTED_OUT_NUMBERS);
    expect(numbers.Properties).toEqual({
      ServiceToken: expect.anything(),
      SchemaVersion: '1',
      OptOutListArn: { 'Fn::GetAtt': [expect.stringMatching(/^List/), 'OptOutListArn'] },
      OptedOutNumbers: ['+12065550100', '+447700900123', '+4915123456789'],
    });
    // Its Delete removes no number (they go with the list, as the list's removal policy says): nothing of its own is retained.
    expect(numbers.DeletionPolicy).toBe('Delete');
    expect(numbers.UpdateReplacePolicy).toBe('Delete');
  });

  test('numbers declared by addOptedOutNumbers alone get the resource too', () => {
    new OptOutList(stack, 'List').addOptedOutNumbers('+12065550100');

    expect(onlyResource(stack, OPTED_OUT_NUMBERS).Properties.OptedOutNumbers).toEqual(['+12065550100']);
  });

  test('optedOutNumbers [] keeps the resource, declaring no numbers, so that an update removes the ones declared before', () => {
    new OptOutList(stack, 'List', { optedOutNumbers: [] });

    const numbers = onlyResource(stack, OPTED_OUT_NUMBERS);
    expect(numbers.Properties).toHaveProperty('OptOutListArn');
    expect(numbers.Properties).not.toHaveProperty('OptedOutNumbers');
  });

  test('a phone number on the list waits for the list, not for its numbers', () => {
    const list = new OptOutList(stack, 'List', { optedOutNumbers: ['+12065550100'] });
    new PhoneNumber(stack, 'Number', {
      isoCountryCode: 'US',
      messageType: MessageType.TRANSACTIONAL,
      numberCapabilities: [NumberCapability.SMS],
      numberType: NumberType.SIMULATOR,
      optOutList: list,
    });

    const resources = Template.fromStack(stack).toJSON().Resources as { [id: string]: { Type: string } };
    const [numbersId] = Object.entries(resources).find(([, r]) => r.Type === OPTED_OUT_NUMBERS)!;
    const phoneNumber = onlyResource(stack, 'Custom::SmsVoicePhoneNumber');
    expect(JSON.stringify(phoneNumber)).not.toContain(numbersId);
    expect(phoneNumber.Properties.OptOutListName).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^List/), 'OptOutListName'] });
  });

  test('removalPolicy DESTROY deletes the list with the stack', () => {
    new OptOutList(stack, 'List', { removalPolicy: RemovalPolicy.DESTROY });

    expect(onlyResource(stack, OPT_OUT_LIST).DeletionPolicy).toBe('Delete');
  });

  test('the provider may manage the lists of this account and region, by any name for rename cleanups', () => {
    new OptOutList(stack, 'List', { optOutListName: 'marketing' });

    const [statement, ...others] = handlerRoleStatements(stack).filter(s => JSON.stringify(s).includes(':sms-voice:'));
    expect(others).toEqual([]);
    expect(statement).toEqual(expect.objectContaining({
      Action: expect.arrayContaining(['sms-voice:CreateOptOutList', 'sms-voice:DescribeOptOutLists', 'sms-voice:DescribeOptedOutNumbers',
        'sms-voice:DeleteOptOutList']),
      Resource: smsArn('opt-out-list/*'),
    }));
    // Changing the numbers is for lists that declare some.
    expect(statement.Action).not.toContain('sms-voice:PutOptedOutNumber');
  });

  test('a list that declares numbers lets the provider put and remove numbers too', () => {
    new OptOutList(stack, 'List', { optedOutNumbers: ['+12065550100'] });

    expect(handlerRoleStatements(stack).filter(s => JSON.stringify(s).includes(':sms-voice:'))).toEqual([expect.objectContaining({
      Action: expect.arrayContaining(['sms-voice:PutOptedOutNumber', 'sms-voice:DeleteOptedOutNumber', 'sms-voice:DescribeOptedOutNumbers']),
      Resource: smsArn('opt-out-list/*'),
    })]);
  });
});

describe('validation', () => {
  test('fails when optOutListName does not match the pattern', () => {
    expect(() => synthesized(new OptOutList(stack, 'List', { optOutListName: 'my list' })))
      .toThrow(/optOutListName: "my list" may contain only letters, digits, _ and -/);
  });

  test('fails when a declared number is not E.164', () => {
    expect(() => synthesized(new OptOutList(stack, 'List', { optedOutNumbers: ['2065550100'] })))
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

    Template.fromStack(stack).hasResourceProperties(OPT_OUT_LIST, { OptOutListName: 'resolved-later' });
    Template.fromStack(stack).hasResourceProperties(OPTED_OUT_NUMBERS, { OptedOutNumbers: ['+12065550100'] });
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

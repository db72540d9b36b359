import { Lazy, RemovalPolicy, Resource, Stack, Tags } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { handlerRoleStatements, newStack, synthesized } from './support';
import {
  IShareableResource,
  MessageType,
  NumberCapability,
  NumberType,
  OptOutList,
  PhoneNumber,
  Pool,
  ResourcePolicy,
  SenderId,
} from '../../src';

const POLICY = 'Custom::SmsVoiceResourcePolicy';
const PARTNER = '210987654321';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

const newNumber = (id = 'Number') => new PhoneNumber(stack, id, {
  isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL, numberCapabilities: [NumberCapability.SMS], numberType: NumberType.TOLL_FREE,
});

/** The four kinds of resource that take a policy, made in `stack`, with the logical id prefix and ARN attribute of each. */
const OWNED: [string, () => IShareableResource, string, string][] = [
  ['phone number', () => newNumber(), 'Number', 'PhoneNumberArn'],
  ['sender ID', () => new SenderId(stack, 'Brand', { senderId: 'BRAND', isoCountryCode: 'GB' }), 'Brand', 'SenderIdArn'],
  ['pool', () => new Pool(stack, 'Pool', { originationIdentities: [newNumber()], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL }),
    'Pool', 'PoolArn'],
  ['opt-out list', () => new OptOutList(stack, 'List'), 'List', 'OptOutListArn'],
];

const IMPORTED: [string, () => IShareableResource][] = [
  ['phone number', () => PhoneNumber.fromPhoneNumberId(stack, 'Number', 'phone-0123')],
  ['sender ID', () => SenderId.fromSenderIdAttributes(stack, 'Brand', { senderId: 'BRAND', isoCountryCode: 'GB' })],
  ['pool', () => Pool.fromPoolId(stack, 'Pool', 'pool-0123')],
  ['opt-out list', () => OptOutList.fromOptOutListName(stack, 'List', 'marketing')],
];

/** A statement that shares `resource` with the partner account. */
const share = (resource: IShareableResource, action = 'sms-voice:SendTextMessage') => new iam.PolicyStatement({
  actions: [action], principals: [new iam.AccountPrincipal(PARTNER)], resources: [resource.resourceArn],
});

/** The statements of the only resource policy of the stack, as the handler receives them. */
function policyStatements(): unknown[] {
  const [policy] = Object.values(Template.fromStack(stack).findResources(POLICY)) as any[];
  return JSON.parse(stack.resolve(stackJson(policy.Properties.Policy))).Statement;
}

/** The policy JSON with its intrinsics written as `${…}` placeholders, so it parses. */
function stackJson(policy: any): string {
  if (typeof policy === 'string') return policy;
  return (policy['Fn::Join'][1] as any[]).map(part => typeof part === 'string' ? part : `\${${JSON.stringify(part).replace(/"/g, '')}}`).join('');
}

/** A resource that says it takes a policy, but is none of the four kinds. */
class Shareable extends Resource implements IShareableResource {
  constructor(scope: Construct, id: string, readonly resourceArn: string) {
    super(scope, id);
  }

  addToResourcePolicy(): iam.AddToResourcePolicyResult {
    return { statementAdded: false };
  }
}

const partnerPrincipal = { AWS: 'arn:${{Ref:AWS::Partition}}:iam::210987654321:root' };

describe('addToResourcePolicy', () => {
  test.each(OWNED)('%s: makes its resource policy, construct id Policy, on the first statement and adds the rest to it',
    (_kind, make, logicalId, arnAttribute) => {
      const resource = make();

      const first = resource.addToResourcePolicy(share(resource));
      const second = resource.addToResourcePolicy(share(resource, 'sms-voice:SendMediaMessage'));

      const policy = resource.node.findChild('Policy');
      expect(policy).toBeInstanceOf(ResourcePolicy);
      expect(first).toEqual({ statementAdded: true, policyDependable: policy });
      expect(second).toEqual({ statementAdded: true, policyDependable: policy });
      const template = Template.fromStack(stack);
      template.resourceCountIs(POLICY, 1);
      const [[policyId, resourcePolicy]] = Object.entries(template.findResources(POLICY)) as [string, any][];
      expect(policyId).toMatch(new RegExp(`^${logicalId}Policy`));
      expect(resourcePolicy.Properties.SchemaVersion).toBe('1');
      expect(resourcePolicy.Properties.ResourceArn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(new RegExp(`^${logicalId}`)), arnAttribute] });
      expect(resourcePolicy.DeletionPolicy).toBe('Delete');
      const arn = `\${{Fn::GetAtt:[${resourcePolicy.Properties.ResourceArn['Fn::GetAtt'].join(',')}]}}`;
      expect(policyStatements()).toEqual([
        { Action: 'sms-voice:SendTextMessage', Effect: 'Allow', Principal: partnerPrincipal, Resource: arn },
        { Action: 'sms-voice:SendMediaMessage', Effect: 'Allow', Principal: partnerPrincipal, Resource: arn },
      ]);
    });

  test.each(IMPORTED)('an imported %s: adds nothing and returns statementAdded false', (_kind, make) => {
    const resource = make();

    expect(resource.addToResourcePolicy(share(resource))).toEqual({ statementAdded: false });
    Template.fromStack(stack).resourceCountIs(POLICY, 0);
  });

  test('the policy of a retained resource is deleted with its construct: sharing never outlives the code that declares it', () => {
    const list = new OptOutList(stack, 'List', { removalPolicy: RemovalPolicy.RETAIN });
    list.addToResourcePolicy(share(list));

    Template.fromStack(stack).hasResource('Custom::SmsVoiceOptOutList', { DeletionPolicy: 'Retain' });
    Template.fromStack(stack).hasResource(POLICY, { DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete' });
  });

  test('Tags.of does not reach the policy, which has no tags', () => {
    const list = new OptOutList(stack, 'List');
    list.addToResourcePolicy(share(list));
    Tags.of(stack).add('team', 'sms');

    Template.fromStack(stack).hasResourceProperties('Custom::SmsVoiceOptOutList', { Tags: [{ Key: 'team', Value: 'sms' }] });
    expect(Object.keys((Object.values(Template.fromStack(stack).findResources(POLICY))[0] as any).Properties).sort())
      .toEqual(['Policy', 'ResourceArn', 'SchemaVersion', 'ServiceToken']);
  });
});

describe('ResourcePolicy', () => {
  test('on an imported pool, with a document given, which statements can still be added to', () => {
    const pool = Pool.fromPoolArn(stack, 'Pool', 'arn:aws:sms-voice:eu-west-1:111111111111:pool/pool-0123');
    const document = new iam.PolicyDocument({ statements: [share(pool)] });

    const policy = new ResourcePolicy(stack, 'PoolPolicy', { resource: pool, policyDocument: document });
    policy.document.addStatements(share(pool, 'sms-voice:SendVoiceMessage'));

    expect(policy.document).toBe(document);
    Template.fromStack(stack).hasResourceProperties(POLICY, { ResourceArn: 'arn:aws:sms-voice:eu-west-1:111111111111:pool/pool-0123' });
    const arn = 'arn:aws:sms-voice:eu-west-1:111111111111:pool/pool-0123';
    expect(policyStatements()).toEqual([
      { Action: 'sms-voice:SendTextMessage', Effect: 'Allow', Principal: partnerPrincipal, Resource: arn },
      { Action: 'sms-voice:SendVoiceMessage', Effect: 'Allow', Principal: partnerPrincipal, Resource: arn },
    ]);
  });

  test.each(IMPORTED)('lets the handler get, put and delete the policy of an imported %s, in the statement of its type', (_kind, make) => {
    const resource = make();
    new ResourcePolicy(stack, 'Policy', { resource, policyDocument: new iam.PolicyDocument({ statements: [share(resource)] }) });

    const statements = handlerRoleStatements(stack).filter(s => JSON.stringify(s.Resource).includes(':sms-voice:'));
    expect(statements).toHaveLength(1);
    expect(statements[0].Action).toEqual(['sms-voice:GetResourcePolicy', 'sms-voice:PutResourcePolicy', 'sms-voice:DeleteResourcePolicy']);
  });

  test('of a resource of another account, the handler gets a statement for that account', () => {
    const list = OptOutList.fromOptOutListArn(stack, 'List', 'arn:aws:sms-voice:eu-west-1:222222222222:opt-out-list/shared');
    new ResourcePolicy(stack, 'Policy', { resource: list, policyDocument: new iam.PolicyDocument({ statements: [share(list)] }) });

    expect(handlerRoleStatements(stack)).toContainEqual({
      Action: ['sms-voice:GetResourcePolicy', 'sms-voice:PutResourcePolicy', 'sms-voice:DeleteResourcePolicy'],
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sms-voice:eu-west-1:222222222222:opt-out-list/*']] },
    });
  });

  test('the actions on the policies of owned resources join the statement of their type: the role does not grow with the policies', () => {
    const lists = [1, 2, 3].map(i => new OptOutList(stack, `List${i}`));
    lists.forEach(list => list.addToResourcePolicy(share(list)));

    const statements = handlerRoleStatements(stack).filter(s => JSON.stringify(s.Resource).includes(':sms-voice:'));
    expect(statements).toHaveLength(1);
    expect(statements[0].Action).toEqual(expect.arrayContaining(['sms-voice:GetResourcePolicy', 'sms-voice:PutResourcePolicy', 'sms-voice:DeleteResourcePolicy']));
  });

  test('applyRemovalPolicy RETAIN keeps the policy on the resource when the construct leaves the stack', () => {
    const list = OptOutList.fromOptOutListName(stack, 'List', 'marketing');
    const policy = new ResourcePolicy(stack, 'Policy', { resource: list, policyDocument: new iam.PolicyDocument({ statements: [share(list)] }) });

    policy.applyRemovalPolicy(RemovalPolicy.RETAIN);

    Template.fromStack(stack).hasResource(POLICY, { DeletionPolicy: 'Retain' });
  });

  describe('validation', () => {
    const list = () => OptOutList.fromOptOutListArn(stack, 'List', 'arn:aws:sms-voice:eu-west-1:111111111111:opt-out-list/marketing');
    const synth = () => Template.fromStack(stack);

    test('fails when the document is empty', () => {
      new ResourcePolicy(stack, 'Policy', { resource: list() });

      expect(synth).toThrow('[Stack/Policy] policyDocument: "{}" must hold at least one statement'
        + ' (add them with addStatements, or with addToResourcePolicy on the resource)');
    });

    test('fails when a statement has no principal, as aws-cdk-lib\'s resource policies do', () => {
      new ResourcePolicy(stack, 'Policy', {
        resource: list(),
        policyDocument: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sms-voice:DescribeOptOutLists'], resources: ['*'] })] }),
      });

      expect(synth).toThrow('[Stack/Policy] policyDocument: A PolicyStatement used in a resource-based policy must specify at least one IAM principal.');
    });

    test('fails when a document without tokens is longer than the service takes', () => {
      const principals = Array.from({ length: 400 }, (_, i) => new iam.ArnPrincipal(`arn:aws:iam::${String(100000000000 + i)}:root`));
      new ResourcePolicy(stack, 'Policy', {
        resource: list(),
        policyDocument: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sms-voice:DescribeOptOutLists'], principals, resources: ['*'] })] }),
      });

      expect(synth).toThrow(/\[Stack\/Policy\] policyDocument: "\{\\"Statement\\":\[\{\\"Action\\":\\"sms-voice:Descr…" must be 1 to 10000 characters long as JSON text, but is 1\d{4}/);
    });

    test('does not check the length of a document with tokens, which the handler checks once they resolve', () => {
      const principals = Array.from({ length: 400 }, (_, i) => new iam.AccountPrincipal(String(100000000000 + i)));
      new ResourcePolicy(stack, 'Policy', {
        resource: list(),
        policyDocument: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sms-voice:DescribeOptOutLists'], principals, resources: ['*'] })] }),
      });

      expect(synth).not.toThrow();
    });

    test('fails at once when the resource is no phone number, sender ID, pool or opt-out list', () => {
      const notShareable = new Shareable(stack, 'Other', 'arn:aws:sms-voice:eu-west-1:111111111111:configuration-set/orders');

      expect(() => new ResourcePolicy(stack, 'Policy', { resource: notShareable })).toThrow("ResourcePolicy 'Stack/Policy': cannot tell what 'Stack/Other' is: "
        + 'give it a phone number, sender ID, pool or opt-out list of this library (its fromXxx imports included)');
    });

    test('fails at once when it cannot tell the kind of a resource whose ARN is a token', () => {
      const unknown = new Shareable(stack, 'Other', Lazy.string({ produce: () => 'arn:aws:sms-voice:eu-west-1:111111111111:pool/pool-0123' }));

      expect(() => synthesized(new ResourcePolicy(stack, 'Policy', { resource: unknown }))).toThrow('ResourcePolicy \'Stack/Policy\': cannot tell what'
        + ' \'Stack/Other\' is: give it a phone number, sender ID, pool or opt-out list of this library (its fromXxx imports included)');
    });

    test('skips checks of tokens', () => {
      const pool = Pool.fromPoolId(stack, 'Pool', Lazy.string({ produce: () => 'not-an-id!' }));

      new ResourcePolicy(stack, 'Policy', { resource: pool, policyDocument: new iam.PolicyDocument({ statements: [share(pool)] }) });

      Template.fromStack(stack).hasResourceProperties(POLICY, { ResourceArn: Match.objectLike({ 'Fn::Join': Match.anyValue() }) });
    });
  });
});

describe('grants to principals of other accounts', () => {
  test.each(OWNED)('%s: they go on its resource policy', (_kind, make) => {
    const resource = make() as IShareableResource & { grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant };

    const grant = resource.grant(new iam.AccountPrincipal(PARTNER), 'sms-voice:SendTextMessage');

    expect(grant.success).toBe(true);
    expect(grant.resourceStatement).toBeDefined();
    expect(policyStatements()).toEqual([expect.objectContaining({ Action: 'sms-voice:SendTextMessage', Principal: partnerPrincipal })]);
  });

  test('grantSendTextMessage of a pool to a role of another account goes on the pool\'s policy, not on the role', () => {
    const pool = new Pool(stack, 'Pool', { originationIdentities: [newNumber()], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL });
    const partnerRole = iam.Role.fromRoleArn(stack, 'PartnerRole', `arn:aws:iam::${PARTNER}:role/sender`);

    pool.grantSendTextMessage(partnerRole);

    expect(policyStatements()).toEqual([expect.objectContaining({ Action: 'sms-voice:SendTextMessage', Principal: { AWS: `arn:aws:iam::${PARTNER}:role/sender` } })]);
    expect(JSON.stringify(Template.fromStack(stack).findResources('AWS::IAM::Policy'))).not.toContain('SendTextMessage');
  });

  test.each(IMPORTED)('an imported %s: they add no statement anywhere, as aws-cdk-lib\'s imports do: its policy is not this stack\'s', (_kind, make) => {
    const resource = make() as IShareableResource & { grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant };

    const grant = resource.grant(new iam.AccountPrincipal(PARTNER), 'sms-voice:SendTextMessage');

    expect(grant.principalStatement).toBeUndefined();
    Template.fromStack(stack).resourceCountIs(POLICY, 0);
    expect(JSON.stringify(Template.fromStack(stack).toJSON())).not.toContain('SendTextMessage');
  });

  test('to a role of this account go on the role, and make no resource policy', () => {
    const pool = new Pool(stack, 'Pool', { originationIdentities: [newNumber()], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL });
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });

    pool.grantSendTextMessage(role);

    Template.fromStack(stack).resourceCountIs(POLICY, 0);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: 'sms-voice:SendTextMessage' })] },
      Roles: [{ Ref: Match.stringLikeRegexp('^Role') }],
    });
  });
});

import { ACCOUNT_LEVEL_ACTIONS } from '../../src/custom-resources/account-level-actions';
import { SERVICE_PRINCIPAL } from '../../src/custom-resources/sms-provider';
import { APP_VERSIONS, exampleApps } from '../local-deploy/examples';
import { synthesizeApp } from '../local-deploy/synthesize';
import { StackTemplate } from '../local-deploy/template';

interface Statement {
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: { readonly [operator: string]: { readonly [key: string]: unknown } };
}

interface HandlerStatement {
  readonly app: string;
  readonly template: StackTemplate['template'];
  readonly statement: Statement;
}

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Every statement of the policies attached to the SMS provider's handler role, in every stack of `app`. */
function handlerStatements(app: string, stacks: readonly StackTemplate[]): HandlerStatement[] {
  return stacks.flatMap(({ template }) => Object.values(template.Resources)
    .filter(resource => resource.Type === 'AWS::IAM::Policy')
    .filter(policy => asList(policy.Properties?.Roles ?? []).some((role: { Ref?: string }) => /SmsVoiceProviderHandlerRole/.test(role.Ref ?? '')))
    .flatMap(policy => asList((policy.Properties!.PolicyDocument as { Statement: Statement | Statement[] }).Statement))
    .map(statement => ({ app, template, statement })));
}

/** The logical id of the role a PassRole resource names (`Fn::GetAtt [Role, Arn]`), or undefined. */
function roleOf(resource: unknown): string | undefined {
  const getAtt = (resource as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
  return getAtt?.[1] === 'Arn' ? getAtt[0] : undefined;
}

function trustedServices(template: StackTemplate['template'], logicalId: string): string[] {
  type Trust = { Statement: { Principal?: { Service?: string | string[] } }[] };
  const trust = template.Resources[logicalId]?.Properties?.AssumeRolePolicyDocument as Trust | undefined;
  return (trust?.Statement ?? []).flatMap(statement => asList(statement.Principal?.Service ?? []));
}

describe('the provider role across the example apps', () => {
  let statements: HandlerStatement[];
  beforeAll(async () => {
    const apps = exampleApps();
    const synthesized = await Promise.all(apps.flatMap(app => [APP_VERSIONS.v1, APP_VERSIONS.v2]
      .map(async context => handlerStatements(app.name, await synthesizeApp(app.entry, { context })))));
    statements = synthesized.flat();
  }, 120_000);

  test('grants "*" only the SMS actions that take no resource, each listed with its reason', () => {
    const onEverything = statements.filter(({ statement }) => asList(statement.Resource as unknown).includes('*'));
    const actions = new Set(onEverything.flatMap(({ statement }) => asList(statement.Action)));

    expect(statements.length).toBeGreaterThan(0);
    expect(onEverything.length).toBeGreaterThan(0);
    for (const action of actions) expect(Object.keys(ACCOUNT_LEVEL_ACTIONS).map(name => `sms-voice:${name}`)).toContain(action);
    for (const reason of Object.values(ACCOUNT_LEVEL_ACTIONS)) expect(reason.length).toBeGreaterThan(20);
  });

  test('lets the handler pass only the roles that trust the service, and only to it', () => {
    const passRole = statements.filter(({ statement }) => asList(statement.Action).includes('iam:PassRole'));

    expect(passRole.length).toBeGreaterThan(0);
    for (const { app, template, statement } of passRole) {
      expect({ app, actions: asList(statement.Action) }).toEqual({ app, actions: ['iam:PassRole'] });
      expect(statement.Condition).toEqual({ StringEquals: { 'iam:PassedToService': SERVICE_PRINCIPAL } });
      for (const resource of asList(statement.Resource)) {
        const role = roleOf(resource);
        expect({ app, role }).toEqual({ app, role: expect.any(String) });
        expect({ app, role, trusts: trustedServices(template, role!) }).toEqual({ app, role, trusts: [SERVICE_PRINCIPAL] });
      }
    }
  });
});

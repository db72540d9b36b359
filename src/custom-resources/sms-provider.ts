import * as path from 'path';
import { Annotations, ArnFormat, Duration, Lazy, RemovalPolicy, Stack, Token, TokenComparison } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { ACCOUNT_LEVEL_ACTIONS } from './account-level-actions';
import { HandlerReference } from '../private/handler-permissions';
import { acknowledgeFrameworkFindings, acknowledgeNagFindings, cfnResources } from '../private/nag-acknowledgements';

/**
 * The shared custom-resource provider that backs every SMS v2 construct of a stack.
 *
 * There is one per stack, however many constructs there are, and its size does not grow with
 * them: the handler role has one statement per SMS v2 resource type the stack uses, with the
 * actions its constructs need, on that type's resources in the stack's account and region; and
 * one `iam:PassRole` statement, limited to `sms-voice.amazonaws.com`, for the roles handed to the
 * service.
 */
export class SmsProvider extends Construct {
  /**
   * Returns the stack's provider, creating it on first use.
   */
  public static getOrCreate(scope: Construct): SmsProvider {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(PROVIDER_ID);
    return existing instanceof SmsProvider ? existing : new SmsProvider(stack, PROVIDER_ID);
  }

  /**
   * The service token that custom resources use to reach the provider.
   */
  public readonly serviceToken: string;

  /**
   * The role that the onEvent and isComplete handlers run with.
   */
  public readonly role: iam.IRole;

  private readonly handlerStatements = new Map<string, { readonly statement: iam.PolicyStatement; readonly actions: Set<string> }>();
  private readonly passedRoles = new Set<string>();
  private readonly readBuckets = new Set<string>();
  private readonly acknowledgedFindings = new Set<string>();

  private constructor(scope: Construct, id: string) {
    super(scope, id);

    const role = new iam.Role(this, 'HandlerRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Runs the SMS v2 custom-resource handlers',
    });
    this.role = role;

    const logGroup = new logs.LogGroup(this, 'HandlerLogs', {
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    logGroup.grantWrite(role);

    const handler = (name: string, entryPoint: string, timeout: Duration) => new lambda.Function(this, name, {
      runtime: lambda.Runtime.NODEJS_22_X,
      code: lambda.Code.fromAsset(HANDLER_ASSET_DIR),
      handler: `index.${entryPoint}`,
      timeout,
      memorySize: 256,
      role,
      logGroup,
      description: `SMS v2 custom-resource handler (${entryPoint})`,
    });

    // The framework's own functions get roles that may write to the handler log group only, instead
    // of roles with AWSLambdaBasicExecutionRole (log writes to every log group). The framework adds
    // its invoke and StartExecution grants to them. onEvent needs a role of its own: sharing one with
    // isComplete and onTimeout makes a dependency cycle through the waiter state machine.
    const frameworkRole = (name: string, functions: string) => {
      const roleForFramework = new iam.Role(this, name, {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        description: `Runs the custom-resource provider framework's ${functions} function of the SMS v2 handlers`,
      });
      logGroup.grantWrite(roleForFramework);
      return roleForFramework;
    };
    const frameworkOnEventRole = frameworkRole('FrameworkOnEventRole', 'onEvent');
    const frameworkCompleteAndTimeoutRole = frameworkRole('FrameworkIsCompleteRole', 'isComplete and onTimeout');

    const provider = new cr.Provider(this, 'Provider', {
      onEventHandler: handler('OnEventHandler', 'onEvent', Duration.minutes(5)),
      // A poll works until 80 s before its timeout (room for one call's retries), and the next one
      // goes on: long polls, few of them, so that the framework's hour holds the most calls at one
      // request a second.
      isCompleteHandler: handler('IsCompleteHandler', 'isComplete', Duration.minutes(15)),
      // What polls wait for (a number or pool still CREATING, a removal blocked by a pool) takes
      // seconds; BENCHMARKS.md measures the deployments at this interval.
      queryInterval: Duration.seconds(5),
      totalTimeout: Duration.hours(1),
      logGroup,
      frameworkOnEventRole,
      frameworkCompleteAndTimeoutRole,
      // The full history of every wait, not only its errors: it shows which poll a stuck deployment is at.
      waiterStateMachineLogOptions: { level: sfn.LogLevel.ALL, includeExecutionData: false },
    });
    pinFrameworkRuntime(provider);
    acknowledgeFrameworkFindings(provider, [frameworkOnEventRole, frameworkCompleteAndTimeoutRole]);
    this.serviceToken = provider.serviceToken;
  }

  /**
   * Adds a statement to the handler role.
   */
  public addToRolePolicy(statement: iam.PolicyStatement): void {
    this.role.addToPrincipalPolicy(statement);
  }

  /**
   * Lets the handler pass `role` to AWS End User Messaging SMS, and to no other service.
   *
   * The roles are listed by ARN in one statement. Past 20 distinct roles,
   * which would crowd IAM's policy size limits, the statement names every role of the stack's
   * account instead, still only for `sms-voice.amazonaws.com`; an info annotation says so.
   */
  public grantPassRole(role: iam.IRole): void {
    if (this.passedRoles.has(role.roleArn)) return;
    this.passedRoles.add(role.roleArn);
    if (this.passedRoles.size === 1) {
      this.addToRolePolicy(new iam.PolicyStatement({
        actions: ['iam:PassRole'],
        resources: Lazy.list({ produce: () => this.passRoleResources() }),
        conditions: { StringEquals: { 'iam:PassedToService': SERVICE_PRINCIPAL } },
      }));
    }
    if (this.passedRoles.size === MAX_LISTED_PASSED_ROLES + 1) {
      Annotations.of(this).addInfo(`More than ${MAX_LISTED_PASSED_ROLES} roles are handed to AWS End User Messaging SMS, so the`
        + ' provider may pass any role of this account to sms-voice.amazonaws.com (and to no other service), to keep its role within'
        + ' IAM\'s policy size limits. Share one role between event destinations (their `role` option) to keep the roles listed.');
      this._acknowledgeRolePolicyFinding('AwsSolutions-IAM5', `iam:PassRole on every role of the account, only to ${SERVICE_PRINCIPAL}:`
        + ` more than ${MAX_LISTED_PASSED_ROLES} roles are handed to the service, and listing them all would outgrow IAM's policy size limits.`,
      [{ regex: '/^Resource::arn:<AWS::Partition>:iam::(<AWS::AccountId>|[0-9]{12}):role\\/\\*$/' }]);
    }
  }

  /**
   * Lets the handler call `actions` (names without `sms-voice:`) on resources of `resourceType`
   * (such as `pool`) in the stack's account and region, or in `environment`. One statement per
   * environment and type, however many constructs ask.
   *
   * @internal
   */
  public _allowHandler(resourceType: string, actions: readonly string[], environment?: { readonly account: string; readonly region: string }): void {
    const stack = Stack.of(this);
    const account = environment?.account ?? stack.account;
    const region = environment?.region ?? stack.region;
    const key = JSON.stringify([account, region, resourceType]);
    let entry = this.handlerStatements.get(key);
    if (!entry) {
      const statement = new iam.PolicyStatement({
        resources: [stack.formatArn({ service: 'sms-voice', account, region, resource: resourceType, resourceName: '*', arnFormat: ArnFormat.SLASH_RESOURCE_NAME })],
      });
      this.addToRolePolicy(statement);
      entry = { statement, actions: new Set() };
      this.handlerStatements.set(key, entry);
      this._acknowledgeWildcardResource(resourceType, 'The handler role has one statement per SMS v2 resource type, on that type\'s resources'
        + ' in this account and region, so that it stays the same size however many constructs the stack has; ids of phone numbers,'
        + ' pools and other resources are assigned by the service, and a renamed resource is deleted after the policy names the new one.');
    }
    for (const action of actions) {
      if (entry.actions.has(action)) continue;
      entry.actions.add(action);
      entry.statement.addActions(`sms-voice:${action}`);
    }
  }

  /**
   * Lets the handler call account-level `actions` (names without `sms-voice:`), which take no
   * resource and so are allowed only on `*`: those of ACCOUNT_LEVEL_ACTIONS, and no other. One
   * statement, however many constructs ask, acknowledged for cdk-nag.
   *
   * @internal
   */
  public _allowHandlerAccountLevel(actions: readonly string[]): void {
    const unknown = actions.filter(action => !(action in ACCOUNT_LEVEL_ACTIONS));
    if (unknown.length > 0) throw new Error(`${unknown.join(', ')} take a resource: grant them on it, not on "*"`);
    let entry = this.handlerStatements.get(ACCOUNT_LEVEL);
    if (!entry) {
      const statement = new iam.PolicyStatement({ resources: ['*'] });
      this.addToRolePolicy(statement);
      entry = { statement, actions: new Set() };
      this.handlerStatements.set(ACCOUNT_LEVEL, entry);
      this._acknowledgeRolePolicyFinding('AwsSolutions-IAM5', 'Account-level actions of AWS End User Messaging SMS take no resource, so IAM'
        + ` allows them only on "*": ${[...new Set(Object.values(ACCOUNT_LEVEL_ACTIONS))].join('; ')}.`, ['Resource::*']);
    }
    for (const action of actions) {
      if (entry.actions.has(action)) continue;
      entry.actions.add(action);
      entry.statement.addActions(`sms-voice:${action}`);
    }
  }

  /**
   * Lets the handler act on another construct's resource, or an import: covered by its type's
   * statement when it is in the stack's account and region, else by a statement for its own.
   *
   * @internal
   */
  public _allowHandlerOn(reference: HandlerReference): void {
    const stack = Stack.of(this);
    const { account, region } = reference.resource.env;
    const same = (a: string, b: string) => Token.compareStrings(a, b) === TokenComparison.SAME;
    const elsewhere = !same(account, stack.account) || !same(region, stack.region);
    this._allowHandler(reference.resourceType, reference.actions, elsewhere ? { account, region } : undefined);
  }

  /**
   * Lets the handler read the objects of an S3 bucket (`s3:GetObject` on
   * `arn:<partition>:s3:::<bucket>/*`), for actions with which the service reads a file with the
   * caller's permissions, as CreateRegistrationAttachment does. One statement per bucket, however
   * many constructs ask.
   *
   * @internal
   */
  public _allowHandlerToRead(bucketName: string): void {
    const stack = Stack.of(this);
    const key = JSON.stringify(stack.resolve(bucketName));
    if (this.readBuckets.has(key)) return;
    this.readBuckets.add(key);
    this.addToRolePolicy(new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [stack.formatArn({ service: 's3', region: '', account: '', resource: bucketName, resourceName: '*', arnFormat: ArnFormat.SLASH_RESOURCE_NAME })],
    }));
    this._acknowledgeRolePolicyFinding('AwsSolutions-IAM5', 'The service reads registration attachments from S3 with the handler\'s'
      + ' permissions; the handler may read the objects of the buckets the attachments are in, one statement per bucket, so that the'
      + ' role stays the same size however many attachments a bucket holds.', [{ regex: '/^Resource::arn:<AWS::Partition>:s3:::.+\\/\\*$/' }]);
  }

  private passRoleResources(): string[] {
    if (this.passedRoles.size <= MAX_LISTED_PASSED_ROLES) return [...this.passedRoles];
    return [Stack.of(this).formatArn({ service: 'iam', region: '', resource: 'role', resourceName: '*', arnFormat: ArnFormat.SLASH_RESOURCE_NAME })];
  }

  /**
   * Acknowledges, for cdk-nag, a statement of the handler role on every resource of one type
   * (`arn:<partition>:sms-voice:<region>:<account>:<resourceType>/*`). For statements that are
   * deliberately broader than one resource, such as rights on service-assigned ids or on a renamed
   * resource that CloudFormation deletes later; `reason` says why. Once per provider, however many
   * constructs ask.
   *
   * @internal
   */
  public _acknowledgeWildcardResource(resourceType: string, reason: string): void {
    this._acknowledgeRolePolicyFinding('AwsSolutions-IAM5', reason, [{
      regex: `/^Resource::arn:<AWS::Partition>:sms-voice:(<AWS::Region>|[a-z0-9-]+):(<AWS::AccountId>|[0-9]{12}):${resourceType}\\/\\*$/`,
    }]);
  }

  /**
   * Acknowledges a cdk-nag finding on the handler role's policy, once however many constructs ask.
   *
   * @internal
   */
  public _acknowledgeRolePolicyFinding(id: string, reason: string, appliesTo: (string | { regex: string })[]): void {
    const key = JSON.stringify([id, appliesTo]);
    if (this.acknowledgedFindings.has(key)) return;
    this.acknowledgedFindings.add(key);
    acknowledgeNagFindings(cfnResources(this.role, 'AWS::IAM::Policy'), [{ id, reason, appliesTo }]);
  }
}

const PROVIDER_ID = 'SmsVoiceProvider';

/** The key of the statement of account-level actions among the handler's statements. */
const ACCOUNT_LEVEL = 'account-level';

/** How many roles the PassRole statement lists by ARN: about 2 KB of the role's 10 KB of inline policies. */
const MAX_LISTED_PASSED_ROLES = 20;

/**
 * The Provider framework's own functions take the "latest" Node.js runtime that the installed
 * aws-cdk-lib knows, which for older releases is a deprecated one (nodejs20.x for 2.189).
 */
function pinFrameworkRuntime(provider: cr.Provider): void {
  for (const child of provider.node.findAll()) {
    if (child instanceof lambda.CfnFunction) child.runtime = lambda.Runtime.NODEJS_22_X.name;
  }
}


/** The service principal of AWS End User Messaging SMS v2. */
export const SERVICE_PRINCIPAL = 'sms-voice.amazonaws.com';

// The handler bundle is built from lambda/ at library build time (src/ and lib/ are both two levels deep).
const HANDLER_ASSET_DIR = path.join(__dirname, '..', '..', 'assets', 'sms-provider');

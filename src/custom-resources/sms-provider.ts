import * as path from 'path';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { acknowledgeFrameworkFindings, acknowledgeNagFindings, cfnResources } from '../private/nag-acknowledgements';

/**
 * The shared custom-resource provider that backs every SMS v2 construct of a stack.
 *
 * There is one per stack, however many constructs there are. Each construct adds the
 * least-privilege statements it needs to the one handler role, with `addToRolePolicy` and
 * `grantPassRole`.
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

  private readonly passedRoles = new Set<string>();
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
      isCompleteHandler: handler('IsCompleteHandler', 'isComplete', Duration.minutes(1)),
      queryInterval: Duration.seconds(10),
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
   * Lets the handler pass `role` to AWS End User Messaging SMS, and nothing else.
   */
  public grantPassRole(role: iam.IRole): void {
    if (this.passedRoles.has(role.roleArn)) return;
    this.passedRoles.add(role.roleArn);
    this.addToRolePolicy(new iam.PolicyStatement({
      actions: ['iam:PassRole'],
      resources: [role.roleArn],
      conditions: { StringEquals: { 'iam:PassedToService': SERVICE_PRINCIPAL } },
    }));
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

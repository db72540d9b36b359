import { createHash, randomUUID } from 'crypto';
import { StackIdentity } from './stack-identity';

/** A resource that exists only on paper: its physical id and attributes, plausible enough for references. */
export interface SimulatedResource {
  readonly physicalId: string;
  readonly attributes: { readonly [attribute: string]: unknown };
}

type Properties = { readonly [name: string]: unknown };

interface SimulatedType {
  /** The property that names the resource; changing it replaces the resource, as CloudFormation does. */
  readonly nameProperty?: string;
  /** The longest name the service accepts, for generated names. @default 64 */
  readonly maxNameLength?: number;
  readonly lowerCaseName?: boolean;
  /** The Ref value and the attributes, from the resource's name. */
  make(name: string, stack: StackIdentity, properties: Properties): SimulatedResource;
}

const arn = (stack: StackIdentity, service: string, resource: string, regional = true) =>
  `arn:${stack.partition}:${service}:${regional ? stack.region : ''}:${stack.accountId}:${resource}`;

const SIMULATED_TYPES: { readonly [type: string]: SimulatedType } = {
  'AWS::IAM::Role': {
    nameProperty: 'RoleName',
    make: (name, stack, properties) => ({
      physicalId: name,
      attributes: { Arn: arn(stack, 'iam', `role${String(properties.Path ?? '/')}${name}`, false), RoleId: `AROA${digest(name, 17)}` },
    }),
  },
  'AWS::IAM::ManagedPolicy': {
    nameProperty: 'ManagedPolicyName',
    make: (name, stack) => {
      const policyArn = arn(stack, 'iam', `policy/${name}`, false);
      return { physicalId: policyArn, attributes: { PolicyArn: policyArn } };
    },
  },
  'AWS::Logs::LogGroup': {
    nameProperty: 'LogGroupName',
    maxNameLength: 512,
    make: (name, stack) => ({ physicalId: name, attributes: { Arn: arn(stack, 'logs', `log-group:${name}:*`) } }),
  },
  'AWS::SNS::Topic': {
    nameProperty: 'TopicName',
    maxNameLength: 256,
    make: (name, stack) => {
      const topicArn = arn(stack, 'sns', name);
      return { physicalId: topicArn, attributes: { TopicArn: topicArn, TopicName: name } };
    },
  },
  'AWS::SQS::Queue': {
    nameProperty: 'QueueName',
    maxNameLength: 80,
    make: (name, stack) => {
      const url = `https://sqs.${stack.region}.${stack.urlSuffix}/${stack.accountId}/${name}`;
      return { physicalId: url, attributes: { Arn: arn(stack, 'sqs', name), QueueName: name, QueueUrl: url } };
    },
  },
  'AWS::Lambda::Function': {
    nameProperty: 'FunctionName',
    make: (name, stack) => ({ physicalId: name, attributes: { Arn: arn(stack, 'lambda', `function:${name}`) } }),
  },
  'AWS::StepFunctions::StateMachine': {
    nameProperty: 'StateMachineName',
    maxNameLength: 80,
    make: (name, stack) => {
      const machineArn = arn(stack, 'states', `stateMachine:${name}`);
      return { physicalId: machineArn, attributes: { Arn: machineArn, Name: name } };
    },
  },
  'AWS::KinesisFirehose::DeliveryStream': {
    nameProperty: 'DeliveryStreamName',
    make: (name, stack) => ({ physicalId: name, attributes: { Arn: arn(stack, 'firehose', `deliverystream/${name}`) } }),
  },
  'AWS::S3::Bucket': {
    nameProperty: 'BucketName',
    maxNameLength: 63,
    lowerCaseName: true,
    make: (name, stack) => ({
      physicalId: name,
      attributes: {
        Arn: `arn:${stack.partition}:s3:::${name}`,
        DomainName: `${name}.s3.${stack.urlSuffix}`,
        RegionalDomainName: `${name}.s3.${stack.region}.${stack.urlSuffix}`,
      },
    }),
  },
  'AWS::KMS::Key': {
    make: (_name, stack) => {
      const keyId = randomUUID();
      return { physicalId: keyId, attributes: { Arn: arn(stack, 'kms', `key/${keyId}`), KeyId: keyId } };
    },
  },
};

/** Any other type: a generated name for Ref; attributes come from `simulatedAttribute`'s fallback. */
const GENERIC: SimulatedType = {
  make: name => ({ physicalId: name, attributes: {} }),
};

/**
 * Makes up the physical id and attributes of a resource that the runner does not deploy. Names that
 * the template leaves out are generated as CloudFormation does: `<stack>-<logicalId>-<suffix>`.
 */
export function simulateResource(type: string, logicalId: string, properties: Properties, stack: StackIdentity): SimulatedResource {
  const simulated = SIMULATED_TYPES[type] ?? GENERIC;
  const declaredName = simulated.nameProperty ? properties[simulated.nameProperty] : undefined;
  const name = typeof declaredName === 'string' ? declaredName : generatedName(logicalId, stack, simulated);
  return simulated.make(name, stack, properties);
}

/**
 * An attribute of a simulated resource. One the table does not know reads as an ARN built from the
 * type's service and resource names for `Arn`, and as `<physical id>.<attribute>` otherwise.
 */
export function simulatedAttribute(type: string, resource: SimulatedResource, attribute: string, stack: StackIdentity): unknown {
  if (attribute in resource.attributes) return resource.attributes[attribute];
  if (attribute !== 'Arn') return `${resource.physicalId}.${attribute}`;
  const [, service = 'unknown', kind = 'resource'] = type.split('::');
  return arn(stack, service.toLowerCase(), `${kind.toLowerCase()}/${resource.physicalId}`);
}

/** Whether an update from `before` to `after` replaces the resource: its name changed. */
export function simulatedReplacement(type: string, before: Properties, after: Properties): boolean {
  const nameProperty = SIMULATED_TYPES[type]?.nameProperty;
  return nameProperty !== undefined && before[nameProperty] !== after[nameProperty];
}

function generatedName(logicalId: string, stack: StackIdentity, simulated: SimulatedType): string {
  const suffix = digest(`${stack.stackId}|${logicalId}`, 12);
  const maxLength = simulated.maxNameLength ?? 64;
  const prefix = `${stack.stackName}-${logicalId}`.slice(0, maxLength - suffix.length - 1);
  const name = `${prefix}-${suffix}`;
  return simulated.lowerCaseName ? name.toLowerCase() : name;
}

function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').toUpperCase().slice(0, length);
}

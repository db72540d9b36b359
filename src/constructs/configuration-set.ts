import { IResource, RemovalPolicy, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { EventDestinationOptions } from './event-destination';
import { MessageType } from './message-type';
import { IProtectConfiguration } from './protect-configuration';
import { SmsProvider } from '../custom-resources/sms-provider';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { SEND_ACTIONS } from '../private/grants';
import { referenceTo } from '../private/handler-permissions';
import { generatedName } from '../private/names';
import { importResource, nonEmpty, SmsResourceBase, TaggableProps } from '../private/sms-resource';
import { CONFIGURATION_SET, EventDestinationResourceProperties } from '../wire/configuration-set-properties';
import { PROTECT_CONFIGURATION } from '../wire/protect-configuration-properties';
import { checkEventDestinations } from '../wire/validate-configuration-set';
import { Violations } from '../wire/violations';

/**
 * A configuration set: rules applied to the messages sent with it, and where their events go.
 */
export interface IConfigurationSet extends IResource {
  /**
   * The name of the configuration set.
   *
   * @attribute
   */
  readonly configurationSetName: string;

  /**
   * The ARN of the configuration set.
   *
   * @attribute
   */
  readonly configurationSetArn: string;

  /**
   * Grants `actions` on this configuration set to `grantee`.
   */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /**
   * Grants permission to send text, voice and media messages with this configuration set.
   */
  grantSendMessages(grantee: iam.IGrantable): iam.Grant;
}

/**
 * Properties of a configuration set.
 */
export interface ConfigurationSetProps extends TaggableProps {
  /**
   * The name of the configuration set: 1 to 64 letters, digits, `_` or `-`.
   * Changing it replaces the configuration set.
   *
   * @default - a unique name generated from the construct path
   */
  readonly configurationSetName?: string;

  /**
   * The sender ID used when a message to a country that supports sender IDs has no dedicated
   * origination identity: 1 to 11 letters, digits, `_` or `-`.
   *
   * @default - no default sender ID
   * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_SetDefaultSenderId.html
   */
  readonly defaultSenderId?: string;

  /**
   * The message type used when a message does not say.
   *
   * @default - no default message type
   * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_SetDefaultMessageType.html
   */
  readonly defaultMessageType?: MessageType;

  /**
   * Whether messages sent with this configuration set expect message feedback
   * (`PutMessageFeedback`), for example to confirm a one-time password was used.
   *
   * @default false
   * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_SetDefaultMessageFeedbackEnabled.html
   */
  readonly messageFeedbackEnabled?: boolean;

  /**
   * The protect configuration whose country rules and number overrides apply to messages sent
   * with this configuration set, instead of the account default's
   * (`AssociateProtectConfiguration`). Changing it associates the new one, which replaces the old
   * one in a single call; removing it disassociates the one the stack associated, and leaves one
   * associated outside the stack alone.
   *
   * @default - none: the account default protect configuration, if there is one, applies
   * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_AssociateProtectConfiguration.html
   */
  readonly protectConfiguration?: IProtectConfiguration;

  /**
   * What happens to the configuration set when it leaves the stack.
   *
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class ConfigurationSetBase extends SmsResourceBase implements IConfigurationSet {
  public abstract readonly configurationSetName: string;
  public abstract readonly configurationSetArn: string;


  public grantSendMessages(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, SEND_ACTIONS.TEXT, SEND_ACTIONS.VOICE, SEND_ACTIONS.MEDIA);
  }
}

/**
 * An AWS End User Messaging SMS configuration set, with its defaults and event destinations.
 *
 * Backed by the stack's shared SMS provider. Event destinations are reconciled in place: adding,
 * changing or removing one makes only the calls that change needs.
 *
 * @resource Custom::SmsVoiceConfigurationSet
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_CreateConfigurationSet.html
 * @example
 * declare const sender: lambda.IFunction;
 *
 * const transactional = new ConfigurationSet(this, 'Transactional', {
 *   defaultMessageType: MessageType.TRANSACTIONAL,
 * });
 * transactional.addEventDestination('Logs', {
 *   destination: EventDestinationTarget.cloudWatchLogs(new logs.LogGroup(this, 'SmsEvents')),
 *   events: [EventType.TEXT_DELIVERED, EventType.TEXT_BLOCKED],
 * });
 * transactional.grantSendMessages(sender);
 */
export class ConfigurationSet extends ConfigurationSetBase {
  /**
   * Imports a configuration set by name.
   */
  public static fromConfigurationSetName(scope: Construct, id: string, configurationSetName: string): IConfigurationSet {
    const configurationSetArn = smsVoiceArn(scope, CONFIGURATION_SET.arnResourceType, configurationSetName);
    return importResource(ConfigurationSetBase, scope, id, configurationSetArn, { configurationSetName, configurationSetArn });
  }

  /**
   * Imports a configuration set by ARN.
   */
  public static fromConfigurationSetArn(scope: Construct, id: string, configurationSetArn: string): IConfigurationSet {
    const configurationSetName = smsVoiceResourceName(configurationSetArn);
    return importResource(ConfigurationSetBase, scope, id, configurationSetArn, { configurationSetName, configurationSetArn }, true);
  }

  public readonly configurationSetName: string;
  public readonly configurationSetArn: string;

  private readonly eventDestinations = new Map<string, EventDestinationResourceProperties>();

  constructor(scope: Construct, id: string, props: ConfigurationSetProps = {}) {
    super(scope, id, { resourceType: CONFIGURATION_SET.resourceType, tags: props.tags });

    const name = props.configurationSetName ?? generatedName(this, 64);
    const resource = this._provision(CONFIGURATION_SET, {
      properties: () => ({
        ConfigurationSetName: name,
        DefaultSenderId: props.defaultSenderId,
        DefaultMessageType: props.defaultMessageType,
        MessageFeedbackEnabled: props.messageFeedbackEnabled ?? false,
        EventDestinations: nonEmpty([...this.eventDestinations.values()]),
        ProtectConfigurationId: props.protectConfiguration?.protectConfigurationId,
      }),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY,
      permissions: { [CONFIGURATION_SET.arnResourceType]: HANDLER_ACTIONS },
      references: [referenceTo(props.protectConfiguration, PROTECT_CONFIGURATION.arnResourceType, PROTECT_CONFIGURATION_ACTIONS)],
    });

    this.configurationSetName = resource.getAttString(CONFIGURATION_SET.attributes.NAME);
    this.configurationSetArn = resource.getAttString(CONFIGURATION_SET.attributes.ARN);
  }

  /**
   * Sends the events of messages sent with this configuration set to a destination.
   *
   * @param id the name of the event destination, unless `options.eventDestinationName` is given
   * @config
   */
  public addEventDestination(id: string, options: EventDestinationOptions): void {
    const name = options.eventDestinationName ?? id;
    if (this.eventDestinations.has(name)) {
      throw new Error(`ConfigurationSet '${this.node.path}' already has an event destination named '${name}'`);
    }
    const eventTypes = [...new Set(options.events.map(e => e.value))];
    checkEventDestinations(new Violations(Token.isUnresolved), [{ EventDestinationName: name, Enabled: true, MatchingEventTypes: eventTypes }])
      .throwIfAny(`event destination '${name}' of ConfigurationSet '${this.node.path}'`);

    const target = options.destination.bind(new Construct(this, `EventDestination${id}`));
    const roleBased = target.cloudWatchLogs ?? target.firehose;
    if (roleBased) SmsProvider.getOrCreate(this).grantPassRole(roleBased.role);

    this.eventDestinations.set(name, {
      EventDestinationName: name,
      Enabled: options.enabled ?? true,
      MatchingEventTypes: eventTypes,
      CloudWatchLogsDestination: target.cloudWatchLogs && {
        IamRoleArn: target.cloudWatchLogs.role.roleArn,
        LogGroupArn: target.cloudWatchLogs.destinationArn,
      },
      KinesisFirehoseDestination: target.firehose && {
        IamRoleArn: target.firehose.role.roleArn,
        DeliveryStreamArn: target.firehose.destinationArn,
      },
      SnsDestination: target.snsTopicArn !== undefined ? { TopicArn: target.snsTopicArn } : undefined,
    });
  }
}

/** What the handler does to a configuration set, all authorized on the configuration set's ARN. */
const HANDLER_ACTIONS = [
  'CreateConfigurationSet',
  'DescribeConfigurationSets',
  'DeleteConfigurationSet',
  'SetDefaultSenderId',
  'DeleteDefaultSenderId',
  'SetDefaultMessageType',
  'DeleteDefaultMessageType',
  'SetDefaultMessageFeedbackEnabled',
  'CreateEventDestination',
  'UpdateEventDestination',
  'DeleteEventDestination',
  'AssociateProtectConfiguration',
  'DisassociateProtectConfiguration',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];

/** What associating a protect configuration with a configuration set is authorized on, besides the configuration set. */
const PROTECT_CONFIGURATION_ACTIONS = ['AssociateProtectConfiguration', 'DisassociateProtectConfiguration'];

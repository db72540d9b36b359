import { CustomResource, IResource, ITaggable, Lazy, RemovalPolicy, Resource, TagManager, TagType, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { EventDestinationOptions } from './event-destination';
import { MessageType } from './message-type';
import {
  CONFIGURATION_SET_SCHEMA_VERSION,
  ConfigurationSetAttributes,
  ConfigurationSetResourceProperties,
  EventDestinationResourceProperties,
} from '../custom-resources/configuration-set-properties';
import { ResourceTypes } from '../custom-resources/resource-types';
import { SmsProvider } from '../custom-resources/sms-provider';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { grantOn, SEND_ACTIONS } from '../private/grants';
import { allowHandler } from '../private/handler-permissions';
import { generatedName } from '../private/names';
import { registerStaticArn } from '../private/static-arns';
import { renderTags } from '../private/tags';
import { configurationSetViolations } from '../private/validate-configuration-set';

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
export interface ConfigurationSetProps {
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
   * Tags to add to the configuration set. `Tags.of(scope)` works too.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * What happens to the configuration set when it leaves the stack.
   *
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class ConfigurationSetBase extends Resource implements IConfigurationSet {
  public abstract readonly configurationSetName: string;
  public abstract readonly configurationSetArn: string;

  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return grantOn(grantee, this.configurationSetArn, ...actions);
  }

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
 */
export class ConfigurationSet extends ConfigurationSetBase implements ITaggable {
  /**
   * Imports a configuration set by name.
   */
  public static fromConfigurationSetName(scope: Construct, id: string, configurationSetName: string): IConfigurationSet {
    class Import extends ConfigurationSetBase {
      public readonly configurationSetName = configurationSetName;
      public readonly configurationSetArn = smsVoiceArn(scope, 'configuration-set', configurationSetName);
    }
    return new Import(scope, id);
  }

  /**
   * Imports a configuration set by ARN.
   */
  public static fromConfigurationSetArn(scope: Construct, id: string, configurationSetArn: string): IConfigurationSet {
    class Import extends ConfigurationSetBase {
      public readonly configurationSetName = smsVoiceResourceName(configurationSetArn);
      public readonly configurationSetArn = configurationSetArn;
    }
    return new Import(scope, id, { environmentFromArn: configurationSetArn });
  }

  public readonly configurationSetName: string;
  public readonly configurationSetArn: string;

  /**
   * The tags of the configuration set.
   */
  public readonly tags: TagManager;

  private readonly resource: CustomResource;
  private readonly provider: SmsProvider;
  private readonly eventDestinations = new Map<string, EventDestinationResourceProperties>();

  constructor(scope: Construct, id: string, props: ConfigurationSetProps = {}) {
    super(scope, id);

    const name = props.configurationSetName ?? generatedName(this, 64);
    configurationSetViolations({
      configurationSetName: name,
      defaultSenderId: props.defaultSenderId,
      defaultMessageType: props.defaultMessageType,
    }, Token.isUnresolved).throwIfAny(`ConfigurationSet '${this.node.path}'`);

    this.tags = new TagManager(TagType.KEY_VALUE, ResourceTypes.CONFIGURATION_SET, props.tags);
    this.node.addValidation({
      validate: () => [...configurationSetViolations({ tags: renderTags(this.tags) }, Token.isUnresolved).all],
    });

    const arn = smsVoiceArn(this, 'configuration-set', name);
    registerStaticArn(this, arn);
    this.provider = allowHandler(this, HANDLER_ACTIONS, [arn]);
    // A renamed configuration set is deleted in CloudFormation's cleanup, after this policy has
    // moved to the new name; only the ARN in the physical id says which set to delete.
    allowHandler(this, ['DescribeConfigurationSets', 'DeleteConfigurationSet'], [smsVoiceArn(this, 'configuration-set', '*')]);
    this.provider._acknowledgeWildcardResource('configuration-set',
      'DescribeConfigurationSets and DeleteConfigurationSet on configuration-set/* are deliberate: after a rename, '
      + 'CloudFormation deletes the old configuration set once the policy names only the new one.');

    const properties: Omit<ConfigurationSetResourceProperties, 'EventDestinations' | 'Tags'> = {
      SchemaVersion: CONFIGURATION_SET_SCHEMA_VERSION,
      ConfigurationSetName: name,
      DefaultSenderId: props.defaultSenderId,
      DefaultMessageType: props.defaultMessageType,
      MessageFeedbackEnabled: props.messageFeedbackEnabled ?? false,
    };
    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: this.provider.serviceToken,
      resourceType: ResourceTypes.CONFIGURATION_SET,
      properties: {
        ...properties,
        EventDestinations: Lazy.any(
          { produce: (): EventDestinationResourceProperties[] => [...this.eventDestinations.values()] },
          { omitEmptyArray: true },
        ),
        Tags: Lazy.any({ produce: () => this.tags.renderTags() }, { omitEmptyArray: true }),
      },
      removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY,
    });

    this.configurationSetName = this.resource.getAttString(ConfigurationSetAttributes.NAME);
    this.configurationSetArn = this.resource.getAttString(ConfigurationSetAttributes.ARN);
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
    configurationSetViolations({ eventDestinations: [{ eventDestinationName: name, eventTypes }] }, Token.isUnresolved)
      .throwIfAny(`event destination '${name}' of ConfigurationSet '${this.node.path}'`);

    const target = options.destination.bind(new Construct(this, `EventDestination${id}`));
    const roleBased = target.cloudWatchLogs ?? target.firehose;
    if (roleBased) this.provider.grantPassRole(roleBased.role);

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

  /**
   * Applies a removal policy to the configuration set.
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    this.resource.applyRemovalPolicy(policy);
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
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];

import { IResource, RemovalPolicy, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { CountryRuleSets } from './country-rule-set';
import { NumberOverride } from './number-override';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { SEND_ACTIONS } from '../private/grants';
import { environmentOf, rivalInEnvironment } from '../private/one-per-environment';
import { importResource, nonEmpty, SmsResourceBase, TaggableProps } from '../private/sms-resource';
import { NumberOverrideResourceProperties, PROTECT_CONFIGURATION } from '../wire/protect-configuration-properties';
import { checkNumberOverrideExpiry, checkNumberOverrides } from '../wire/validate-protect-configuration';
import { Violations } from '../wire/violations';

export * from './country-rule-set';
export * from './number-override';

/**
 * A protect configuration: which destination countries and numbers messages may be sent to.
 */
export interface IProtectConfiguration extends IResource {
  /**
   * The id of the protect configuration, such as `protect-0123456789abcdef0123456789abcdef`.
   *
   * @attribute
   */
  readonly protectConfigurationId: string;

  /**
   * The ARN of the protect configuration.
   *
   * @attribute
   */
  readonly protectConfigurationArn: string;

  /**
   * Grants `actions` on this protect configuration to `grantee`.
   */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /**
   * Grants permission to send text, voice and media messages with this protect configuration
   * (their `ProtectConfigurationId` parameter).
   */
  grantSendMessages(grantee: iam.IGrantable): iam.Grant;
}

/**
 * Properties of a protect configuration.
 */
export interface ProtectConfigurationProps extends TaggableProps {
  /**
   * The country rules of each number capability. A capability left out, and a country a rule set
   * does not declare, are left as they are; a country removed from a rule set goes back to the
   * service default, ALLOW.
   *
   * @default - no country rules are managed: every country stays ALLOW, the service default
   */
  readonly countryRuleSets?: CountryRuleSets;

  /**
   * Rules for single destination numbers, which override their country's rule. Only overrides
   * this stack declared are ever removed. `addNumberOverride` adds more.
   *
   * @default - none
   */
  readonly numberOverrides?: NumberOverride[];

  /**
   * Whether this is the account's default protect configuration, which applies to every message
   * that names no other (Amazon SNS and Amazon Cognito messages included). The default it replaces
   * is remembered, and restored when this one stops being the default or is deleted, while it
   * still is the default. One protect configuration per account and region can be the default: a
   * second one in the app fails at synth, in any stack.
   *
   * @default false
   * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_SetAccountDefaultProtectConfiguration.html
   */
  readonly accountDefault?: boolean;

  /**
   * Whether the protect configuration is protected from deletion. While true, deleting it fails
   * with a message naming this property.
   *
   * @default false
   */
  readonly deletionProtection?: boolean;

  /**
   * What happens to the protect configuration when it leaves the stack.
   *
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class ProtectConfigurationBase extends SmsResourceBase implements IProtectConfiguration {
  public abstract readonly protectConfigurationId: string;
  public abstract readonly protectConfigurationArn: string;

  public grantSendMessages(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, SEND_ACTIONS.TEXT, SEND_ACTIONS.VOICE, SEND_ACTIONS.MEDIA);
  }
}

/**
 * An AWS End User Messaging SMS protect configuration: country rules for SMS, voice and MMS,
 * number overrides, and optionally the account default.
 *
 * Each capability's rules are reconciled with at most one UpdateProtectConfigurationCountryRuleSet
 * call holding only the countries that change. Number overrides are paced to the service's quota and
 * batched across polls within the provider's one-hour budget: any number of them, and about 3,400
 * put or removed per deployment (a deployment works only on what changed).
 *
 * @resource Custom::SmsVoiceProtectConfiguration
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_CreateProtectConfiguration.html
 * @example
 * const protect = new ProtectConfiguration(this, 'OtpProtection', {
 *   countryRuleSets: { sms: CountryRuleSet.allowOnly(['US', 'CA']) },
 *   accountDefault: true,
 * });
 * new ConfigurationSet(this, 'Otp', { protectConfiguration: protect });
 */
export class ProtectConfiguration extends ProtectConfigurationBase {
  /**
   * Imports a protect configuration by id.
   */
  public static fromProtectConfigurationId(scope: Construct, id: string, protectConfigurationId: string): IProtectConfiguration {
    const protectConfigurationArn = smsVoiceArn(scope, PROTECT_CONFIGURATION.arnResourceType, protectConfigurationId);
    return importResource(ProtectConfigurationBase, scope, id, protectConfigurationArn, { protectConfigurationId, protectConfigurationArn });
  }

  /**
   * Imports a protect configuration by ARN.
   */
  public static fromProtectConfigurationArn(scope: Construct, id: string, protectConfigurationArn: string): IProtectConfiguration {
    const protectConfigurationId = smsVoiceResourceName(protectConfigurationArn);
    return importResource(ProtectConfigurationBase, scope, id, protectConfigurationArn, { protectConfigurationId, protectConfigurationArn }, true);
  }

  public readonly protectConfigurationId: string;
  public readonly protectConfigurationArn: string;

  private readonly numberOverrides = new Map<string, NumberOverrideResourceProperties>();
  private readonly accountDefault: boolean;

  constructor(scope: Construct, id: string, props: ProtectConfigurationProps = {}) {
    super(scope, id, { resourceType: PROTECT_CONFIGURATION.resourceType, tags: props.tags });
    this.accountDefault = props.accountDefault ?? false;
    const otherDefault = this.accountDefault
      && rivalInEnvironment(this, other => other instanceof ProtectConfiguration && other.accountDefault);
    if (otherDefault) {
      throw new Error(`ProtectConfiguration '${this.node.path}' and ProtectConfiguration '${otherDefault.node.path}' are both the account default`
        + ` of ${environmentOf(this)}; an account has one default protect configuration: set accountDefault on one of them`);
    }

    const ruleSets = props.countryRuleSets ?? {};
    const overrides = () => nonEmpty([...this.numberOverrides.values()]);
    const resource = this._provision(PROTECT_CONFIGURATION, {
      properties: () => ({
        CountryRuleSets: ruleSets.sms || ruleSets.voice || ruleSets.mms ? {
          SMS: ruleSets.sms?._render(),
          VOICE: ruleSets.voice?._render(),
          MMS: ruleSets.mms?._render(),
        } : undefined,
        NumberOverrides: overrides(),
        AccountDefault: this.accountDefault,
        DeletionProtectionEnabled: props.deletionProtection ?? false,
      }),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY,
      permissions: { [PROTECT_CONFIGURATION.arnResourceType]: HANDLER_ACTIONS },
      accountLevelActions: ['DeleteAccountDefaultProtectConfiguration'],
      validate: () => [...checkNumberOverrideExpiry(new Violations(Token.isUnresolved), overrides() ?? [], Date.now()).all],
    });
    for (const override of props.numberOverrides ?? []) this.addNumberOverride(override);

    this.protectConfigurationId = resource.getAttString(PROTECT_CONFIGURATION.attributes.ID);
    this.protectConfigurationArn = resource.getAttString(PROTECT_CONFIGURATION.attributes.ARN);
  }

  /**
   * Adds a rule for one destination number, which overrides its country's rule.
   *
   * @config
   */
  public addNumberOverride(override: NumberOverride): void {
    const number = override.destinationPhoneNumber;
    if (this.numberOverrides.has(number)) {
      throw new Error(`ProtectConfiguration '${this.node.path}' already has a number override for ${number}`);
    }
    const declared: NumberOverrideResourceProperties = {
      DestinationPhoneNumber: number,
      Action: override.action,
      ExpirationTimestamp: override.expiresAt?.toISOString(),
    };
    const v = checkNumberOverrides(new Violations(Token.isUnresolved), [declared]);
    checkNumberOverrideExpiry(v, [declared], Date.now()).throwIfAny(`number override of ProtectConfiguration '${this.node.path}'`);
    this.numberOverrides.set(number, declared);
  }
}

/**
 * What the handler does to a protect configuration, all authorized on the protect configuration's
 * ARN (SetAccountDefaultProtectConfiguration on the one it makes the default, or restores).
 * DeleteAccountDefaultProtectConfiguration takes no resource: it is an account-level action.
 */
const HANDLER_ACTIONS = [
  'CreateProtectConfiguration',
  'DescribeProtectConfigurations',
  'UpdateProtectConfiguration',
  'DeleteProtectConfiguration',
  'GetProtectConfigurationCountryRuleSet',
  'UpdateProtectConfigurationCountryRuleSet',
  'PutProtectConfigurationRuleSetNumberOverride',
  'DeleteProtectConfigurationRuleSetNumberOverride',
  'SetAccountDefaultProtectConfiguration',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];

import { Arn, ArnFormat, Aws, CustomResource, RemovalPolicy, Resource, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { smsVoiceArn } from '../private/arns';
import { environmentOf, rivalInEnvironment } from '../private/one-per-environment';
import { provisionCustomResource } from '../private/sms-resource';
import { ACCOUNT_SETTINGS } from '../wire/account-settings-properties';

/**
 * Properties of the account settings: monthly spend-limit overrides, in whole US dollars.
 *
 * Each limit is an override of what the service enforces for the account in the stack's region:
 * from 0 up to the account's maximum (its `MaxLimit`, which only AWS raises, through a spending
 * quota increase; new accounts have 1 US dollar a month). When a month's spending reaches the
 * limit, the service stops sending that kind of message until the next month, or until the limit
 * is raised. At least one limit must be set.
 */
export interface AccountSettingsProps {
  /**
   * The most to spend on text messages (SMS) each month, in whole US dollars.
   *
   * Removing it from the props deletes the override: the service then enforces the account's maximum.
   *
   * @default - no override: the service enforces the account's maximum
   * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_SetTextMessageSpendLimitOverride.html
   */
  readonly textMessageMonthlySpendLimit?: number;

  /**
   * The most to spend on voice messages each month, in whole US dollars.
   *
   * Removing it from the props deletes the override: the service then enforces the account's maximum.
   *
   * @default - no override: the service enforces the account's maximum
   * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_SetVoiceMessageSpendLimitOverride.html
   */
  readonly voiceMessageMonthlySpendLimit?: number;

  /**
   * The most to spend on media messages (MMS) each month, in whole US dollars.
   *
   * Removing it from the props deletes the override: the service then enforces the account's maximum.
   *
   * @default - no override: the service enforces the account's maximum
   * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_SetMediaMessageSpendLimitOverride.html
   */
  readonly mediaMessageMonthlySpendLimit?: number;

  /**
   * What happens to the overrides when the account settings leave the stack. With
   * `RemovalPolicy.DESTROY` the overrides this construct set are deleted (the service enforces the
   * account's maximum again); with `RemovalPolicy.RETAIN` they stay as they are.
   *
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The account-level settings of AWS End User Messaging SMS in the stack's account and region:
 * monthly spend-limit overrides for text, voice and media messages.
 *
 * There can be one per account and region: a second one in the same app for the same account
 * and region (in any stack) fails at synth. Environment-agnostic stacks count as one environment.
 *
 * Each declared limit is checked against the account's maximum (DescribeSpendLimits' `MaxLimit`)
 * before anything changes; a limit above it fails the deployment with a message saying the limit,
 * the maximum and how to raise it. Only overrides whose value differs are set, and only the
 * overrides this construct declared are ever deleted. The spend limits have no tags.
 *
 * @resource Custom::SmsVoiceAccountSettings
 * @see https://docs.aws.amazon.com/sms-voice/latest/userguide/spend-limit.html
 * @example
 * new AccountSettings(this, 'SpendLimits', {
 *   textMessageMonthlySpendLimit: 500,
 * });
 */
export class AccountSettings extends Resource {
  /**
   * Grants permission to look up carrier information for any phone number (`sms-voice:CarrierLookup`):
   * its E.164 form, type, country and carrier. The action takes no resource, so the statement is on
   * `*`. Each lookup is charged.
   *
   * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_CarrierLookup.html
   */
  public static grantCarrierLookup(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({ grantee, actions: ['sms-voice:CarrierLookup'], resourceArns: ['*'] });
  }

  /**
   * Grants permission to set the message feedback of sent messages to RECEIVED or FAILED
   * (`sms-voice:PutMessageFeedback`), for messages sent with message feedback enabled. The action
   * takes a message: the statement is on every message of the grantee's stack's account and region
   * (`arn:<partition>:sms-voice:<region>:<account>:message/*`), as message ids are known only once sent.
   *
   * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_PutMessageFeedback.html
   */
  public static grantPutMessageFeedback(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({ grantee, actions: ['sms-voice:PutMessageFeedback'], resourceArns: [everyMessageArn(grantee)] });
  }

  /**
   * The monthly limit the service enforces for text messages once deployed, in whole US dollars:
   * the declared one, else the account's maximum.
   *
   * @attribute
   */
  public readonly enforcedTextMessageMonthlySpendLimit: number;

  /**
   * The monthly limit the service enforces for voice messages once deployed, in whole US dollars:
   * the declared one, else the account's maximum.
   *
   * @attribute
   */
  public readonly enforcedVoiceMessageMonthlySpendLimit: number;

  /**
   * The monthly limit the service enforces for media messages once deployed, in whole US dollars:
   * the declared one, else the account's maximum.
   *
   * @attribute
   */
  public readonly enforcedMediaMessageMonthlySpendLimit: number;

  private readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: AccountSettingsProps) {
    super(scope, id);
    const other = rivalInEnvironment(this, construct => construct instanceof AccountSettings);
    if (other) {
      throw new Error(`AccountSettings '${this.node.path}' and AccountSettings '${other.node.path}' both manage the spend limits of ${environmentOf(this)};`
        + ' there can be one AccountSettings per account and region: declare every limit in one of them');
    }

    this.resource = provisionCustomResource(this, ACCOUNT_SETTINGS, {
      properties: () => ({
        TextMessageMonthlySpendLimit: props.textMessageMonthlySpendLimit,
        VoiceMessageMonthlySpendLimit: props.voiceMessageMonthlySpendLimit,
        MediaMessageMonthlySpendLimit: props.mediaMessageMonthlySpendLimit,
      }),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY,
      permissions: {},
      accountLevelActions: HANDLER_ACTIONS,
    });

    const attribute = (name: string) => Token.asNumber(this.resource.getAtt(name));
    this.enforcedTextMessageMonthlySpendLimit = attribute(ACCOUNT_SETTINGS.attributes.TextMessageMonthlySpendLimit);
    this.enforcedVoiceMessageMonthlySpendLimit = attribute(ACCOUNT_SETTINGS.attributes.VoiceMessageMonthlySpendLimit);
    this.enforcedMediaMessageMonthlySpendLimit = attribute(ACCOUNT_SETTINGS.attributes.MediaMessageMonthlySpendLimit);
  }

  /**
   * Applies a removal policy to the custom resource: DESTROY deletes the overrides this construct
   * set when it leaves the stack, RETAIN keeps them.
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    this.resource.applyRemovalPolicy(policy);
  }
}

/** What the handler does to the account settings: account-level actions, which take no resource. */
const HANDLER_ACTIONS = [
  'DescribeSpendLimits',
  'SetTextMessageSpendLimitOverride',
  'DeleteTextMessageSpendLimitOverride',
  'SetVoiceMessageSpendLimitOverride',
  'DeleteVoiceMessageSpendLimitOverride',
  'SetMediaMessageSpendLimitOverride',
  'DeleteMediaMessageSpendLimitOverride',
];

/**
 * Every message of the grantee's account and region: of its stack when the grantee is a
 * construct (a role, a function), else of the stack the policy is deployed with.
 */
function everyMessageArn(grantee: iam.IGrantable): string {
  for (const scope of [grantee, grantee.grantPrincipal]) {
    if (Construct.isConstruct(scope)) return smsVoiceArn(scope, 'message', '*');
  }
  return Arn.format({
    partition: Aws.PARTITION,
    service: 'sms-voice',
    region: Aws.REGION,
    account: Aws.ACCOUNT_ID,
    resource: 'message',
    resourceName: '*',
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

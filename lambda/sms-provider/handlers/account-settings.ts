import { ACCOUNT_SETTINGS, AccountSettingsResourceProperties } from '../../../src/wire/account-settings-properties';
import { decodeProperties } from '../../../src/wire/resource-contract';
import { SPEND_LIMIT_KEYS, SPEND_LIMITS, SpendLimitKey } from '../../../src/wire/spend-limits';
import { ErrorSubject, failureMessage, ServiceError } from '../errors';
import { IsCompleteRequest, IsCompleteResponse, OnEventRequest, OnEventResponse, RawProperties } from '../events';
import { execute } from '../execute';
import { AccountSettingsActual, readAccountSettings } from './account-settings-state';
import { converge } from './converge';
import { continueRemoval, Removal, startRemoval } from './removal';
import { HandlerContext, ResourceHandler } from './resource-handler';
import { quote } from '../../../src/wire/quote';
import { PlannedCall } from '../reconcile/calls';
import { planOverrideRemoval, planSpendLimits, SpendLimitOverrides } from '../reconcile/spend-limits';

type Properties = AccountSettingsResourceProperties;

/**
 * Custom::SmsVoiceAccountSettings: the account's monthly spend-limit overrides in one region. The
 * physical id is `account-settings:<account>:<region>`, the stack's own (from its StackId), so
 * there is one per account and region and no replacement ever.
 *
 * It has no ARN, no tags and no create call, so it is not an SmsResourceHandler; it runs on the
 * same pieces. onEvent checks the declared limits against the account's MaxLimit (refusing before
 * anything changes) and answers the id; isComplete converges with Set/Delete…SpendLimitOverride
 * (`planSpendLimits`), deleting an override only when the previous properties declared it; Delete
 * deletes exactly the overrides its properties declare (the service then enforces the MaxLimit).
 */
export class AccountSettingsHandler implements ResourceHandler {
  private decoded?: Properties;

  constructor(private readonly event: OnEventRequest, private readonly context: HandlerContext) {}

  get subject(): ErrorSubject {
    return { resourceType: ACCOUNT_SETTINGS.noun, id: this.ownEnvironment?.id ?? this.event.LogicalResourceId };
  }

  async onEvent(): Promise<OnEventResponse> {
    if (this.event.RequestType === 'Delete') {
      if (!this.namesOwn) return this.nothingToDelete();
      return startRemoval(this.event, false);
    }
    const { id, region } = this.requireOwnEnvironment();
    refuseAboveMaximum(this.desired, await readAccountSettings(this.context.client), region);
    return { PhysicalResourceId: id };
  }

  async isComplete(): Promise<IsCompleteResponse> {
    if (this.event.RequestType === 'Delete') {
      if (!this.namesOwn) return { IsComplete: true };
      return continueRemoval(this.event as IsCompleteRequest, this.context, this.removal(), false);
    }
    const { region } = this.requireOwnEnvironment();
    const desired = this.desired;
    const declaredBefore = declaredIn(this.event.RequestType === 'Update' ? this.leniently(this.event.OldResourceProperties, 'old') : undefined);
    return converge<AccountSettingsActual>({
      readAfterWrite: 'the attributes report the enforced spend limits, which the calls change',
      read: () => readAccountSettings(this.context.client),
      plan: actual => {
        refuseAboveMaximum(desired, actual, region);
        return planSpendLimits(overridesOf(desired), actual.overrides, declaredBefore);
      },
      // The MaxLimit was lowered after the read: the service's refusal, with how to raise the maximum.
      onFailure: (_call, error, actual) => (error as ServiceError).Reason === 'REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT'
        ? aboveMaximum(desired, actual, region) ?? new Error(`${failureMessage(error, this.subject)}. ${RAISE_MAXIMUM}`) : undefined,
      data: actual => Object.fromEntries(SPEND_LIMIT_KEYS.map(key => [ACCOUNT_SETTINGS.attributes[key], String(actual.limits[key].enforced)])),
    }, this.context);
  }

  /** The event's properties, decoded and validated once. */
  private get desired(): Properties {
    this.decoded ??= decodeProperties(ACCOUNT_SETTINGS, this.event.ResourceProperties);
    return this.decoded;
  }

  /** The account and region of the event's stack, and the physical id of their settings. */
  private get ownEnvironment(): { readonly id: string; readonly region: string } | undefined {
    const match = STACK_ARN.exec(this.event.StackId ?? '');
    return match ? { id: `${ID_PREFIX}:${match[2]}:${match[1]}`, region: match[1] } : undefined;
  }

  private requireOwnEnvironment(): { readonly id: string; readonly region: string } {
    const own = this.ownEnvironment;
    if (!own) throw new Error(`The stack id ${quote(this.event.StackId)} names no account and region`);
    const physicalId = this.event.PhysicalResourceId;
    if (this.event.RequestType === 'Update' && physicalId !== own.id) {
      throw new Error(`The physical id ${quote(physicalId)} is not the account settings of this stack's account and region (${own.id})`);
    }
    return own;
  }

  /**
   * Whether the Delete's physical id names this stack's account settings. Any other id (the
   * framework's marker, an id CloudFormation invented, another account's or region's settings,
   * which this handler cannot reach) names nothing it may change.
   */
  private get namesOwn(): boolean {
    return this.ownEnvironment !== undefined && this.event.PhysicalResourceId === this.ownEnvironment.id;
  }

  /** Deletes the override of every limit the Delete's properties declare, and nothing else. */
  private removal(): Removal {
    const declared = declaredIn(this.leniently(this.event.ResourceProperties, 'current'));
    let calls: PlannedCall[] = [];
    return {
      inspect: async () => {
        calls = planOverrideRemoval(declared, (await readAccountSettings(this.context.client)).overrides);
        return calls.length === 0 ? { state: 'gone' } : { state: 'ready' };
      },
      remove: () => execute(this.context.client, calls, this.context.log),
    };
  }

  /**
   * Properties that may not decode (a rollback of an update rejected for its shape, properties
   * written by a handler that no longer exists): undefined then, so that nothing is removed for them.
   */
  private leniently(raw: RawProperties | undefined, which: string): Properties | undefined {
    if (!raw) return undefined;
    try {
      return decodeProperties(ACCOUNT_SETTINGS, raw);
    } catch (error) {
      this.context.log(`removing nothing: the ${which} properties do not decode`, { reason: String(error) });
      return undefined;
    }
  }

  private nothingToDelete(): OnEventResponse {
    const physicalResourceId = this.event.PhysicalResourceId;
    this.context.log('nothing to delete: the physical id is not the account settings of this stack\'s account and region', { physicalResourceId });
    return { PhysicalResourceId: physicalResourceId };
  }
}

const ID_PREFIX = 'account-settings';

/** `arn:<partition>:cloudformation:<region>:<account>:stack/<name>/<id>`. */
const STACK_ARN = /^arn:[a-z0-9-]+:cloudformation:([a-z0-9-]+):(\d{12}):stack\//;

/** How to raise the account's MaxLimit, in the words of the user guide's "Requesting increases to your monthly SMS, MMS, or Voice spending quota". */
const RAISE_MAXIMUM = 'Only AWS raises the maximum: request an increase of your monthly SMS, MMS or voice spending quota in the AWS Support Center'
  + ' (https://docs.aws.amazon.com/sms-voice/latest/userguide/awssupport-spend-threshold.html), or declare a limit within the maximum';

function overridesOf(properties: Properties): SpendLimitOverrides {
  return Object.fromEntries(SPEND_LIMIT_KEYS.filter(key => properties[key] !== undefined).map(key => [key, properties[key]]));
}

function declaredIn(properties: Properties | undefined): ReadonlySet<SpendLimitKey> {
  return new Set(properties ? SPEND_LIMIT_KEYS.filter(key => properties[key] !== undefined) : []);
}

/** Throws `aboveMaximum` when a declared limit is above the account's MaxLimit, before any call. */
function refuseAboveMaximum(desired: Properties, actual: AccountSettingsActual, region: string): void {
  const error = aboveMaximum(desired, actual, region);
  if (error) throw error;
}

/**
 * The failure for declared limits above the account's MaxLimit, which only AWS raises: each
 * limit, what it was declared and its maximum, and how to raise the maximum.
 */
function aboveMaximum(desired: Properties, actual: AccountSettingsActual, region: string): Error | undefined {
  const above = SPEND_LIMIT_KEYS.filter(key => (desired[key] ?? 0) > actual.limits[key].max).map(key => {
    const { prop, what } = SPEND_LIMITS[key];
    return `${prop} ${desired[key]} is above the account's maximum monthly spend for ${what} in ${region}, ${actual.limits[key].max} US dollars (MaxLimit)`;
  });
  if (above.length === 0) return undefined;
  return new Error(`${above.join('; ')}. ${RAISE_MAXIMUM}`);
}

import { ProtectConfigurationInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import {
  CountryRuleSetResourceProperties,
  NUMBER_OVERRIDE_PROGRESS_TAG,
  PROTECT_CAPABILITIES,
  PROTECT_CONFIGURATION,
  ProtectCapability,
  ProtectConfigurationResourceProperties,
} from '../../../src/wire/protect-configuration-properties';
import { SERVICE_DEFAULT_PROTECT_STATUS } from '../../../src/wire/validate-protect-configuration';
import { conflictFailure, ErrorSubject } from '../errors';
import { OnEventRequest, ResponseData } from '../events';
import { execute } from '../execute';
import { clientTokensFor } from '../idempotency';
import { ResumableChangeHandler, ResumePoint } from './change-progress';
import {
  defaultToRestore,
  describeProtectConfiguration,
  ProtectConfigurationActual,
  ProtectConfigurationReads,
  readProtectConfiguration,
} from './protect-configuration-state';
import { ResourceRemoval } from './removal';
import { HandlerContext } from './resource-handler';
import { CreateCall } from './sms-resource-handler';
import { planAccountDefault, restoreAccountDefault } from '../reconcile/account-default';
import { PlannedCall } from '../reconcile/calls';
import { DeclaredCountryRules, planCountryRuleSet } from '../reconcile/country-rule-sets';
import {
  expiredOverrides,
  NumberOverrideChange,
  numberOverrideChange,
  NumberOverrides,
  overrideChangeSize,
  planNumberOverrides,
} from '../reconcile/number-overrides';

type Properties = ProtectConfigurationResourceProperties;

/** The protect configuration, and where this poll starts in the change of its number overrides. */
type Actual = ProtectConfigurationActual & { readonly overrides: ResumePoint };

/**
 * Custom::SmsVoiceProtectConfiguration. The physical id is the protect configuration's ARN; nothing
 * is create-only.
 *
 * isComplete reconciles, in this order: deletion protection (UpdateProtectConfiguration); each
 * declared capability's country rule set, with at most one UpdateProtectConfigurationCountryRuleSet
 * holding only the countries that change; the number overrides; and last the account default, so
 * that a protect configuration becomes the default only once its rules and overrides are in place.
 * The default it replaces is remembered in a tag of its own (PREVIOUS_DEFAULT_TAG) and restored
 * when it stops being the default, or is deleted, while it still is the default.
 *
 * The number overrides change from what the previous properties declared to what is declared now,
 * in work proportional to the change, never to the number of overrides: a put for each new or
 * changed one and a delete for each one no longer declared, none of them read first, paced to the
 * service's quotas. A change larger than one poll goes on in the next, from a progress tag of its
 * own (NUMBER_OVERRIDE_PROGRESS_TAG), as an opt-out list's numbers do. So the practical limit is
 * the opt-out list's for additions (see its READ_LIMIT): one put or delete a second, about 3,400
 * overrides added or removed per deployment; the number of overrides kept does not count.
 */
export class ProtectConfigurationHandler extends ResumableChangeHandler<Properties, string, Actual> {
  protected readonly contract = PROTECT_CONFIGURATION;

  protected readonly subjectDetails = SUBJECT_DETAILS;

  private changeOfEvent?: NumberOverrideChange;

  constructor(event: OnEventRequest, context: HandlerContext) {
    super(event, context, NUMBER_OVERRIDE_PROGRESS_TAG);
  }

  protected createCall(desired: Properties): CreateCall {
    return { action: 'CreateProtectConfiguration', input: { DeletionProtectionEnabled: desired.DeletionProtectionEnabled } };
  }

  protected async read(id: string, desired: Properties, declaredBefore: Properties | undefined): Promise<Actual | undefined> {
    const actual = await readProtectConfiguration(this.context.client, id, info => readsFor(info, desired, declaredBefore));
    return actual && { ...actual, overrides: await this.progress.start(actual.arn, overrideChangeSize(this.change), this.context) };
  }

  protected plan(desired: Properties, actual: Actual, declaredBefore: Properties | undefined, id: string): PlannedCall[] {
    const calls: PlannedCall[] = [];
    if (desired.DeletionProtectionEnabled !== actual.deletionProtectionEnabled) {
      calls.push({ action: 'UpdateProtectConfiguration', input: { ProtectConfigurationId: id, DeletionProtectionEnabled: desired.DeletionProtectionEnabled } });
    }
    for (const [capability, statuses] of actual.countryRuleSets) {
      calls.push(...planCountryRuleSet(id, capability, declaredRules(desired, capability), statuses, declaredRules(declaredBefore, capability),
        SERVICE_DEFAULT_PROTECT_STATUS));
    }
    const now = Date.now();
    const expired = expiredOverrides(new Map(this.change.puts), now);
    if (expired.length > 0) this.context.log('not put back: these declared number overrides have expired', { numbers: expired });
    const steps = planNumberOverrides(id, this.change, actual.overrides.done, now, clientTokensFor(this.event));
    this.progress.planned(steps);
    calls.push(...steps.map(step => step.call), ...actual.overrides.tagged ? [this.progress.untag(actual.arn)] : []);
    calls.push(...planAccountDefault(id, actual.arn, desired.AccountDefault, declaredBefore?.AccountDefault ?? false, actual.accountDefault));
    return calls;
  }

  protected data(actual: Actual): ResponseData {
    return { [PROTECT_CONFIGURATION.attributes.ID]: actual.id, [PROTECT_CONFIGURATION.attributes.ARN]: actual.arn };
  }

  /**
   * A protect configuration the stack made the account default gives the default back first (to
   * the one it replaced, or none): the service refuses to delete the account default. One that is
   * the default without the stack declaring it is refused. One still associated with a
   * configuration set is retried for a bounded time: the configuration set's update may be on its way.
   */
  protected removal(id: string): ResourceRemoval<ProtectConfigurationInformation> {
    const { client, log } = this.context;
    return {
      describe: () => describeProtectConfiguration(client, id),
      inspect: async info => {
        if (!info.AccountDefault) return { state: 'ready' };
        if (!declaresAccountDefault(this.event.ResourceProperties)) {
          return { state: 'refused', error: conflictFailure('PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT', this.subject) };
        }
        await execute(client, restoreAccountDefault(await defaultToRestore(client, info.ProtectConfigurationArn!, id)), log);
        return { state: 'ready' };
      },
      call: { action: 'DeleteProtectConfiguration', input: { ProtectConfigurationId: id } },
      blockedBy: error => (error as { Reason?: string }).Reason === 'PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET'
        ? `protect configuration '${id}' is still associated with a configuration set, and DeleteProtectConfiguration fails while it is;`
          + ' give the configuration set another protect configuration (or none) first'
        : undefined,
    };
  }

  /** The change of the number overrides from what the previous properties declared (all that may be removed) to what is declared now. */
  private get change(): NumberOverrideChange {
    this.changeOfEvent ??= numberOverrideChange(numberOverrides(this.desired), numberOverrides(this.declaredBefore));
    return this.changeOfEvent;
  }
}

const SUBJECT_DETAILS: Omit<ErrorSubject, 'resourceType' | 'id'> = {
  importMethod: 'ProtectConfiguration.fromProtectConfigurationId',
  conflictHints: {
    PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT: s => `protect configuration '${s.id}' is the account's default protect configuration,`
      + ' and this stack did not make it so (accountDefault is false); make another protect configuration the account default first',
  },
};

/** What to read: the capabilities declared now or before, and the account default when it is to change hands. */
function readsFor(info: ProtectConfigurationInformation, desired: Properties, declaredBefore: Properties | undefined): ProtectConfigurationReads {
  const declares = (p: Properties | undefined, capability: ProtectCapability) => p?.CountryRuleSets?.[capability] !== undefined;
  const isDefault = info.AccountDefault ?? false;
  return {
    capabilities: PROTECT_CAPABILITIES.filter(c => declares(desired, c) || declares(declaredBefore, c)),
    accountDefault: desired.AccountDefault && !isDefault ? 'take'
      : !desired.AccountDefault && isDefault && declaredBefore?.AccountDefault ? 'give back' : undefined,
  };
}

function declaredRules(properties: Properties | undefined, capability: ProtectCapability): DeclaredCountryRules | undefined {
  const ruleSet: CountryRuleSetResourceProperties | undefined = properties?.CountryRuleSets?.[capability];
  return ruleSet && {
    countries: new Map((ruleSet.Countries ?? []).map(c => [c.IsoCountryCode, c.ProtectStatus])),
    otherCountries: ruleSet.OtherCountries,
  };
}

function numberOverrides(properties: Properties | undefined): NumberOverrides {
  return new Map((properties?.NumberOverrides ?? []).map(o => [o.DestinationPhoneNumber, {
    action: o.Action,
    expiresAt: o.ExpirationTimestamp === undefined ? undefined : Date.parse(o.ExpirationTimestamp),
  }]));
}

/** Whether the properties of a Delete declare the account default, read leniently: they may not decode. */
function declaresAccountDefault(properties: { readonly [key: string]: unknown } | undefined): boolean {
  const value = properties?.AccountDefault;
  return value === true || value === 'true';
}

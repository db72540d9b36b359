import { ProtectConfigurationInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import {
  CountryRuleSetResourceProperties,
  PROTECT_CAPABILITIES,
  PROTECT_CONFIGURATION,
  ProtectCapability,
  ProtectConfigurationResourceProperties,
} from '../../../src/wire/protect-configuration-properties';
import { SERVICE_DEFAULT_PROTECT_STATUS } from '../../../src/wire/validate-protect-configuration';
import { conflictFailure, ErrorSubject } from '../errors';
import { ResponseData } from '../events';
import { execute } from '../execute';
import { clientTokensFor } from '../idempotency';
import {
  defaultToRestore,
  describeProtectConfiguration,
  ProtectConfigurationActual,
  ProtectConfigurationReads,
  readProtectConfiguration,
} from './protect-configuration-state';
import { ResourceRemoval } from './removal';
import { CreateCall, SmsResourceHandler } from './sms-resource-handler';
import { planAccountDefault, restoreAccountDefault } from '../reconcile/account-default';
import { PlannedCall } from '../reconcile/calls';
import { DeclaredCountryRules, planCountryRuleSet } from '../reconcile/country-rule-sets';
import { expiredOverrides, NumberOverrides, planNumberOverrides } from '../reconcile/number-overrides';

type Properties = ProtectConfigurationResourceProperties;

/**
 * Custom::SmsVoiceProtectConfiguration. The physical id is the protect configuration's ARN; nothing
 * is create-only.
 *
 * isComplete reconciles, in this order: deletion protection (UpdateProtectConfiguration); each
 * declared capability's country rule set, with at most one UpdateProtectConfigurationCountryRuleSet
 * holding only the countries that change; the number overrides, paced and batched across polls;
 * and last the account default, so that a protect configuration becomes the default only once its
 * rules are in place. The default it replaces is remembered in a tag of its own (PREVIOUS_DEFAULT_TAG)
 * and restored when it stops being the default, or is deleted, while it still is the default.
 */
export class ProtectConfigurationHandler extends SmsResourceHandler<Properties, string, ProtectConfigurationActual> {
  protected readonly contract = PROTECT_CONFIGURATION;
  protected readonly readLimit = READ_LIMIT;

  protected readonly subjectDetails = SUBJECT_DETAILS;

  protected createCall(desired: Properties): CreateCall {
    return { action: 'CreateProtectConfiguration', input: { DeletionProtectionEnabled: desired.DeletionProtectionEnabled } };
  }

  protected read(id: string, desired: Properties, declaredBefore: Properties | undefined): Promise<ProtectConfigurationActual | undefined> {
    return readProtectConfiguration(this.context.client, id, info => readsFor(info, desired, declaredBefore));
  }

  protected plan(desired: Properties, actual: ProtectConfigurationActual, declaredBefore: Properties | undefined, id: string): PlannedCall[] {
    const calls: PlannedCall[] = [];
    if (desired.DeletionProtectionEnabled !== actual.deletionProtectionEnabled) {
      calls.push({ action: 'UpdateProtectConfiguration', input: { ProtectConfigurationId: id, DeletionProtectionEnabled: desired.DeletionProtectionEnabled } });
    }
    for (const [capability, statuses] of actual.countryRuleSets) {
      calls.push(...planCountryRuleSet(id, capability, declaredRules(desired, capability), statuses, declaredRules(declaredBefore, capability),
        SERVICE_DEFAULT_PROTECT_STATUS));
    }
    if (actual.numberOverrides) {
      const now = Date.now();
      const wanted = numberOverrides(desired);
      const expired = expiredOverrides(wanted, now);
      if (expired.length > 0) this.context.log('not put back: these declared number overrides have expired', { numbers: expired });
      calls.push(...planNumberOverrides(id, wanted, actual.numberOverrides, new Set(numberOverrides(declaredBefore).keys()), now,
        clientTokensFor(this.event)));
    }
    calls.push(...planAccountDefault(id, actual.arn, desired.AccountDefault, declaredBefore?.AccountDefault ?? false, actual.accountDefault));
    return calls;
  }

  protected data(actual: ProtectConfigurationActual): ResponseData {
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
}

const SUBJECT_DETAILS: Omit<ErrorSubject, 'resourceType' | 'id'> = {
  importMethod: 'ProtectConfiguration.fromProtectConfigurationId',
  conflictHints: {
    PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT: s => `protect configuration '${s.id}' is the account's default protect configuration,`
      + ' and this stack did not make it so (accountDefault is false); make another protect configuration the account default first',
  },
};

/**
 * The practical limits, from the provider's settings (about 40 s of work per isComplete poll, a poll
 * every 10 s, 1 hour in all) and the quotas (1 request a second per action): each poll reads every
 * override, 100 a second, then puts or deletes 1 a second until its deadline. So a protect
 * configuration of up to about 3,000 overrides can be read in one poll, and one deployment puts or
 * deletes about 2,000.
 */
const READ_LIMIT = 'each poll reads every number override, 100 a second within about 40 seconds:'
  + ' keep under about 3,000 overrides, and add or remove at most about 2,000 per deployment';

/** What to read: the capabilities and overrides declared now or before, and the account default when it is to change hands. */
function readsFor(info: ProtectConfigurationInformation, desired: Properties, declaredBefore: Properties | undefined): ProtectConfigurationReads {
  const declares = (p: Properties | undefined, capability: ProtectCapability) => p?.CountryRuleSets?.[capability] !== undefined;
  const isDefault = info.AccountDefault ?? false;
  return {
    capabilities: PROTECT_CAPABILITIES.filter(c => declares(desired, c) || declares(declaredBefore, c)),
    numberOverrides: (desired.NumberOverrides ?? []).length > 0 || (declaredBefore?.NumberOverrides ?? []).length > 0,
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

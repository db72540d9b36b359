import type { AccountSettingsResourceProperties } from './account-settings-properties';
import { SHAPES } from './service-constraints';
import { SPEND_LIMIT_KEYS, SPEND_LIMITS } from './spend-limits';
import { IsUnresolved, Violations } from './violations';

/**
 * Each declared limit is a whole number of US dollars in the service model's MonthlyLimit range,
 * and at least one is declared: account settings that override nothing would manage nothing.
 */
export function accountSettingsViolations(properties: AccountSettingsResourceProperties, isUnresolved?: IsUnresolved): Violations {
  const v = new Violations(isUnresolved);
  const { min = 0, max } = SHAPES.MonthlyLimit;
  for (const key of SPEND_LIMIT_KEYS) {
    const value = properties[key];
    if (value === undefined) continue;
    v.require(SPEND_LIMITS[key].prop, value, Number.isInteger(value) && value >= min && value <= (max ?? Infinity),
      `must be a whole number of US dollars from ${min} to ${max}`);
  }
  return v.atLeastOne(SPEND_LIMIT_KEYS.map(key => SPEND_LIMITS[key].prop), SPEND_LIMIT_KEYS.map(key => properties[key]));
}

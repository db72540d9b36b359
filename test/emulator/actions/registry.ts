import { CONFIGURATION_SET_ACTIONS } from './configuration-sets';
import type { ActionHandler } from './context';
import { EVENT_DESTINATION_ACTIONS } from './event-destinations';
import { TAG_ACTIONS } from './tags';

/** Every action the emulator implements. Add a resource's actions here. */
export const ACTIONS: { readonly [action: string]: ActionHandler } = {
  ...CONFIGURATION_SET_ACTIONS,
  ...EVENT_DESTINATION_ACTIONS,
  ...TAG_ACTIONS,
};

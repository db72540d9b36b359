import type { MessageType } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PlannedCall } from './calls';

/** The scalar settings of a configuration set. */
export interface ConfigurationSetSettings {
  readonly defaultSenderId?: string;
  readonly defaultMessageType?: string;
  readonly messageFeedbackEnabled: boolean;
  readonly protectConfigurationId?: string;
}

/** The defaults that can be removed once declared. */
export type RemovableDefault = 'defaultSenderId' | 'defaultMessageType' | 'protectConfigurationId';

/**
 * Sets each setting whose desired value differs from the actual one. A default (or the protect
 * configuration) is removed only when it was previously declared and is now undeclared; one set by
 * someone else stays. Associating a protect configuration replaces the one before it.
 */
export function planConfigurationSetSettings(
  configurationSetName: string,
  desired: ConfigurationSetSettings,
  actual: ConfigurationSetSettings,
  previouslyDeclared: ReadonlySet<RemovableDefault>,
): PlannedCall[] {
  const ConfigurationSetName = configurationSetName;
  return [
    ...planDefault(desired.defaultSenderId, actual.defaultSenderId, previouslyDeclared.has('defaultSenderId'),
      SenderId => ({ action: 'SetDefaultSenderId', input: { ConfigurationSetName, SenderId } }),
      () => ({ action: 'DeleteDefaultSenderId', input: { ConfigurationSetName } })),
    ...planDefault(desired.defaultMessageType, actual.defaultMessageType, previouslyDeclared.has('defaultMessageType'),
      // Validated against the service model's MessageType enum before planning.
      messageType => ({ action: 'SetDefaultMessageType', input: { ConfigurationSetName, MessageType: messageType as MessageType } }),
      () => ({ action: 'DeleteDefaultMessageType', input: { ConfigurationSetName } })),
    ...planDefault(desired.protectConfigurationId, actual.protectConfigurationId, previouslyDeclared.has('protectConfigurationId'),
      ProtectConfigurationId => ({ action: 'AssociateProtectConfiguration', input: { ConfigurationSetName, ProtectConfigurationId } }),
      ProtectConfigurationId => ({ action: 'DisassociateProtectConfiguration', input: { ConfigurationSetName, ProtectConfigurationId } })),
    ...desired.messageFeedbackEnabled === actual.messageFeedbackEnabled ? [] : [{
      action: 'SetDefaultMessageFeedbackEnabled' as const,
      input: { ConfigurationSetName, MessageFeedbackEnabled: desired.messageFeedbackEnabled },
    }],
  ];
}

function planDefault(
  desired: string | undefined,
  actual: string | undefined,
  wasDeclared: boolean,
  set: (value: string) => PlannedCall,
  remove: (actual: string) => PlannedCall,
): PlannedCall[] {
  if (desired !== undefined) return desired === actual ? [] : [set(desired)];
  return actual !== undefined && wasDeclared ? [remove(actual)] : [];
}

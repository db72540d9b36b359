import type {
  AssociateProtectConfigurationRequest,
  AssociateProtectConfigurationResult,
  DisassociateProtectConfigurationRequest,
  DisassociateProtectConfigurationResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { findConfigurationSet } from './configuration-sets';
import type { ActionContext, ActionHandler } from './context';
import { findProtectConfiguration } from './protect-configurations';
import { conflict } from '../errors';
import type { ConfigurationSetRecord, ProtectConfigurationRecord } from '../state';
import type { Wire } from '../wire';

type Association = Wire<AssociateProtectConfigurationResult>;

function association(set: ConfigurationSetRecord, protect: ProtectConfigurationRecord): Association {
  return {
    ConfigurationSetArn: set.arn,
    ConfigurationSetName: set.name,
    ProtectConfigurationArn: protect.arn,
    ProtectConfigurationId: protect.id,
  };
}

function find(context: ActionContext, input: { ConfigurationSetName?: string; ProtectConfigurationId?: string }) {
  return {
    set: findConfigurationSet(context, input.ConfigurationSetName!),
    protect: findProtectConfiguration(context, input.ProtectConfigurationId!),
  };
}

/** Replaces the configuration set's protect configuration, if it has one (the reference). */
const associateProtectConfiguration: ActionHandler<AssociateProtectConfigurationRequest, Association> = (input, context) => {
  const { set, protect } = find(context, input);
  set.protectConfigurationId = protect.id;
  return association(set, protect);
};

type DisassociateHandler = ActionHandler<DisassociateProtectConfigurationRequest, Wire<DisassociateProtectConfigurationResult>>;

/**
 * A configuration set that is not associated with this protect configuration: ConflictException
 * PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET.
 */
const disassociateProtectConfiguration: DisassociateHandler = (input, context) => {
  const { set, protect } = find(context, input);
  if (set.protectConfigurationId !== protect.id) {
    throw conflict('PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET', 'configuration-set', set.name,
      `The configuration set ${set.name} is not associated with the protect configuration ${protect.id}.`);
  }
  set.protectConfigurationId = undefined;
  return association(set, protect);
};

export const PROTECT_CONFIGURATION_ASSOCIATION_ACTIONS = {
  AssociateProtectConfiguration: associateProtectConfiguration,
  DisassociateProtectConfiguration: disassociateProtectConfiguration,
};

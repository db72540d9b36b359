import { SmsClient } from './client';
import { asServiceError, blockedByAnother, ErrorSubject, isRetriable, toFailure } from './errors';
import { IsCompleteResponse, OnEventRequest, OnEventResponse } from './events';
import { AccountSettingsHandler } from './handlers/account-settings';
import { ConfigurationSetHandler } from './handlers/configuration-set';
import { OptOutListHandler } from './handlers/opt-out-list';
import { OptedOutNumbersHandler } from './handlers/opted-out-numbers';
import { PhoneNumberHandler } from './handlers/phone-number';
import { PoolHandler } from './handlers/pool';
import { ProtectConfigurationHandler } from './handlers/protect-configuration';
import { RegistrationHandler } from './handlers/registration';
import { RegistrationAttachmentHandler } from './handlers/registration-attachment';
import { HandlerContext, ResourceHandler } from './handlers/resource-handler';
import { ResourcePolicyHandler } from './handlers/resource-policy';
import { SenderIdHandler } from './handlers/sender-id';
import { VerifiedDestinationNumberHandler } from './handlers/verified-destination-number';
import { jsonLogger, Logger, loggableEvent } from './log';
import { ACCOUNT_SETTINGS } from '../../src/wire/account-settings-properties';
import { CONFIGURATION_SET } from '../../src/wire/configuration-set-properties';
import { OPT_OUT_LIST } from '../../src/wire/opt-out-list-properties';
import { OPTED_OUT_NUMBERS } from '../../src/wire/opted-out-numbers-properties';
import { PHONE_NUMBER } from '../../src/wire/phone-number-properties';
import { POOL } from '../../src/wire/pool-properties';
import { PROTECT_CONFIGURATION } from '../../src/wire/protect-configuration-properties';
import { REGISTRATION_ATTACHMENT } from '../../src/wire/registration-attachment-properties';
import { REGISTRATION } from '../../src/wire/registration-properties';
import { RESOURCE_POLICY } from '../../src/wire/resource-policy-properties';
import { SENDER_ID } from '../../src/wire/sender-id-properties';
import { VERIFIED_DESTINATION_NUMBER } from '../../src/wire/verified-destination-number-properties';

type HandlerFactory = (event: OnEventRequest, context: HandlerContext) => ResourceHandler;

/** One line per custom-resource type. */
const HANDLERS: { readonly [resourceType: string]: HandlerFactory } = {
  [CONFIGURATION_SET.resourceType]: (event, context) => new ConfigurationSetHandler(event, context),
  [OPT_OUT_LIST.resourceType]: (event, context) => new OptOutListHandler(event, context),
  [OPTED_OUT_NUMBERS.resourceType]: (event, context) => new OptedOutNumbersHandler(event, context),
  [PHONE_NUMBER.resourceType]: (event, context) => new PhoneNumberHandler(event, context),
  [SENDER_ID.resourceType]: (event, context) => new SenderIdHandler(event, context),
  [POOL.resourceType]: (event, context) => new PoolHandler(event, context),
  [ACCOUNT_SETTINGS.resourceType]: (event, context) => new AccountSettingsHandler(event, context),
  [PROTECT_CONFIGURATION.resourceType]: (event, context) => new ProtectConfigurationHandler(event, context),
  [RESOURCE_POLICY.resourceType]: (event, context) => new ResourcePolicyHandler(event, context),
  [REGISTRATION.resourceType]: (event, context) => new RegistrationHandler(event, context),
  [REGISTRATION_ATTACHMENT.resourceType]: (event, context) => new RegistrationAttachmentHandler(event, context),
  [VERIFIED_DESTINATION_NUMBER.resourceType]: (event, context) => new VerifiedDestinationNumberHandler(event, context),
};

/** The custom-resource types this provider handles. */
export const RESOURCE_TYPES: readonly string[] = Object.keys(HANDLERS);

/** The two entry points of the Provider framework, for one event. */
export interface Lifecycle {
  onEvent(): Promise<OnEventResponse>;
  /** Not complete (instead of failed) while the service throttles or fails transiently. */
  isComplete(): Promise<IsCompleteResponse>;
}

export interface DispatchOptions {
  /** @default one JSON object per line on stdout */
  readonly log?: Logger;
  /** When isComplete must stop starting calls (epoch ms). @default none */
  readonly deadline?: number;
  /** How long a call that hands the service a role is retried while the role propagates. @default ROLE_PROPAGATION_MS */
  readonly rolePropagationMs?: number;
}

/** Routes an event to the handler of its resource type; failures get short, actionable messages. */
export function dispatch(event: OnEventRequest, client: SmsClient, options: DispatchOptions = {}): Lifecycle {
  const { log = jsonLogger, deadline, rolePropagationMs } = options;
  /** One phase: the handler of the event's type answers, or its failure is made short and actionable (or, for `recover`, not a failure). */
  const run = async <R>(phase: 'onEvent' | 'isComplete', recover?: (error: unknown, subject: ErrorSubject) => R | undefined): Promise<R> => {
    log(phase, { event: loggableEvent(event) });
    const factory = HANDLERS[event.ResourceType];
    if (!factory) {
      throw new Error(`Unknown resource type '${event.ResourceType}': this provider handles ${Object.keys(HANDLERS).join(', ')}`);
    }
    const resource = factory(event, { client, log, deadline, rolePropagationMs });
    try {
      const response = await (resource[phase]() as Promise<R>);
      log(`${phase} returns`, { response });
      return response;
    } catch (error) {
      const recovered = recover?.(error, resource.subject);
      if (recovered !== undefined) return recovered;
      throw failed(error, resource.subject, log);
    }
  };

  return {
    onEvent: () => run<OnEventResponse>('onEvent'),
    isComplete: () => run<IsCompleteResponse>('isComplete', (error, subject) => {
      if (!isRetriable(error) || waitsOnAnother(error, subject)) return undefined;
      log('not complete yet: the service throttled or failed transiently', { error: details(error) });
      return { IsComplete: false };
    }),
  };
}

/** A resource the subject needs is not ACTIVE: polling the subject cannot change that, so it fails at once, naming it. */
function waitsOnAnother(error: unknown, subject: ErrorSubject): boolean {
  const e = asServiceError(error);
  return e.Reason === 'RESOURCE_NOT_ACTIVE' && blockedByAnother(subject, e);
}

function failed(error: unknown, subject: ErrorSubject, log: Logger): Error {
  const failure = toFailure(error, subject);
  log('failed', { reason: failure.message, error: details(error) });
  return failure;
}

/** What the logs keep of an error: its fields, and its stack unless it is the service's answer. */
function details(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { stack, ...fields } = error as Error & { [key: string]: unknown };
  const fromService = '$metadata' in fields;
  return { ...fields, name: error.name, message: error.message, ...fromService ? {} : { stack } };
}

import { randomUUID } from 'crypto';
import type { ActionContext } from './actions/context';
import { ACTIONS } from './actions/registry';
import { CallLog, RecordedCall } from './call-log';
import { clientTokenMismatch, internalError, notImplemented, ServiceError, throttled, unknownOperation } from './errors';
import { FaultInjector } from './faults';
import { OPERATIONS } from './generated/operations.generated';
import { EmulatorOptions, Settings, settingsOf } from './options';
import { actionOf, parseBody, regionOf } from './protocol';
import { RateLimiter } from './quotas';
import { RolePropagation } from './role-propagation';
import { EmulatorState } from './state';
import { StatusTimer } from './status';
import {
  approveRegistration,
  denyRegistration,
  failAttachmentUpload,
  RegistrationDenial,
  requireRegistrationAuthentication,
  revokeRegistration,
  setStatus,
  simulateEndUserOptOut,
  startRegistrationReview,
  StatusSetting,
  verificationCode,
} from './test-hooks';
import { validateInput } from './validate';

export interface ServiceRequest {
  /** The X-Amz-Target header. */
  readonly target?: string;
  /** The Authorization header, for the region of its credential scope. */
  readonly authorization?: string;
  readonly body: string;
}

export interface ServiceReply {
  readonly status: number;
  readonly requestId: string;
  /** The JSON body: the action's output, or `{"__type": ..., "message": ...}`. */
  readonly body: Record<string, unknown>;
  /** The error's `__type`, when the call failed. */
  readonly errorType?: string;
}

/**
 * The SMS v2 service without HTTP: every call goes through faults, the operation's existence,
 * its rate quota, model validation and ClientToken idempotency before its action runs.
 */
export class SmsVoiceService {
  private settings: Settings;
  private readonly state = new EmulatorState();
  private readonly log = new CallLog();
  private readonly faults: FaultInjector;
  private readonly rates: RateLimiter;
  private readonly statuses: StatusTimer;
  private readonly roles: RolePropagation;

  constructor(options: EmulatorOptions = {}) {
    this.settings = settingsOf(options);
    const clock = () => this.settings.clock();
    this.faults = new FaultInjector(this.settings.faults);
    this.rates = new RateLimiter(this.settings.quotas, clock);
    this.statuses = new StatusTimer(this.settings.statusDelays, clock);
    this.roles = new RolePropagation(this.settings.rolePropagationMs);
  }

  get options(): Settings {
    return this.settings;
  }

  calls(): RecordedCall[] {
    return this.log.list();
  }

  reset(): void {
    this.state.reset();
    this.log.clear();
    this.faults.reset();
    this.rates.reset();
    this.roles.reset();
  }

  /** Changes options from now on; `port` and `host` only apply to a new server. */
  configure(options: Partial<EmulatorOptions>): void {
    this.settings = settingsOf(options, this.settings);
    if (options.faults) this.faults.configure(this.settings.faults);
    if (options.quotas) this.rates.configure(this.settings.quotas);
    if (options.statusDelays) this.statuses.configure(this.settings.statusDelays);
    if (options.rolePropagationMs !== undefined) this.roles.configure(this.settings.rolePropagationMs);
  }

  async handle(request: ServiceRequest): Promise<ServiceReply> {
    const started = performance.now();
    const at = this.settings.clock();
    const requestId = randomUUID();
    const action = actionOf(request.target);
    const input = parseBody(request.body);
    const finish = this.log.begin(action ?? request.target ?? '', input instanceof ServiceError ? {} : structuredClone(input), at);

    let reply: ServiceReply;
    try {
      reply = { status: 200, requestId, body: this.run(request, action, input, requestId) };
    } catch (error) {
      if (!(error instanceof ServiceError)) console.error(`SMS emulator: ${action} failed unexpectedly`, error);
      const serviceError = error instanceof ServiceError ? error : internalError(requestId, String(error));
      reply = { status: serviceError.status, requestId, body: serviceError.body, errorType: serviceError.type };
    }
    const latencyMs = this.faults.nextLatencyMs();
    if (latencyMs > 0) await delay(latencyMs);
    finish(reply.errorType, performance.now() - started);
    return reply;
  }

  private run(
    request: ServiceRequest,
    action: string | undefined,
    input: Record<string, unknown> | ServiceError,
    requestId: string,
  ): Record<string, unknown> {
    const fault = this.faults.next();
    if (fault === 'throttle') throw throttled('Rate exceeded (injected fault)');
    if (fault === 'internal-error') throw internalError(requestId, 'Injected internal error');

    const operation = action === undefined ? undefined : OPERATIONS[action];
    if (action === undefined || !operation) throw unknownOperation(request.target);
    const handler = ACTIONS[action];
    if (!handler) throw notImplemented(action);

    const region = regionOf(request.authorization) ?? this.settings.region;
    if (!this.rates.tryAcquire(region, action)) throw throttled();
    if (input instanceof ServiceError) throw input;
    const invalid = validateInput(action, input) ?? this.roles.check(input, this.settings.clock());
    if (invalid) throw invalid;

    const context = this.contextFor(region);
    const tokenMember = operation.idempotencyToken;
    const token = tokenMember === undefined ? undefined : input[tokenMember];
    if (typeof token !== 'string') return handler(input as never, context) as Record<string, unknown>;

    const parameters = Object.fromEntries(Object.entries(input).filter(([member]) => member !== tokenMember));
    const known = context.state.clientTokens.lookup(action, token, parameters);
    if (known.kind === 'replay') return known.response as Record<string, unknown>;
    if (known.kind === 'mismatch') throw clientTokenMismatch(action, token);
    const output = handler(input as never, context) as Record<string, unknown>;
    context.state.clientTokens.remember(action, token, parameters, output);
    return output;
  }

  /** Test hook: see RunningEmulator.setStatus. */
  setStatus(idOrArn: string, setting: StatusSetting, region = this.settings.region): void {
    setStatus(this.contextFor(region), idOrArn, setting);
  }

  /** Test hook: see RunningEmulator.simulateEndUserOptOut. */
  simulateEndUserOptOut(optOutListName: string, phoneNumber: string, region = this.settings.region): void {
    simulateEndUserOptOut(this.contextFor(region), optOutListName, phoneNumber);
  }

  /** Test hook: see RunningEmulator.failAttachmentUpload. */
  failAttachmentUpload(idOrArn: string, region = this.settings.region): void {
    failAttachmentUpload(this.contextFor(region), idOrArn);
  }

  /** Test hook: see RunningEmulator.startRegistrationReview. */
  startRegistrationReview(idOrArn: string, region = this.settings.region): void {
    startRegistrationReview(this.contextFor(region), idOrArn);
  }

  /** Test hook: see RunningEmulator.approveRegistration. */
  approveRegistration(idOrArn: string, region = this.settings.region): void {
    approveRegistration(this.contextFor(region), idOrArn);
  }

  /** Test hook: see RunningEmulator.denyRegistration. */
  denyRegistration(idOrArn: string, reasons: readonly RegistrationDenial[], region = this.settings.region): void {
    denyRegistration(this.contextFor(region), idOrArn, reasons);
  }

  /** Test hook: see RunningEmulator.requireRegistrationAuthentication. */
  requireRegistrationAuthentication(idOrArn: string, region = this.settings.region): void {
    requireRegistrationAuthentication(this.contextFor(region), idOrArn);
  }

  /** Test hook: see RunningEmulator.revokeRegistration. */
  revokeRegistration(idOrArn: string, region = this.settings.region): void {
    revokeRegistration(this.contextFor(region), idOrArn);
  }

  /** Test hook: see RunningEmulator.verificationCode. */
  verificationCode(idOrArnOrPhoneNumber: string, region = this.settings.region): string | undefined {
    return verificationCode(this.contextFor(region), idOrArnOrPhoneNumber);
  }

  /** The region's state as an action sees it: resources that have reached GONE are removed. */
  private contextFor(region: string): ActionContext {
    const clock = () => this.settings.clock();
    const scope = { region, accountId: this.settings.accountId };
    const state = this.state.region(scope, clock());
    state.sweep(transition => this.statuses.statusOf(transition));
    return { scope, state, limits: this.settings.limits, statuses: this.statuses, now: clock };
  }
}

function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

import * as http from 'http';
import type { AddressInfo } from 'net';
import type { RecordedCall } from './call-log';
import type { EmulatorOptions } from './options';
import { CONTENT_TYPE } from './protocol';
import { SmsVoiceService } from './service';
import type { RegistrationDenial, StatusSetting } from './test-hooks';

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>`: give it to the SDK client as `endpoint` or `AWS_ENDPOINT_URL`. */
  readonly endpoint: string;
  /** A copy of every answered call, in the order they arrived. */
  calls(): RecordedCall[];
  /** Clears all resources, ClientTokens, rate buckets, fault counters and the call log. */
  reset(): void;
  /** Changes options from now on (not `port` or `host`). */
  configure(options: Partial<EmulatorOptions>): void;
  /**
   * Test hook: puts a phone number or pool (by id or ARN) in a status, which it keeps until an
   * action changes it; for example `setStatus('phone-…', { kind: 'phone-number', status: 'ACTIVE' })`
   * for a registration-gated number. The region defaults to the emulator's.
   */
  setStatus(idOrArn: string, setting: StatusSetting, region?: string): void;
  /**
   * Test hook: the end user of `phoneNumber` replied STOP, so the number is on the opt-out list
   * with EndUserOptedOut true (and a new OptedOutTimestamp).
   */
  simulateEndUserOptOut(optOutListName: string, phoneNumber: string, region?: string): void;
  /**
   * Test hook: the service failed to copy the file of a registration attachment (by id or ARN), so
   * it is UPLOAD_FAILED with AttachmentUploadErrorReason INTERNAL_ERROR.
   */
  failAttachmentUpload(idOrArn: string, region?: string): void;
  /** Test hook: the reviewers start on the registration's (by id or ARN) SUBMITTED or AWS_REVIEWING version: it is REVIEWING. */
  startRegistrationReview(idOrArn: string, region?: string): void;
  /**
   * Test hook: the registration's version under review (SUBMITTED, AWS_REVIEWING, REVIEWING or
   * REQUIRES_AUTHENTICATION) is APPROVED, an earlier approved version ARCHIVED; the registration is COMPLETE.
   */
  approveRegistration(idOrArn: string, region?: string): void;
  /**
   * Test hook: the registration "requires updates": its version under review is DENIED with these
   * DeniedReasons (a reason's `fieldPath` also sets that field value's DeniedReason).
   */
  denyRegistration(idOrArn: string, reasons: readonly RegistrationDenial[], region?: string): void;
  /** Test hook: the registration's version under review, and so the registration, are REQUIRES_AUTHENTICATION. */
  requireRegistrationAuthentication(idOrArn: string, region?: string): void;
  /** Test hook: the registration's APPROVED current version is REVOKED. */
  revokeRegistration(idOrArn: string, region?: string): void;
  /**
   * Test hook: the last code SendDestinationNumberVerificationCode sent to a verified destination
   * number (by id, ARN or E.164 number), which a person would read on the phone; undefined when none.
   */
  verificationCode(idOrArnOrPhoneNumber: string, region?: string): string | undefined;
  stop(): Promise<void>;
}

/** Starts the SMS v2 emulator on 127.0.0.1 (a free port unless `port` is given). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const service = new SmsVoiceService(options);
  const server = http.createServer((request, response) => {
    answer(service, request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(service.options.port, service.options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://${service.options.host}:${port}`,
    calls: () => service.calls(),
    reset: () => service.reset(),
    configure: o => service.configure(o),
    setStatus: (idOrArn, setting, region) => service.setStatus(idOrArn, setting, region),
    simulateEndUserOptOut: (list, number, region) => service.simulateEndUserOptOut(list, number, region),
    failAttachmentUpload: (idOrArn, region) => service.failAttachmentUpload(idOrArn, region),
    startRegistrationReview: (idOrArn, region) => service.startRegistrationReview(idOrArn, region),
    approveRegistration: (idOrArn, region) => service.approveRegistration(idOrArn, region),
    denyRegistration: (idOrArn, reasons, region) => service.denyRegistration(idOrArn, reasons, region),
    requireRegistrationAuthentication: (idOrArn, region) => service.requireRegistrationAuthentication(idOrArn, region),
    revokeRegistration: (idOrArn, region) => service.revokeRegistration(idOrArn, region),
    verificationCode: (idOrArnOrPhoneNumber, region) => service.verificationCode(idOrArnOrPhoneNumber, region),
    stop: () => new Promise<void>((resolve, reject) => {
      server.close(error => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
  };
}

async function answer(service: SmsVoiceService, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const body = await readBody(request);
  if (request.method !== 'POST') {
    send(response, 404, { __type: 'UnknownOperationException', message: `${request.method} ${request.url} is not an operation; POST / with X-Amz-Target` });
    return;
  }
  const reply = await service.handle({
    target: header(request, 'x-amz-target'),
    authorization: header(request, 'authorization'),
    body,
  });
  send(response, reply.status, reply.body, {
    'x-amzn-requestid': reply.requestId,
    ...(reply.errorType ? { 'x-amzn-errortype': reply.errorType } : {}),
  });
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function header(request: http.IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': CONTENT_TYPE,
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

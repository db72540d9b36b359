import {
  CreatePoolCommand,
  CreatePoolCommandInput,
  DescribePhoneNumbersCommand,
  DescribePoolsCommand,
  PinpointSMSVoiceV2Client,
  PinpointSMSVoiceV2ClientConfig,
  RequestPhoneNumberCommand,
  RequestPhoneNumberCommandInput,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { DEFAULT_LIMITS, EmulatorOptions, RunningEmulator, startEmulator } from './index';

/** A real SDK client for the emulator, with dummy credentials. */
export function clientFor(endpoint: string, config: PinpointSMSVoiceV2ClientConfig = {}): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    ...config,
  });
}

export interface EmulatorFixture {
  readonly emulator: RunningEmulator;
  /** A real SDK client for the emulator. */
  readonly sms: PinpointSMSVoiceV2Client;
}

/**
 * One emulator and SDK client for the test file. Before each test the emulator is reset and its
 * options are `options` again, so a test may configure() it freely.
 */
export function useEmulator(options: EmulatorOptions = {}, clientConfig: PinpointSMSVoiceV2ClientConfig = {}): EmulatorFixture {
  let started: EmulatorFixture | undefined;
  const fixture: EmulatorFixture = {
    get emulator() {
      return running().emulator;
    },
    get sms() {
      return running().sms;
    },
  };
  const running = (): EmulatorFixture => {
    if (!started) throw new Error('the emulator runs inside tests only (useEmulator starts it in beforeAll)');
    return started;
  };
  beforeAll(async () => {
    const emulator = await startEmulator(options);
    started = { emulator, sms: clientFor(emulator.endpoint, clientConfig) };
  });
  afterAll(async () => {
    started?.sms.destroy();
    await started?.emulator.stop();
  });
  beforeEach(() => {
    fixture.emulator.configure({ statusDelays: {}, quotas: 'off', faults: {}, ...options, limits: { ...DEFAULT_LIMITS, ...options.limits } });
    fixture.emulator.reset();
  });
  return fixture;
}

/** A clock that tests move by hand, for the emulator's `clock` option. */
export class TestClock {
  private time: number;

  constructor(readonly start: number) {
    this.time = start;
  }

  readonly now = (): number => this.time;

  advance(ms: number): void {
    this.time += ms;
  }

  reset(): void {
    this.time = this.start;
  }
}

/** A TestClock that is back at its start before each test: `useEmulator({ clock: clock.now })`. */
export function useTestClock(start = Date.UTC(2025, 0, 1)): TestClock {
  const clock = new TestClock(start);
  beforeEach(() => clock.reset());
  return clock;
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function errorOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export interface RawReply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** A raw awsJson1_0 call, for what the SDK would never send. */
export async function rawCall(endpoint: string, target: string, body: string, headers: Record<string, string> = {}): Promise<RawReply> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target, ...headers },
    body,
  });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
}

export const SNS_DESTINATION = { TopicArn: 'arn:aws:sns:us-east-1:123456789012:events' };
export const CLOUDWATCH_DESTINATION = {
  IamRoleArn: 'arn:aws:iam::123456789012:role/sms-events',
  LogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:sms-events',
};
export const FIREHOSE_DESTINATION = {
  IamRoleArn: 'arn:aws:iam::123456789012:role/sms-events',
  DeliveryStreamArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/sms-events',
};

/** A US long code for transactional SMS: it becomes ACTIVE after the phone-number status delay. */
export const LONG_CODE: RequestPhoneNumberCommandInput = {
  IsoCountryCode: 'US',
  MessageType: 'TRANSACTIONAL',
  NumberCapabilities: ['SMS'],
  NumberType: 'LONG_CODE',
};

/** Requests a phone number (a US long code unless overridden) and returns it as requested. */
export async function requestPhoneNumber(sms: PinpointSMSVoiceV2Client, overrides: Partial<RequestPhoneNumberCommandInput> = {}) {
  return sms.send(new RequestPhoneNumberCommand({ ...LONG_CODE, ...overrides }));
}

/** Creates a pool with a new US long code (or the given identity) and returns it as created. */
export async function createPool(sms: PinpointSMSVoiceV2Client, overrides: Partial<CreatePoolCommandInput> = {}) {
  const OriginationIdentity = overrides.OriginationIdentity ?? (await requestPhoneNumber(sms)).PhoneNumberId!;
  return sms.send(new CreatePoolCommand({ IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', ...overrides, OriginationIdentity }));
}

/** The one phone number an id or ARN names. */
export async function describePhoneNumber(sms: PinpointSMSVoiceV2Client, idOrArn: string) {
  const { PhoneNumbers } = await sms.send(new DescribePhoneNumbersCommand({ PhoneNumberIds: [idOrArn] }));
  return PhoneNumbers![0];
}

/** The one pool an id or ARN names. */
export async function describePool(sms: PinpointSMSVoiceV2Client, idOrArn: string) {
  const { Pools } = await sms.send(new DescribePoolsCommand({ PoolIds: [idOrArn] }));
  return Pools![0];
}

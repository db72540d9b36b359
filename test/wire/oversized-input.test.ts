import { Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { RawProperties } from '../../lambda/sms-provider/events';
import { ConfigurationSet, MessageType, NumberCapability, NumberType, OptOutList, PhoneNumber, SenderId } from '../../src';
import { CONFIGURATION_SET } from '../../src/wire/configuration-set-properties';
import { OPT_OUT_LIST } from '../../src/wire/opt-out-list-properties';
import { PHONE_NUMBER } from '../../src/wire/phone-number-properties';
import { SENDER_ID } from '../../src/wire/sender-id-properties';
import { newStack, synthesized } from '../constructs/support';
import { configurationSetProperties, CustomResourceEvents } from '../lambda/support/events';
import { optOutListProperties } from '../lambda/support/opt-out-lists';
import { phoneNumberProperties } from '../lambda/support/phone-numbers';
import { senderIdProperties } from '../lambda/support/sender-ids';
import { useTestBed } from '../lambda/support/test-bed';

/** What a new user pastes by mistake: 10 KB where a name or a message belongs. */
const OVERSIZED = 'x'.repeat(10 * 1024);

interface Case {
  readonly title: string;
  /** The construct, with the oversized value where it does not fit. */
  readonly construct: (stack: Stack) => Construct;
  readonly resourceType: string;
  /** The handler's properties, with the same value. */
  readonly properties: RawProperties;
  /** What every reason keeps, whatever the input: the property and the rule with what is allowed. */
  readonly keeps: readonly string[];
}

const CASES: readonly Case[] = [
  {
    title: 'a configuration set name',
    construct: stack => new ConfigurationSet(stack, 'Orders', { configurationSetName: OVERSIZED }),
    resourceType: CONFIGURATION_SET.resourceType,
    properties: configurationSetProperties({ name: OVERSIZED }),
    keeps: ['configurationSetName', 'must be 1 to 64 characters long, but is 10240'],
  },
  {
    title: 'an opt-out list name',
    construct: stack => new OptOutList(stack, 'OptOuts', { optOutListName: OVERSIZED }),
    resourceType: OPT_OUT_LIST.resourceType,
    properties: optOutListProperties({ name: OVERSIZED }),
    keeps: ['optOutListName', 'must be 1 to 64 characters long, but is 10240'],
  },
  {
    title: 'a sender ID',
    construct: stack => new SenderId(stack, 'Brand', { senderId: OVERSIZED, isoCountryCode: 'GB' }),
    resourceType: SENDER_ID.resourceType,
    properties: senderIdProperties({ senderId: OVERSIZED }),
    keeps: ['senderId', 'must be 1 to 11 characters long, but is 10240'],
  },
  {
    title: 'a keyword message',
    construct: stack => new PhoneNumber(stack, 'Number', {
      isoCountryCode: 'US',
      messageType: MessageType.TRANSACTIONAL,
      numberCapabilities: [NumberCapability.SMS],
      numberType: NumberType.SIMULATOR,
      keywords: [{ keyword: 'INFO', message: OVERSIZED }],
    }),
    resourceType: PHONE_NUMBER.resourceType,
    properties: phoneNumberProperties({ keywords: [{ keyword: 'INFO', message: OVERSIZED }] }),
    keeps: ["message of keyword 'INFO'", 'must be 1 to 1600 characters long, but is 10240'],
  },
];

/** The reason quotes the value by its start and its length, then says everything else in full. */
function expectShortenedQuote(reason: string, keeps: readonly string[]): void {
  expect(reason).toContain(`"${'x'.repeat(40)}…" (10240 characters)`);
  expect(reason).not.toContain('x'.repeat(41));
  expect(reason).not.toContain('truncated');
  for (const kept of keeps) expect(reason).toContain(kept);
}

describe('an oversized value', () => {
  test.each(CASES)('in $title fails at synth with a reason that keeps the property and the rule', ({ construct, keeps }) => {
    let reason = '';
    try {
      synthesized(construct(newStack()));
    } catch (error) {
      reason = (error as Error).message;
    }
    expectShortenedQuote(reason, keeps);
  });

  describe('in the handler', () => {
    const bed = useTestBed();

    test.each(CASES)('in $title fails before any call, with a reason that fits CloudFormation\'s response whole', async ({ resourceType, properties, keeps }) => {
      const mark = bed().mark();
      const result = await bed().run(new CustomResourceEvents('Oversized', resourceType).create(properties));

      expect(result.status).toBe('FAILED');
      expectShortenedQuote(result.reason, keeps);
      expect(Buffer.byteLength(result.responseBody)).toBeLessThan(4096);
      expect(bed().callsSince(mark)).toEqual([]);
    });
  });
});

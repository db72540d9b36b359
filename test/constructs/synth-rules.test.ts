import { Stack } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { newStack, synthesized } from './support';
import {
  ConfigurationSet, EventDestinationTarget, EventType, MessageType, NumberCapability, NumberType,
  OptOutList, PhoneNumber, PhoneNumberProps, Pool, SenderId,
} from '../../src';

const US_NUMBER: PhoneNumberProps = {
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
  numberCapabilities: [NumberCapability.SMS],
  numberType: NumberType.SIMULATOR,
};

/** The mistakes that the service would refuse at deploy time, each in a construct of its own. */
const MISTAKES: readonly { readonly title: string; readonly make: (stack: Stack) => void; readonly error: string }[] = [
  {
    title: 'a pooled number with an opt-out list of its own',
    make: stack => {
      const poolList = new OptOutList(stack, 'PoolOptOuts');
      const own = new OptOutList(stack, 'OwnOptOuts');
      const number = new PhoneNumber(stack, 'Pooled', { ...US_NUMBER, optOutList: own });
      new Pool(stack, 'ListPool', { originationIdentities: [number], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL, optOutList: poolList });
    },
    error: "[Stack/ListPool] originationIdentities: phone number 'Stack/Pooled' declares optOutList 'Stack/OwnOptOuts', "
      + "but the pool uses 'Stack/PoolOptOuts': a number in a pool uses the pool's opt-out list; declare the same list on both, or only on the pool",
  },
  {
    title: 'a SIMULATOR number for promotional messages',
    make: stack => new PhoneNumber(stack, 'Promo', { ...US_NUMBER, messageType: MessageType.PROMOTIONAL }),
    error: '[Stack/Promo] messageType: "PROMOTIONAL" must be TRANSACTIONAL for a SIMULATOR number: simulator numbers send transactional messages only',
  },
  {
    title: 'a GB number in a US pool',
    make: stack => {
      const gb = new PhoneNumber(stack, 'London', { ...US_NUMBER, isoCountryCode: 'GB', numberType: NumberType.LONG_CODE });
      new Pool(stack, 'UsPool', { originationIdentities: [gb], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL });
    },
    error: "[Stack/UsPool] originationIdentities: phone number 'Stack/London' is for GB, but the pool is for US: "
      + 'a pool holds phone numbers and sender IDs of its own country (isoCountryCode) only',
  },
  {
    title: 'self-managed opt-outs without two-way',
    make: stack => new PhoneNumber(stack, 'SelfManaged', { ...US_NUMBER, selfManagedOptOuts: true }),
    error: '[Stack/SelfManaged] selfManagedOptOuts: true needs two-way messaging, which reads the replies: declare twoWay on the number too',
  },
  {
    title: 'six event destinations where the service takes five',
    make: stack => {
      const set = new ConfigurationSet(stack, 'Events');
      const group = new logs.LogGroup(stack, 'Logs');
      for (let i = 1; i <= 6; i++) {
        set.addEventDestination(`Logs${i}`, { destination: EventDestinationTarget.cloudWatchLogs(group), events: [EventType.TEXT_DELIVERED] });
      }
    },
    error: '[Stack/Events] eventDestinations: ["Logs1","Logs2","Logs3","Logs4","Logs5","Logs6"] has 6 event destinations, '
      + 'more than the 5 the service allows a configuration set',
  },
];

describe('rules that span a construct and what it uses, checked at synth', () => {
  test.each(MISTAKES)('$title fails at synth, naming the construct, the property and what is allowed', ({ make, error }) => {
    const stack = newStack();
    make(stack);

    expect(() => synthesized(stack)).toThrow(error);
  });

  test('an app with all of them reports every one in one synth', () => {
    const stack = newStack();
    MISTAKES.forEach(mistake => mistake.make(stack));

    let message = '';
    try {
      synthesized(stack);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.startsWith('Validation failed with the following errors:')).toBe(true);
    for (const { error } of MISTAKES) expect(message).toContain(error);
  });

  test('a sender ID for promotional messages only in a transactional pool fails; one that declares no message type fits any pool', () => {
    const stack = newStack();
    const promotional = new SenderId(stack, 'Promotional', { senderId: 'SALE', isoCountryCode: 'GB', messageTypes: [MessageType.PROMOTIONAL] });
    const any = new SenderId(stack, 'Any', { senderId: 'ACME', isoCountryCode: 'GB' });
    new Pool(stack, 'Pool', { originationIdentities: [any, promotional], isoCountryCode: 'GB', messageType: MessageType.TRANSACTIONAL });

    expect(() => synthesized(stack)).toThrow(/^Validation failed with the following errors:\n {2}\[Stack\/Pool\] originationIdentities: sender ID 'Stack\/Promotional' is for PROMOTIONAL messages, but the pool sends TRANSACTIONAL: its messageType must be the pool's$/);
  });

  test('numbers that share the pool\'s list, or inherit it from the first number, fit', () => {
    const stack = newStack();
    const list = new OptOutList(stack, 'OptOuts');
    const first = new PhoneNumber(stack, 'First', { ...US_NUMBER, optOutList: list });
    const second = new PhoneNumber(stack, 'Second', { ...US_NUMBER, optOutList: list });
    const third = new PhoneNumber(stack, 'Third', US_NUMBER);
    new Pool(stack, 'Inherits', { originationIdentities: [first, second], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL });
    new Pool(stack, 'Declares', { originationIdentities: [third], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL, optOutList: list });

    expect(() => synthesized(stack)).not.toThrow();
  });

  test('a pool with self-managed opt-outs needs two-way when its identities cannot bring it', () => {
    const stack = newStack();
    const number = new PhoneNumber(stack, 'Number', US_NUMBER);
    new Pool(stack, 'Pool', { originationIdentities: [number], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL, selfManagedOptOuts: true });

    expect(() => synthesized(stack)).toThrow('[Stack/Pool] selfManagedOptOuts: true needs two-way messaging, which reads the replies: declare twoWay on the pool too');
  });

  test('an imported number is not judged: what it holds is known only to the service', () => {
    const stack = newStack();
    const imported = PhoneNumber.fromPhoneNumberId(stack, 'Imported', 'phone-0123');
    new Pool(stack, 'Pool', { originationIdentities: [imported], isoCountryCode: 'US', messageType: MessageType.TRANSACTIONAL, selfManagedOptOuts: true });

    expect(() => synthesized(stack)).not.toThrow();
  });
});

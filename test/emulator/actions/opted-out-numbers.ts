import type {
  DeleteOptedOutNumberRequest,
  DeleteOptedOutNumberResult,
  DescribeOptedOutNumbersRequest,
  DescribeOptedOutNumbersResult,
  OptedOutFilterName,
  OptedOutNumberInformation,
  PutOptedOutNumberRequest,
  PutOptedOutNumberResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { invalidField, notFound } from '../errors';
import type { OptedOutNumberRecord, OptOutListRecord, RegionState } from '../state';
import { epochSeconds, Wire } from '../wire';
import type { ActionHandler } from './context';
import { describePage } from './describe';
import { FilterValues, flag } from './filters';
import { findOptOutList } from './opt-out-lists';

/** The API reference: "Each destination phone number can only be deleted once every 30 days." */
export const OPT_IN_INTERVAL_MS = 30 * 24 * 60 * 60 * 1000;

/** The model's pattern allows a number without its `+`; the emulator keeps them all with it. */
function e164(number: string): string {
  return number.startsWith('+') ? number : `+${number}`;
}

/**
 * Puts a number on an opt-out list. A number put through the API keeps the entry it already has;
 * an end user opting out (again) always leaves an entry with EndUserOptedOut and the time.
 */
export function optOut(list: OptOutListRecord, number: string, now: number, endUserOptedOut: boolean): OptedOutNumberRecord {
  const key = e164(number);
  const existing = list.numbers.get(key);
  if (existing && !endUserOptedOut) return existing;
  const record = { number: key, optedOutAt: now, endUserOptedOut };
  list.numbers.set(key, record);
  return record;
}

function findOptedOutNumber(list: OptOutListRecord, number: string): OptedOutNumberRecord {
  const record = list.numbers.get(e164(number));
  if (!record) throw notFound('opted-out-number', number);
  return record;
}

/** ValidationException PHONE_NUMBER_CANNOT_BE_OPTED_IN within 30 days of the number's last removal. */
function checkOptInInterval(state: RegionState, number: string, now: number): void {
  const removedAt = state.optOutRemovals.get(number);
  if (removedAt !== undefined && now - removedAt < OPT_IN_INTERVAL_MS) {
    const again = new Date(removedAt + OPT_IN_INTERVAL_MS).toISOString();
    throw invalidField('PHONE_NUMBER_CANNOT_BE_OPTED_IN', 'OptedOutNumber',
      `${number} was removed from an opt-out list less than 30 days ago; it can be removed again from ${again}.`);
  }
}

function optedOutNumberInformation(record: OptedOutNumberRecord): Wire<OptedOutNumberInformation> {
  return { OptedOutNumber: record.number, OptedOutTimestamp: epochSeconds(record.optedOutAt), EndUserOptedOut: record.endUserOptedOut };
}

const putOptedOutNumber: ActionHandler<PutOptedOutNumberRequest, Wire<PutOptedOutNumberResult>> = (input, context) => {
  const list = findOptOutList(context, input.OptOutListName!);
  const record = optOut(list, input.OptedOutNumber!, context.now(), false);
  return { OptOutListArn: list.arn, OptOutListName: list.name, ...optedOutNumberInformation(record) };
};

const deleteOptedOutNumber: ActionHandler<DeleteOptedOutNumberRequest, Wire<DeleteOptedOutNumberResult>> = (input, context) => {
  const list = findOptOutList(context, input.OptOutListName!);
  const record = findOptedOutNumber(list, input.OptedOutNumber!);
  const now = context.now();
  checkOptInInterval(context.state, record.number, now);
  list.numbers.delete(record.number);
  context.state.optOutRemovals.set(record.number, now);
  return {
    OptOutListArn: list.arn,
    OptOutListName: list.name,
    OptedOutNumber: record.number,
    OptedOutTimestamp: epochSeconds(now),
    EndUserOptedOut: record.endUserOptedOut,
  };
};

const FILTER_VALUES: FilterValues<OptedOutNumberRecord, OptedOutFilterName> = {
  'end-user-opted-out': r => flag(r.endUserOptedOut),
};

const describeOptedOutNumbers: ActionHandler<DescribeOptedOutNumbersRequest, Wire<DescribeOptedOutNumbersResult>> = (input, context) => {
  const list = findOptOutList(context, input.OptOutListName!);
  const page = describePage(input, {
    byName: { member: 'OptedOutNumbers', names: input.OptedOutNumbers, find: number => findOptedOutNumber(list, number) },
    all: () => list.numbers.values(),
    filterValues: FILTER_VALUES,
    keyOf: r => r.number,
  });
  return {
    OptOutListArn: list.arn,
    OptOutListName: list.name,
    OptedOutNumbers: page.items.map(optedOutNumberInformation),
    NextToken: page.nextToken,
  };
};

export const OPTED_OUT_NUMBER_ACTIONS = {
  PutOptedOutNumber: putOptedOutNumber,
  DeleteOptedOutNumber: deleteOptedOutNumber,
  DescribeOptedOutNumbers: describeOptedOutNumbers,
};

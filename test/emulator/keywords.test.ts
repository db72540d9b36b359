import {
  ConflictException,
  DeleteKeywordCommand,
  DescribeKeywordsCommand,
  KeywordAction,
  paginateDescribeKeywords,
  PutKeywordCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { createPool, errorOf, requestPhoneNumber, useEmulator } from './support';

const env = useEmulator();

const put = (OriginationIdentity: string, Keyword: string, KeywordMessage: string, action?: KeywordAction) =>
  env.sms.send(new PutKeywordCommand({ OriginationIdentity, Keyword, KeywordMessage, KeywordAction: action }));
const remove = (OriginationIdentity: string, Keyword: string) => env.sms.send(new DeleteKeywordCommand({ OriginationIdentity, Keyword }));

async function keywords(OriginationIdentity: string) {
  const { Keywords } = await env.sms.send(new DescribeKeywordsCommand({ OriginationIdentity }));
  return Keywords!;
}

const MANDATORY = [
  { Keyword: 'HELP', KeywordAction: 'AUTOMATIC_RESPONSE', KeywordMessage: expect.any(String) },
  { Keyword: 'STOP', KeywordAction: 'OPT_OUT', KeywordMessage: expect.any(String) },
];

/** A phone number and a pool (made with another number): keywords work the same on both. */
async function holders() {
  const number = await requestPhoneNumber(env.sms);
  const pool = await createPool(env.sms);
  return [
    { kind: 'phone-number', id: number.PhoneNumberId!, arn: number.PhoneNumberArn! },
    { kind: 'pool', id: pool.PoolId!, arn: pool.PoolArn! },
  ];
}

test('new phone numbers and pools have HELP and STOP', async () => {
  for (const holder of await holders()) {
    const described = await env.sms.send(new DescribeKeywordsCommand({ OriginationIdentity: holder.arn }));
    expect(described).toMatchObject({ OriginationIdentity: holder.id, OriginationIdentityArn: holder.arn });
    expect(described.Keywords).toEqual(MANDATORY);
  }
});

test('PutKeyword adds a keyword (AUTOMATIC_RESPONSE unless told), and answers with it and its holder', async () => {
  for (const holder of await holders()) {
    const added = await put(holder.id, 'INFO', 'Visit example.com');
    expect(added).toMatchObject({
      OriginationIdentity: holder.id, OriginationIdentityArn: holder.arn, Keyword: 'INFO', KeywordMessage: 'Visit example.com', KeywordAction: 'AUTOMATIC_RESPONSE',
    });
    await put(holder.arn, 'JOIN', 'Welcome back', 'OPT_IN');
    expect((await keywords(holder.id)).map(k => [k.Keyword, k.KeywordAction])).toEqual([
      ['HELP', 'AUTOMATIC_RESPONSE'], ['INFO', 'AUTOMATIC_RESPONSE'], ['JOIN', 'OPT_IN'], ['STOP', 'OPT_OUT'],
    ]);
  }
});

test('keywords are case-insensitive: a keyword in other case replaces it, and keeps its action unless told', async () => {
  const { PhoneNumberId } = await requestPhoneNumber(env.sms);
  await put(PhoneNumberId!, 'join', 'Welcome', 'OPT_IN');
  const replaced = await put(PhoneNumberId!, 'Join', 'Welcome back');
  expect(replaced).toMatchObject({ Keyword: 'JOIN', KeywordMessage: 'Welcome back', KeywordAction: 'OPT_IN' });
  const { Keywords } = await env.sms.send(new DescribeKeywordsCommand({ OriginationIdentity: PhoneNumberId, Keywords: ['jOiN'] }));
  expect(Keywords).toEqual([{ Keyword: 'JOIN', KeywordMessage: 'Welcome back', KeywordAction: 'OPT_IN' }]);
  await remove(PhoneNumberId!, 'JOIN');
  expect(await keywords(PhoneNumberId!)).toEqual(MANDATORY);
});

test('the messages of HELP and STOP can change; their actions cannot: ConflictException RESOURCE_MODIFICATION_NOT_ALLOWED', async () => {
  const { PhoneNumberId } = await requestPhoneNumber(env.sms);
  await put(PhoneNumberId!, 'help', 'Call 555-0100', 'AUTOMATIC_RESPONSE');
  await put(PhoneNumberId!, 'STOP', 'Bye');
  const error = await errorOf(put(PhoneNumberId!, 'STOP', 'Bye', 'AUTOMATIC_RESPONSE'));
  expect(error).toBeInstanceOf(ConflictException);
  expect(error).toMatchObject({ Reason: 'RESOURCE_MODIFICATION_NOT_ALLOWED', ResourceType: 'keyword', ResourceId: 'STOP' });
  expect(await keywords(PhoneNumberId!)).toEqual([
    { Keyword: 'HELP', KeywordMessage: 'Call 555-0100', KeywordAction: 'AUTOMATIC_RESPONSE' },
    { Keyword: 'STOP', KeywordMessage: 'Bye', KeywordAction: 'OPT_OUT' },
  ]);
});

test.each(['HELP', 'STOP', 'stop'])('%s cannot be deleted: ConflictException RESOURCE_DELETION_NOT_ALLOWED', async keyword => {
  for (const holder of await holders()) {
    const error = await errorOf(remove(holder.id, keyword));
    expect(error).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_DELETION_NOT_ALLOWED', ResourceType: 'keyword', ResourceId: keyword.toUpperCase() });
    expect(await keywords(holder.id)).toEqual(MANDATORY);
  }
});

test('DeleteKeyword answers with the deleted keyword; an unknown one is ResourceNotFoundException', async () => {
  const { PoolId, PoolArn } = await createPool(env.sms);
  await put(PoolId!, 'INFO', 'Visit example.com');
  const deleted = await remove(PoolArn!, 'info');
  expect(deleted).toMatchObject({ OriginationIdentity: PoolId, Keyword: 'INFO', KeywordMessage: 'Visit example.com', KeywordAction: 'AUTOMATIC_RESPONSE' });
  const error = await errorOf(remove(PoolId!, 'INFO'));
  expect(error).toBeInstanceOf(ResourceNotFoundException);
  expect(error).toMatchObject({ ResourceType: 'keyword', ResourceId: 'INFO' });
});

test('an unknown phone number or pool is ResourceNotFoundException of its type', async () => {
  const number = await errorOf(put('phone-missing', 'INFO', 'x'));
  expect(number).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'phone-number', ResourceId: 'phone-missing' });
  const pool = await errorOf(env.sms.send(new DescribeKeywordsCommand({ OriginationIdentity: 'pool-missing' })));
  expect(pool).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'pool', ResourceId: 'pool-missing' });
});

test('a pool that is not ACTIVE takes no keyword changes: ConflictException RESOURCE_NOT_ACTIVE', async () => {
  env.emulator.configure({ statusDelays: { pool: 60_000 } });
  const { PoolId } = await createPool(env.sms);
  const error = await errorOf(put(PoolId!, 'INFO', 'x'));
  expect(error).toMatchObject({ name: 'ConflictException', Reason: 'RESOURCE_NOT_ACTIVE', ResourceType: 'pool' });
});

test('DescribeKeywords filters on keyword-action, names keywords that must exist, and pages', async () => {
  const { PhoneNumberId } = await requestPhoneNumber(env.sms);
  await put(PhoneNumberId!, 'JOIN', 'Welcome', 'OPT_IN');
  await put(PhoneNumberId!, 'QUIT', 'Bye', 'OPT_OUT');
  const { Keywords } = await env.sms.send(new DescribeKeywordsCommand({
    OriginationIdentity: PhoneNumberId, Filters: [{ Name: 'keyword-action', Values: ['OPT_OUT', 'OPT_IN'] }],
  }));
  expect(Keywords!.map(k => k.Keyword)).toEqual(['JOIN', 'QUIT', 'STOP']);
  const error = await errorOf(env.sms.send(new DescribeKeywordsCommand({ OriginationIdentity: PhoneNumberId, Keywords: ['HELP', 'NOPE'] })));
  expect(error).toMatchObject({ name: 'ResourceNotFoundException', ResourceType: 'keyword', ResourceId: 'NOPE' });

  const pages: string[][] = [];
  for await (const page of paginateDescribeKeywords({ client: env.sms, pageSize: 3 }, { OriginationIdentity: PhoneNumberId })) {
    pages.push(page.Keywords!.map(k => k.Keyword!));
  }
  expect(pages).toEqual([['HELP', 'JOIN', 'QUIT'], ['STOP']]);
});

test.each([
  ['phone number', 'keywordsPerPhoneNumber', 'KEYWORDS_PER_PHONE_NUMBER'],
  ['pool', 'keywordsPerPool', 'KEYWORDS_PER_POOL'],
] as const)('the keywords per %s are limited, HELP and STOP included', async (kind, limit, Reason) => {
  env.emulator.configure({ limits: { [limit]: 3 } });
  const [number, pool] = await holders();
  const holder = kind === 'pool' ? pool : number;
  await put(holder.id, 'INFO', 'x');
  await put(holder.id, 'INFO', 'changing an existing keyword is not a new one');
  const error = await errorOf(put(holder.id, 'JOIN', 'x'));
  expect(error).toBeInstanceOf(ServiceQuotaExceededException);
  expect(error.Reason).toBe(Reason);
});

import {
  CreateConfigurationSetCommand,
  DeleteVerifiedDestinationNumberCommand,
  DescribeVerifiedDestinationNumbersCommand,
  ListTagsForResourceCommand,
  RequestPhoneNumberCommand,
  TagResourceCommand,
  VerifyDestinationNumberCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CODE_SENT_TAG, VERIFIED_DESTINATION_NUMBER } from '../../../src/wire/verified-destination-number-properties';
import { MUTATING } from '../../emulator';
import * as shared from '../support/contract';
import { idOf, readTags } from '../support/phone-numbers';
import {
  expectedVerifiedDestinationNumber,
  readVerifiedDestinationNumber,
  VERIFIED_ARN_PREFIX,
  verifiedDestinationNumberProperties,
  VerifiedDestinationNumberOptions,
  VerifiedDestinationNumberView,
} from '../support/verified-destination-numbers';

const ID_PATTERN = new RegExp(`^${VERIFIED_ARN_PREFIX}verified-[0-9a-f]{32}$`);
const FULL: VerifiedDestinationNumberOptions = { languageCode: 'EN_GB', tags: { team: 'qa', env: 'test' } };
const V2: VerifiedDestinationNumberOptions = { ...FULL, tags: { team: 'growth' } };

describe('Custom::SmsVoiceVerifiedDestinationNumber, against the emulator', () => {
  const c = shared.useContract<VerifiedDestinationNumberOptions>({
    logicalResourceId: 'TesterPhone1A2B3C4D',
    resourceType: VERIFIED_DESTINATION_NUMBER.resourceType,
    properties: verifiedDestinationNumberProperties,
    read: readVerifiedDestinationNumber,
    expected: expectedVerifiedDestinationNumber,
    attributes: arn => ({
      [VERIFIED_DESTINATION_NUMBER.attributes.ID]: idOf(arn),
      [VERIFIED_DESTINATION_NUMBER.attributes.ARN]: arn,
      [VERIFIED_DESTINATION_NUMBER.attributes.STATUS]: 'PENDING',
    }),
    names: shared.namedIn('ResourceArn', 'VerifiedDestinationNumberId'),
  });
  const { bed, events, deployed, update } = c;

  const codesSent = () => bed().emulator.calls().filter(call => call.action === 'SendDestinationNumberVerificationCode' && call.ok);
  const verify = async (arn: string) => bed().client.send(new VerifyDestinationNumberCommand({
    VerifiedDestinationNumberId: idOf(arn), VerificationCode: bed().emulator.verificationCode(arn)!,
  }));

  describe('Create', () => {
    shared.testCreateAndDelete(c, {
      title: 'create returns the ARN and every attribute, sends one code as declared, and a DESTROY delete removes the number',
      options: FULL,
      physicalId: ID_PATTERN,
      created: () => {
        expect(bed().emulator.calls().filter(call => MUTATING(call.action)).map(call => call.action))
          .toEqual(['CreateVerifiedDestinationNumber', 'SendDestinationNumberVerificationCode', 'TagResource']);
        expect(codesSent().map(call => call.input)).toEqual([{ VerifiedDestinationNumberId: expect.any(String), VerificationChannel: 'TEXT', LanguageCode: 'EN_GB' }]);
      },
      then: () => expect(bed().emulator.calls().filter(call => call.action === 'DeleteVerifiedDestinationNumber')).toHaveLength(1),
    });

    shared.testRedeliveredCreate(c, {
      title: 'the same Create delivered three times, once after a crash right after the create call, adds one number and sends one code',
      options: FULL,
      createAction: 'CreateVerifiedDestinationNumber',
      then: async () => {
        expect((await bed().client.send(new DescribeVerifiedDestinationNumbersCommand({}))).VerifiedDestinationNumbers).toHaveLength(1);
        expect(codesSent()).toHaveLength(1);
      },
    });

    shared.testCreateOfTakenName(c, {
      title: 'a second Create of the same number fails with "already exists" and never adopts it',
      existing: FULL,
      second: {},
      createAction: 'CreateVerifiedDestinationNumber',
      reason: /^ConflictException RESOURCE_ALREADY_EXISTS: verified destination number '\+14255550100' already exists; choose another destinationPhoneNumber or import it with VerifiedDestinationNumber.fromVerifiedDestinationNumberId/,
    });

    // the read that follows the create call is denied
    shared.testFailureAfterCreate(c, {
      title: 'a failure after the create call reports the real physical id, so the rollback Delete removes the number',
      denied: ListTagsForResourceCommand,
      options: FULL,
      physicalId: ID_PATTERN,
      reason: /^AccessDeniedException: the provider's role was denied \(not authorized to sms-voice:ListTagsForResource\)/,
    });

    // The tag of the settings, put after the code is sent, is the last call.
    shared.testCompleteOnlyWhenReadShows(c, {
      title: 'a create is complete in one poll once its calls succeeded, reading back with the tag of the settings the code was sent with',
      lost: TagResourceCommand,
      event: async () => events.create(verifiedDestinationNumberProperties(FULL)),
      then: async result => {
        expect(codesSent()).toHaveLength(1);
        expect(await readTags(bed().client, result.physicalResourceId)).toHaveProperty([CODE_SENT_TAG]);
      },
    });

    shared.testRetriesThrottlingAnd500s(c, { options: FULL });

    shared.testInvalidFailsFast(c, {
      title: 'invalid properties fail fast, before any call, with the synth-time messages',
      options: { destinationPhoneNumber: '4255550100', verificationChannel: 'EMAIL', languageCode: 'EN', tags: { [CODE_SENT_TAG]: 'x' } },
      violations: [
        'destinationPhoneNumber: "4255550100" must be an E.164 phone number: + then 2 to 15 digits, the first not 0 (e.g. +12065550100)',
        'verificationChannel: "EMAIL" must be one of TEXT, VOICE',
        'languageCode: "EN" must be one of DE_DE, EN_GB, EN_US, ES_419, ES_ES, FR_CA, FR_FR, IT_IT, JA_JP, KO_KR, PT_BR, ZH_CN, ZH_TW',
        'tag key: "sms-voice-cdk:verification-code-sent" is the tag in which the SMS provider remembers the verification settings a code was'
          + ' last sent with; choose another tag key',
      ],
      prefix: "Invalid verified destination number '4255550100': ",
    });

    shared.testQuotaFailsAtOnce(c, {
      limits: { verifiedDestinationNumbersPerAccount: 0 },
      options: FULL,
      reason: /^ServiceQuotaExceededException VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT: a service quota was reached/,
      createAction: 'CreateVerifiedDestinationNumber',
    });
  });

  describe('Update', () => {
    shared.testInPlaceUpdate(c, {
      title: 'an in-place update of the tags sends no second code',
      from: FULL,
      to: V2,
      mutatingCalls: ['UntagResource', 'TagResource'],
    });

    shared.testReplacement(c, {
      title: 'a new number adds a new one with a new physical id and never touches the old one',
      from: FULL,
      to: { ...FULL, destinationPhoneNumber: '+14255550101' },
      createAction: 'CreateVerifiedDestinationNumber',
    });

    shared.testUpdateOfRemovedResource(c, {
      title: 'an update of a number deleted out of band fails with not found and adds nothing',
      from: FULL,
      to: V2,
      removeOutOfBand: arn => bed().client.send(new DeleteVerifiedDestinationNumberCommand({ VerifiedDestinationNumberId: idOf(arn) })),
      reason: () => /^ResourceNotFoundException: verified destination number '\+14255550100' was not found/,
    });

    // the forward update's second TagResource (its declared tags, after the new code's tag and the UntagResource) is denied
    shared.testRollbackAfterHalfApplied(c, {
      from: FULL,
      denied: { command: TagResourceCommand, nth: 2 },
      forward: { ...V2, verificationChannel: 'VOICE' },
      halfApplied: view => expect((view as VerifiedDestinationNumberView).tags).toEqual({ team: 'qa' }),
    });

    shared.testSameUpdateTwice(c, { from: FULL, to: { ...V2, verificationChannel: 'VOICE' } });

    shared.testWithoutSchemaVersion(c, { from: FULL, to: V2 });

    shared.testNoOpUpdate(c, {
      title: 'X4 an update whose decoded properties equal the actual state makes zero mutating calls and sends no code',
      options: FULL,
      same: FULL,
      declaredBefore: FULL,
      reads: ['DescribeVerifiedDestinationNumbers', 'ListTagsForResource'],
    });

    test('a changed channel, language, origination identity or configuration set of a PENDING number sends a new code', async () => {
      // GIVEN
      const phone = await bed().client.send(new RequestPhoneNumberCommand({ IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS', 'VOICE'], NumberType: 'SIMULATOR' }));
      await bed().client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'verification' }));
      const physicalId = await deployed(FULL);
      const steps: VerifiedDestinationNumberOptions[] = [
        { ...FULL, verificationChannel: 'VOICE' },
        { ...FULL, verificationChannel: 'VOICE', languageCode: 'FR_FR' },
        { ...FULL, verificationChannel: 'VOICE', languageCode: 'FR_FR', originationIdentity: phone.PhoneNumberArn },
        { ...FULL, verificationChannel: 'VOICE', languageCode: 'FR_FR', originationIdentity: phone.PhoneNumberArn, configurationSetName: 'verification' },
      ];

      // WHEN
      let from = FULL;
      for (const to of steps) {
        expect(await update(physicalId, to, from)).toMatchObject({ status: 'SUCCESS', physicalResourceId: physicalId });
        from = to;
      }

      // THEN
      expect(codesSent().map(call => call.input)).toEqual([
        { VerifiedDestinationNumberId: idOf(physicalId), VerificationChannel: 'TEXT', LanguageCode: 'EN_GB' },
        { VerifiedDestinationNumberId: idOf(physicalId), VerificationChannel: 'VOICE', LanguageCode: 'EN_GB' },
        { VerifiedDestinationNumberId: idOf(physicalId), VerificationChannel: 'VOICE', LanguageCode: 'FR_FR' },
        { VerifiedDestinationNumberId: idOf(physicalId), VerificationChannel: 'VOICE', LanguageCode: 'FR_FR', OriginationIdentity: phone.PhoneNumberArn },
        {
          VerifiedDestinationNumberId: idOf(physicalId),
          VerificationChannel: 'VOICE',
          LanguageCode: 'FR_FR',
          OriginationIdentity: phone.PhoneNumberArn,
          ConfigurationSetName: 'verification',
        },
      ]);
    });

    test('the code read through the hook verifies the number; the next update reports VERIFIED and sends no code', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);

      // WHEN a person verifies it with the code, then the settings change
      const verified = await verify(physicalId);
      const mark = bed().mark();
      const result = await update(physicalId, { ...V2, verificationChannel: 'VOICE' }, FULL);

      // THEN
      expect(verified.Status).toBe('VERIFIED');
      expect(result.status).toBe('SUCCESS');
      expect(result.data).toMatchObject({ [VERIFIED_DESTINATION_NUMBER.attributes.STATUS]: 'VERIFIED' });
      expect(bed().mutatingCallsSince(mark)).toEqual(['UntagResource', 'TagResource']);
      expect(codesSent()).toHaveLength(1);
      expect(await c.read(physicalId)).toEqual({ ...expectedVerifiedDestinationNumber(V2), status: 'VERIFIED' });
    });
  });

  describe('Delete', () => {
    shared.testRetainedDelete(c, { options: { ...FULL, releaseOnDelete: false } });

    shared.testSecondDelete(c, FULL);

    shared.testDeleteOfForeignIds(c, {
      otherIds: [['a verified destination number ARN without its id', VERIFIED_ARN_PREFIX]],
      options: FULL,
      deployFirst: true,
    });

    shared.testDeleteAfterReplacement(c, {
      title: 'Delete after a replacement removes only the number the physical id names',
      from: FULL,
      to: { ...FULL, destinationPhoneNumber: '+14255550101' },
      deleteAction: 'DeleteVerifiedDestinationNumber',
    });

    shared.testDeleteOfNeverCreated(c, {
      what: 'verified destination number ARN that was never added',
      physicalId: `${VERIFIED_ARN_PREFIX}verified-00000000000000000000000000000000`,
      options: FULL,
    });
  });

  describe('Cross-cutting', () => {
    shared.testConvergesUnderFaults(c, { created: FULL, updated: V2, deleted: V2, createAction: 'CreateVerifiedDestinationNumber' });

    test('X5 a tag added outside the stack, and the handler\'s own tag, survive an update that removes the declared tags', async () => {
      // GIVEN
      const physicalId = await deployed(FULL);
      await bed().client.send(new TagResourceCommand({ ResourceArn: physicalId, Tags: [{ Key: 'owner', Value: 'someone-else' }] }));
      const handlerTag = (await readTags(bed().client, physicalId))[CODE_SENT_TAG];

      // WHEN
      const result = await update(physicalId, { ...FULL, tags: undefined }, FULL);

      // THEN
      expect(result.status).toBe('SUCCESS');
      expect(await readTags(bed().client, physicalId)).toEqual({ owner: 'someone-else', [CODE_SENT_TAG]: handlerTag });
      expect(codesSent()).toHaveLength(1);
    });
  });
});

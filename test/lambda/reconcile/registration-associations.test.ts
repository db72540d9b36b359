import { SupportedAssociation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { AssociationTarget, resolveAssociations } from '../../../lambda/sms-provider/reconcile/registration-associations';

const CAMPAIGN: SupportedAssociation[] = [
  { ResourceType: 'US_TEN_DLC_BRAND_REGISTRATION', AssociationBehavior: 'ASSOCIATE_BEFORE_SUBMIT', DisassociationBehavior: 'DELETE_REGISTRATION_DISASSOCIATES' },
  { ResourceType: 'TEN_DLC', IsoCountryCode: 'US', AssociationBehavior: 'ASSOCIATE_AFTER_COMPLETE', DisassociationBehavior: 'DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION' },
];
const SENDER_ID: SupportedAssociation[] = [
  { ResourceType: 'SENDER_ID', AssociationBehavior: 'ASSOCIATE_ON_APPROVAL', DisassociationBehavior: 'DISASSOCIATE_ALL_CLOSES_REGISTRATION' },
];

const resolve = (supported: SupportedAssociation[], targets: { [resource: string]: AssociationTarget | undefined }) =>
  resolveAssociations('US_TEN_DLC_CAMPAIGN_REGISTRATION', supported, new Map(Object.entries(targets)));

describe('resolveAssociations', () => {
  test('each supported target gets its type\'s behaviour', () => {
    expect(resolve(CAMPAIGN, {
      'registration-brand': { resourceType: 'US_TEN_DLC_BRAND_REGISTRATION' },
      'phone-1': { resourceType: 'TEN_DLC', isoCountryCode: 'US' },
    })).toEqual({
      pending: [
        { resource: 'registration-brand', behavior: 'ASSOCIATE_BEFORE_SUBMIT' },
        { resource: 'phone-1', behavior: 'ASSOCIATE_AFTER_COMPLETE' },
      ],
      problems: [],
    });
  });

  test('a type or country the registration does not support is named, with what it supports', () => {
    expect(resolve(CAMPAIGN, { 'phone-1': { resourceType: 'TOLL_FREE', isoCountryCode: 'US' }, 'phone-2': { resourceType: 'TEN_DLC', isoCountryCode: 'CA' } }))
      .toEqual({
        pending: [],
        problems: [
          'associations: phone-1 is a TOLL_FREE (US), and a US_TEN_DLC_CAMPAIGN_REGISTRATION is associated only with US_TEN_DLC_BRAND_REGISTRATION, TEN_DLC (US)',
          'associations: phone-2 is a TEN_DLC (CA), and a US_TEN_DLC_CAMPAIGN_REGISTRATION is associated only with US_TEN_DLC_BRAND_REGISTRATION, TEN_DLC (US)',
        ],
      });
  });

  test('what the service provisions on approval cannot be associated', () => {
    expect(resolve(SENDER_ID, { 'arn:aws:sms-voice:us-east-1:1:sender-id/BRAND/GB': { resourceType: 'SENDER_ID', isoCountryCode: 'GB' } }).problems).toEqual([
      'associations: a US_TEN_DLC_CAMPAIGN_REGISTRATION provisions its SENDER_ID itself once it is approved, so'
      + ' arn:aws:sms-voice:us-east-1:1:sender-id/BRAND/GB cannot be associated with it; leave it out',
    ]);
  });

  test('a resource that does not exist is named', () => {
    expect(resolve(CAMPAIGN, { 'phone-gone': undefined }).problems).toEqual([
      'associations: phone-gone is not a phone number, sender ID or registration of this account and region',
    ]);
  });
});

import { FieldValue } from '../../../lambda/sms-provider/reconcile/registration-fields';
import { PendingAssociation, planRegistration, RegistrationState, versionPhase } from '../../../lambda/sms-provider/reconcile/registration-versions';

const ID = 'registration-0123456789abcdef0123456789abcdef';
const NUMBER = 'arn:aws:sms-voice:us-east-1:111122223333:phone-number/phone-1';
const BRAND = 'arn:aws:sms-voice:us-east-1:111122223333:registration/registration-brand';

const values = (entries: { [path: string]: string }) => new Map<string, FieldValue>(Object.entries(entries).map(([p, v]) => [p, { TextValue: v }]));
const OLD = { 'companyInfo.companyName': 'Old' };
const NEW = { 'companyInfo.companyName': 'New' };

const state = (status: string, versionStatus: string, fields: { [path: string]: string } = OLD): RegistrationState =>
  ({ id: ID, status, versionNumber: 1, versionStatus, fieldValues: values(fields) });

const put = (value: string) => ({ action: 'PutRegistrationFieldValue', input: { RegistrationId: ID, FieldPath: 'companyInfo.companyName', TextValue: value } });
const submit = { action: 'SubmitRegistrationVersion', input: { RegistrationId: ID } };
const newVersion = { action: 'CreateRegistrationVersion', input: { RegistrationId: ID } };
const associate = (resource: string) => ({ action: 'CreateRegistrationAssociation', input: { RegistrationId: ID, ResourceId: resource } });
const beforeSubmit = (resource: string): PendingAssociation => ({ resource, behavior: 'ASSOCIATE_BEFORE_SUBMIT' });
const afterComplete = (resource: string): PendingAssociation => ({ resource, behavior: 'ASSOCIATE_AFTER_COMPLETE' });

describe('planRegistration', () => {
  test.each<[string, RegistrationState, { [path: string]: string }, boolean, PendingAssociation[], unknown[]]>([
    ['a new draft: associations first, then fields, then the submission', state('CREATED', 'DRAFT', {}), NEW, true, [beforeSubmit(BRAND)],
      [associate(BRAND), put('New'), submit]],
    ['a draft is edited in place and not submitted without submit', state('CREATED', 'DRAFT'), NEW, false, [], [put('New')]],
    ['a draft that has its fields is submitted', state('CREATED', 'DRAFT', NEW), NEW, true, [], [submit]],
    ['a submitted version with the declared fields makes no call', state('SUBMITTED', 'SUBMITTED', NEW), NEW, true, [], []],
    ['an approved version with the declared fields makes no call', state('COMPLETE', 'APPROVED', NEW), NEW, true, [], []],
    ['changed fields after approval make a new version first', state('COMPLETE', 'APPROVED'), NEW, true, [], [newVersion]],
    ['a denied version with fixed fields gets a new version', state('REQUIRES_UPDATES', 'DENIED'), NEW, true, [], [newVersion]],
    ['one that requires authentication, with fixed fields, gets a new version', state('REQUIRES_AUTHENTICATION', 'REQUIRES_AUTHENTICATION'), NEW,
      true, [], [newVersion]],
    ['a denied version with the same fields is left for the person to fix', state('REQUIRES_UPDATES', 'DENIED', NEW), NEW, true, [], []],
    ['a discarded version is followed by a new one to submit', state('CREATED', 'DISCARDED', NEW), NEW, true, [], [newVersion]],
    ['a discarded version stays when nothing is to be submitted', state('CREATED', 'DISCARDED', NEW), NEW, false, [], []],
    ['an association before submission of a decided registration needs a new version', state('COMPLETE', 'APPROVED', NEW), NEW, true,
      [beforeSubmit(NUMBER)], [newVersion]],
    ['an association after completion waits for the registration to be complete', state('SUBMITTED', 'SUBMITTED', NEW), NEW, true,
      [afterComplete(NUMBER)], []],
    ['an association after completion is made once it is complete', state('COMPLETE', 'APPROVED', NEW), NEW, true, [afterComplete(NUMBER)],
      [associate(NUMBER)]],
    ['a complete registration with a new draft associates after the draft\'s calls', state('COMPLETE', 'DRAFT'), NEW, true,
      [afterComplete(NUMBER)], [put('New'), submit, associate(NUMBER)]],
  ])('%s', (_title, actual, desired, submitting, pending, expected) => {
    expect(planRegistration({
      desiredFields: values(desired),
      fieldsDeclaredBefore: values(OLD),
      submit: submitting,
      actual,
      pendingAssociations: pending,
    })).toEqual(expected);
  });

  test.each(['SUBMITTED', 'AWS_REVIEWING', 'REVIEWING', 'REQUIRES_OFFLINE_REVIEW'])('a change while the version is %s fails, saying what to do', status => {
    const plan = () => planRegistration({
      desiredFields: values(NEW), fieldsDeclaredBefore: values(OLD), submit: true, actual: state('REVIEWING', status), pendingAssociations: [],
    });
    expect(plan).toThrow(`registration '${ID}' is under review (version 1 is ${status}), and nothing about it can change until the review ends,`
      + ' which can take weeks. Keep its fields and associations as they are for now (field companyInfo.companyName would change),'
      + ' and deploy the change once the version is APPROVED or DENIED: it then becomes a new version');
  });

  test('an association that must come before submission fails during review, naming it', () => {
    expect(() => planRegistration({
      desiredFields: values(NEW),
      fieldsDeclaredBefore: values(NEW),
      submit: true,
      actual: state('SUBMITTED', 'SUBMITTED', NEW),
      pendingAssociations: [beforeSubmit(NUMBER)],
    })).toThrow(`(association with ${NUMBER} would change)`);
  });
});

describe('versionPhase', () => {
  test.each([
    ['DRAFT', 'draft'], ['SUBMITTED', 'in review'], ['REVIEWING', 'in review'], ['APPROVED', 'decided'], ['DENIED', 'decided'],
    ['REVOKED', 'decided'], ['ARCHIVED', 'decided'], ['DISCARDED', 'decided'],
  ])('%s is %s', (status, phase) => {
    expect(versionPhase(status)).toBe(phase);
  });
});

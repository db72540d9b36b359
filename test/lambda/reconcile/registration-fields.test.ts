import { RegistrationFieldDefinition } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { FieldValue, fieldViolations, planFieldValues, RegistrationForm } from '../../../lambda/sms-provider/reconcile/registration-fields';

const ID = 'registration-0123456789abcdef0123456789abcdef';

const field = (path: string, type: 'TEXT' | 'SELECT' | 'ATTACHMENT', extra: Partial<RegistrationFieldDefinition> = {}): RegistrationFieldDefinition => ({
  SectionPath: path.split('.')[0],
  FieldPath: path,
  FieldType: type,
  FieldRequirement: 'REQUIRED',
  DisplayHints: { Title: path.split('.')[1], ShortDescription: '' },
  ...extra,
});

const FORM: RegistrationForm = {
  registrationType: 'US_TOLL_FREE_REGISTRATION',
  sectionPaths: ['companyInfo', 'messagingUseCase', 'optInDetails'],
  fields: [
    field('companyInfo.companyName', 'TEXT', { TextValidation: { MinLength: 1, MaxLength: 10, Pattern: '.+' } }),
    field('companyInfo.zipCode', 'TEXT', {
      TextValidation: { MinLength: 1, MaxLength: 10, Pattern: '[0-9]{5}' },
      DisplayHints: { Title: 'ZIP code', ShortDescription: '', ExampleTextValue: '98109' },
    }),
    field('companyInfo.address2', 'TEXT', { FieldRequirement: 'OPTIONAL' }),
    field('messagingUseCase.useCaseCategory', 'SELECT', { SelectValidation: { MinChoices: 1, MaxChoices: 1, Options: ['MARKETING', 'CUSTOMER_CARE'] } }),
    field('optInDetails.optInImage', 'ATTACHMENT', { FieldRequirement: 'OPTIONAL' }),
  ],
};

const text = (TextValue: string): FieldValue => ({ TextValue });
const values = (entries: { [path: string]: FieldValue }) => new Map(Object.entries(entries));
const complete = {
  'companyInfo.companyName': text('Example'),
  'companyInfo.zipCode': text('98109'),
  'messagingUseCase.useCaseCategory': { SelectChoices: ['MARKETING'] },
};

describe('fieldViolations', () => {
  test.each<[string, { [path: string]: FieldValue }, boolean, string[]]>([
    ['a complete form has none', complete, true, []],
    ['a draft may leave required fields out', { 'companyInfo.companyName': text('Example') }, false, []],
    ['submitting names every required field without a value', { 'companyInfo.companyName': text('Example') }, true, [
      "fields['companyInfo.zipCode']: is required to submit a US_TOLL_FREE_REGISTRATION (ZIP code), but has no value",
      "fields['messagingUseCase.useCaseCategory']: is required to submit a US_TOLL_FREE_REGISTRATION (useCaseCategory), but has no value",
    ]],
    ['a typo in a field lists the valid paths of its section', { 'companyInfo.compnyName': text('Example') }, false, [
      "fields['companyInfo.compnyName']: is not a field of section 'companyInfo' of US_TOLL_FREE_REGISTRATION;"
      + ' its fields are companyInfo.companyName, companyInfo.zipCode, companyInfo.address2',
    ]],
    ['a typo in a section lists the sections', { 'compnyInfo.companyName': text('Example') }, false, [
      "fields['compnyInfo.companyName']: is not a field of US_TOLL_FREE_REGISTRATION: it has no section 'compnyInfo';"
      + ' its sections are companyInfo, messagingUseCase, optInDetails',
    ]],
    ['a text too long', { 'companyInfo.companyName': text('Example Corporation') }, false, [
      "fields['companyInfo.companyName']: \"Example Corporation\" must be 1 to 10 characters long, but is 19",
    ]],
    ['a pattern, with the example the definition gives', { 'companyInfo.zipCode': text('981') }, false, [
      "fields['companyInfo.zipCode']: \"981\" is not in the form this field takes, such as 98109",
    ]],
    ['a choice that is not offered, and too many', { 'messagingUseCase.useCaseCategory': { SelectChoices: ['MARKETING', 'SPAM'] } }, false, [
      "fields['messagingUseCase.useCaseCategory']: must have 1 to 1 choices, but has 2",
      "fields['messagingUseCase.useCaseCategory']: choice \"SPAM\" is not one of MARKETING, CUSTOMER_CARE",
    ]],
    ['a value of the wrong kind names the factory to use', { 'messagingUseCase.useCaseCategory': text('MARKETING') }, false, [
      "fields['messagingUseCase.useCaseCategory']: is a SELECT field: give it RegistrationFieldValue.select(…)",
    ]],
    ['an attachment field takes an attachment', { 'optInDetails.optInImage': text('s3://bucket/opt-in.png') }, false, [
      "fields['optInDetails.optInImage']: is an ATTACHMENT field: give it RegistrationFieldValue.attachment(…)",
    ]],
  ])('%s', (_title, declared, submitting, expected) => {
    expect(fieldViolations(FORM, values(declared), submitting)).toEqual(expected);
  });
});

describe('planFieldValues', () => {
  const put = (FieldPath: string, value: FieldValue) => ({ action: 'PutRegistrationFieldValue', input: { RegistrationId: ID, FieldPath, ...value } });
  const remove = (FieldPath: string) => ({ action: 'DeleteRegistrationFieldValue', input: { RegistrationId: ID, FieldPath } });

  test.each<[string, { [path: string]: FieldValue }, { [path: string]: FieldValue }, string[], unknown[]]>([
    ['an empty draft gets every field', complete, {}, [], Object.entries(complete).map(([path, value]) => put(path, value))],
    ['equal values make no call', complete, complete, Object.keys(complete), []],
    ['a changed text is one Put', { ...complete, 'companyInfo.companyName': text('New') }, complete, Object.keys(complete),
      [put('companyInfo.companyName', text('New'))]],
    ['a changed choice is one Put', { ...complete, 'messagingUseCase.useCaseCategory': { SelectChoices: ['CUSTOMER_CARE'] } }, complete, [],
      [put('messagingUseCase.useCaseCategory', { SelectChoices: ['CUSTOMER_CARE'] })]],
    ['a text that became an attachment is one Put', { 'optInDetails.optInImage': { RegistrationAttachmentId: 'attachment-1' } },
      { 'optInDetails.optInImage': text('x') }, [], [put('optInDetails.optInImage', { RegistrationAttachmentId: 'attachment-1' })]],
    ['a field removed from the properties is deleted first', { 'companyInfo.companyName': text('New') },
      { 'companyInfo.companyName': text('Old'), 'companyInfo.address2': text('Suite 1') }, ['companyInfo.companyName', 'companyInfo.address2'],
      [remove('companyInfo.address2'), put('companyInfo.companyName', text('New'))]],
    ['a field the properties never declared stays', {}, { 'companyInfo.address2': text('Suite 1') }, [], []],
    ['a field declared before and already gone makes no call', {}, {}, ['companyInfo.address2'], []],
    ['no choices and an empty list are the same', { 'x.y': { SelectChoices: [] } }, { 'x.y': {} }, [], []],
  ])('%s', (_title, desired, actual, declaredBefore, expected) => {
    const before = values(Object.fromEntries(declaredBefore.map(path => [path, text('')])));
    expect(planFieldValues(ID, values(desired), values(actual), before)).toEqual(expected);
  });
});

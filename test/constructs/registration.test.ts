import { Lazy, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { handlerRoleStatements, newStack, onlyResource, smsArn, synthesized } from './support';
import {
  MessageType,
  NumberCapability,
  NumberType,
  PhoneNumber,
  Registration,
  RegistrationAttachment,
  RegistrationFieldValue,
  RegistrationType,
  SenderId,
} from '../../src';

const REGISTRATION = 'Custom::SmsVoiceRegistration';
const PHONE_NUMBER = 'Custom::SmsVoicePhoneNumber';

let stack: Stack;
beforeEach(() => {
  stack = newStack();
});

const tollFreeNumber = (id = 'Number') => new PhoneNumber(stack, id, {
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
  numberCapabilities: [NumberCapability.SMS],
  numberType: NumberType.TOLL_FREE,
  waitForActive: false,
});

describe('defaults', () => {
  test('a registration is an empty draft, not submitted, with no associations, and kept, except when its own create rolls back', () => {
    new Registration(stack, 'TollFree', { registrationType: RegistrationType.US_TOLL_FREE });

    const resource = onlyResource(stack, REGISTRATION);
    expect(resource.DeletionPolicy).toBe('RetainExceptOnCreate');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(resource.Properties).toEqual({
      ServiceToken: expect.anything(),
      SchemaVersion: '1',
      RegistrationType: 'US_TOLL_FREE_REGISTRATION',
      Submit: false,
      ReleaseOnDelete: true,
    });
  });
});

describe('properties', () => {
  test('fields are text, select choices or an attachment, by field path', () => {
    const image = RegistrationAttachment.fromRegistrationAttachmentId(stack, 'Image', 'attachment-0123');
    new Registration(stack, 'TollFree', {
      registrationType: RegistrationType.US_TOLL_FREE,
      fields: {
        'companyInfo.companyName': RegistrationFieldValue.text('Example Corp'),
        'messagingUseCase.useCaseCategory': RegistrationFieldValue.select('ACCOUNT_NOTIFICATIONS'),
        'optInDetails.optInImage': RegistrationFieldValue.attachment(image),
      },
      submit: true,
    });

    Template.fromStack(stack).hasResourceProperties(REGISTRATION, {
      Fields: [
        { FieldPath: 'companyInfo.companyName', TextValue: 'Example Corp' },
        { FieldPath: 'messagingUseCase.useCaseCategory', SelectChoices: ['ACCOUNT_NOTIFICATIONS'] },
        { FieldPath: 'optInDetails.optInImage', RegistrationAttachmentId: 'attachment-0123' },
      ],
      Submit: true,
    });
  });

  test('associate, originationIdentities and a PhoneNumber\'s registration all associate by ARN, and the registration deploys after them', () => {
    const registration = new Registration(stack, 'TollFree', { registrationType: RegistrationType.US_TOLL_FREE, originationIdentities: [tollFreeNumber('First')] });
    registration.associate(SenderId.fromSenderIdAttributes(stack, 'Sender', { senderId: 'EXAMPLE', isoCountryCode: 'GB' }));
    new PhoneNumber(stack, 'Second', {
      isoCountryCode: 'US',
      messageType: MessageType.TRANSACTIONAL,
      numberCapabilities: [NumberCapability.SMS],
      numberType: NumberType.TOLL_FREE,
      registration,
      waitForActive: false,
    });

    const template = Template.fromStack(stack);
    template.hasResourceProperties(REGISTRATION, {
      Associations: [
        { 'Fn::GetAtt': ['First8D4707F1', 'PhoneNumberArn'] },
        smsArn('sender-id/EXAMPLE/GB'),
        { 'Fn::GetAtt': ['Second394350F9', 'PhoneNumberArn'] },
      ],
    });
    // the number is requested without the registration's id: the registration associates it
    expect(Object.values(template.findResources(PHONE_NUMBER)).map((r: any) => r.Properties.RegistrationId)).toEqual([undefined, undefined]);
  });

  test('an imported registration is given to RequestPhoneNumber, as before', () => {
    new PhoneNumber(stack, 'Number', {
      isoCountryCode: 'US',
      messageType: MessageType.TRANSACTIONAL,
      numberCapabilities: [NumberCapability.SMS],
      numberType: NumberType.TEN_DLC,
      registration: Registration.fromRegistrationId(stack, 'Campaign', 'registration-0123'),
      waitForActive: false,
    });

    Template.fromStack(stack).hasResourceProperties(PHONE_NUMBER, { RegistrationId: 'registration-0123' });
  });

  test('a campaign is associated with its brand: a typed link, so the brand deploys first', () => {
    const brand = new Registration(stack, 'Brand', { registrationType: RegistrationType.US_TEN_DLC_BRAND });
    new Registration(stack, 'Campaign', { registrationType: RegistrationType.US_TEN_DLC_CAMPAIGN, associatedRegistration: brand });

    const campaign = Object.values(Template.fromStack(stack).findResources(REGISTRATION, {
      Properties: { RegistrationType: 'US_TEN_DLC_CAMPAIGN_REGISTRATION' },
    }))[0] as any;
    expect(campaign.Properties.Associations).toEqual([{ 'Fn::GetAtt': ['Brand154304D0', 'RegistrationArn'] }]);
  });

  test('RegistrationType.of names any type; tags, Tags.of and the removal policy', () => {
    new Registration(stack, 'SenderIdRegistration', {
      registrationType: RegistrationType.of('EXAMPLE_SENDER_ID_REGISTRATION'),
      tags: { team: 'messaging' },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Tags.of(stack).add('env', 'prod');

    const resource = onlyResource(stack, REGISTRATION);
    expect(resource.DeletionPolicy).toBe('Delete');
    expect(resource.Properties).toMatchObject({
      RegistrationType: 'EXAMPLE_SENDER_ID_REGISTRATION',
      ReleaseOnDelete: true,
      Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'messaging' }],
    });
  });

  test('the attributes known at deploy time: id, ARN, status, version number and status, denied reasons', () => {
    const registration = new Registration(stack, 'TollFree', { registrationType: RegistrationType.US_TOLL_FREE });

    expect(stack.resolve(registration.registrationId)).toEqual({ 'Fn::GetAtt': ['TollFreeD0DB09A2', 'RegistrationId'] });
    expect(stack.resolve(registration.registrationArn)).toEqual({ 'Fn::GetAtt': ['TollFreeD0DB09A2', 'RegistrationArn'] });
    expect(stack.resolve(registration.registrationStatus)).toEqual({ 'Fn::GetAtt': ['TollFreeD0DB09A2', 'RegistrationStatus'] });
    expect(stack.resolve(registration.versionNumber)).toEqual({ 'Fn::GetAtt': ['TollFreeD0DB09A2', 'VersionNumber'] });
    expect(stack.resolve(registration.versionStatus)).toEqual({ 'Fn::GetAtt': ['TollFreeD0DB09A2', 'VersionStatus'] });
    expect(stack.resolve(registration.deniedReasons)).toEqual({ 'Fn::GetAtt': ['TollFreeD0DB09A2', 'DeniedReasons'] });
  });

  test('the provider manages the registrations of this account and region, associates numbers and sender IDs, and reads the definitions', () => {
    new Registration(stack, 'One', { registrationType: RegistrationType.US_TOLL_FREE });
    new Registration(stack, 'Two', { registrationType: RegistrationType.US_TEN_DLC_BRAND });

    const statements = handlerRoleStatements(stack).filter(s => JSON.stringify(s).includes('sms-voice:'));
    expect(statements).toEqual([
      expect.objectContaining({
        Action: expect.arrayContaining(['sms-voice:CreateRegistration', 'sms-voice:PutRegistrationFieldValue', 'sms-voice:SubmitRegistrationVersion',
          'sms-voice:CreateRegistrationVersion', 'sms-voice:CreateRegistrationAssociation', 'sms-voice:DeleteRegistration']),
        Resource: smsArn('registration/*'),
      }),
      { Effect: 'Allow', Action: ['sms-voice:DescribePhoneNumbers', 'sms-voice:CreateRegistrationAssociation'], Resource: smsArn('phone-number/*') },
      { Effect: 'Allow', Action: ['sms-voice:DescribeSenderIds', 'sms-voice:CreateRegistrationAssociation'], Resource: smsArn('sender-id/*') },
      // the form definitions belong to no resource
      {
        Effect: 'Allow',
        Action: ['sms-voice:DescribeRegistrationTypeDefinitions', 'sms-voice:DescribeRegistrationSectionDefinitions',
          'sms-voice:DescribeRegistrationFieldDefinitions'],
        Resource: '*',
      },
    ]);
  });
});

describe('validation', () => {
  test('fails with every violation at once: type, field paths, text length and choices', () => {
    expect(() => synthesized(new Registration(stack, 'Bad', {
      registrationType: RegistrationType.of('US TOLL FREE'),
      fields: {
        'company Info': RegistrationFieldValue.text('x'),
        'companyInfo.companyName': RegistrationFieldValue.text('x'.repeat(2049)),
        'messagingUseCase.useCaseCategory': RegistrationFieldValue.select(''),
      },
    }))).toThrow('Validation failed with the following errors:\n'
      + '  [Stack/Bad] registrationType: "US TOLL FREE" may contain only letters, digits and _\n'
      + '  [Stack/Bad] field path: "company Info" may contain only letters, digits, _ and .\n'
      + `  [Stack/Bad] fields['companyInfo.companyName']: "${'x'.repeat(40)}…" (2049 characters) must be 1 to 2048 characters long, but is 2049\n`
      + '  [Stack/Bad] choice of fields[\'messagingUseCase.useCaseCategory\']: "" must be 1 to 256 characters long, but is 0');
  });

  test('fails when the type is empty, and when a select has more choices than the service takes', () => {
    expect(() => synthesized(new Registration(stack, 'Bad', {
      registrationType: RegistrationType.of(''),
      fields: { 'a.b': RegistrationFieldValue.select(...Array.from({ length: 101 }, (_, i) => `choice${i}`)) },
    }))).toThrow('Validation failed with the following errors:\n'
      + '  [Stack/Bad] registrationType: "" must be 1 to 64 characters long, but is 0\n'
      + "  [Stack/Bad] fields['a.b']: must have 0 to 100 items, but has 101");
  });

  test('fails when a campaign builds on a registration that is not a brand', () => {
    const tollFree = new Registration(stack, 'TollFree', { registrationType: RegistrationType.US_TOLL_FREE });
    new Registration(stack, 'Campaign', { registrationType: RegistrationType.US_TEN_DLC_CAMPAIGN, associatedRegistration: tollFree });

    expect(() => Template.fromStack(stack)).toThrow('associatedRegistration: a US_TEN_DLC_CAMPAIGN_REGISTRATION builds on a US_TEN_DLC_BRAND_REGISTRATION,'
      + " but 'Stack/TollFree' is a US_TOLL_FREE_REGISTRATION");
  });

  test('fails when the same identity is associated twice', () => {
    const number = tollFreeNumber();
    const registration = new Registration(stack, 'TollFree', { registrationType: RegistrationType.US_TOLL_FREE, originationIdentities: [number] });

    expect(() => registration.associate(number)).toThrow("Registration 'Stack/TollFree' is already associated with 'Stack/Number'");
  });

  test('skips checks of tokens', () => {
    new Registration(stack, 'TollFree', {
      registrationType: RegistrationType.of(Lazy.string({ produce: () => 'US_TOLL_FREE_REGISTRATION' })),
      fields: { 'companyInfo.companyName': RegistrationFieldValue.text(Lazy.string({ produce: () => 'x'.repeat(3000) })) },
    });

    expect(() => Template.fromStack(stack)).not.toThrow();
  });
});

describe('imports and grants', () => {
  test('fromRegistrationId and fromRegistrationArn', () => {
    const byId = Registration.fromRegistrationId(stack, 'ById', 'registration-0123456789abcdef0123456789abcdef');
    const byArn = Registration.fromRegistrationArn(stack, 'ByArn', 'arn:aws:sms-voice:us-west-2:222222222222:registration/registration-0123');

    expect(stack.resolve(byId.registrationArn)).toEqual(smsArn('registration/registration-0123456789abcdef0123456789abcdef'));
    expect(byArn.registrationId).toBe('registration-0123');
    expect(byArn.env).toEqual({ account: '222222222222', region: 'us-west-2' });
  });

  test('grantRead grants the reads of status, versions, field values and associations on the registration', () => {
    const registration = new Registration(stack, 'TollFree', { registrationType: RegistrationType.US_TOLL_FREE });
    const watcher = new iam.Role(stack, 'Watcher', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

    registration.grantRead(watcher);

    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: 'WatcherA1251678' }],
      PolicyDocument: {
        Statement: [{
          Effect: 'Allow',
          Action: ['sms-voice:DescribeRegistrations', 'sms-voice:DescribeRegistrationVersions', 'sms-voice:DescribeRegistrationFieldValues',
            'sms-voice:ListRegistrationAssociations'],
          Resource: { 'Fn::GetAtt': ['TollFreeD0DB09A2', 'RegistrationArn'] },
        }],
      },
    });
  });
});

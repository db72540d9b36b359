import type {
  RegistrationFieldDefinition,
  RegistrationSectionDefinition,
  RegistrationTypeDefinition,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

/** A registration type as the emulator ships it: its definition, its sections and its fields. */
export interface RegistrationTypeForm {
  readonly definition: RegistrationTypeDefinition;
  readonly sections: readonly RegistrationSectionDefinition[];
  readonly fields: readonly RegistrationFieldDefinition[];
}

type Requirement = 'REQUIRED' | 'OPTIONAL';

function section(SectionPath: string, Title: string): RegistrationSectionDefinition {
  return { SectionPath, DisplayHints: { Title, ShortDescription: Title } };
}

function text(FieldPath: string, Title: string, MaxLength: number, options: { pattern?: string; example?: string; requirement?: Requirement } = {}):
RegistrationFieldDefinition {
  return {
    SectionPath: FieldPath.split('.')[0],
    FieldPath,
    FieldType: 'TEXT',
    FieldRequirement: options.requirement ?? 'REQUIRED',
    TextValidation: { MinLength: 1, MaxLength, Pattern: options.pattern ?? '[\\s\\S]+' },
    DisplayHints: { Title, ShortDescription: Title, ...options.example ? { ExampleTextValue: options.example } : {} },
  };
}

function select(FieldPath: string, Title: string, Options: string[], requirement: Requirement = 'REQUIRED'): RegistrationFieldDefinition {
  return {
    SectionPath: FieldPath.split('.')[0],
    FieldPath,
    FieldType: 'SELECT',
    FieldRequirement: requirement,
    SelectValidation: { MinChoices: 1, MaxChoices: 1, Options },
    DisplayHints: { Title, ShortDescription: Title },
  };
}

function attachment(FieldPath: string, Title: string): RegistrationFieldDefinition {
  return {
    SectionPath: FieldPath.split('.')[0], FieldPath, FieldType: 'ATTACHMENT', FieldRequirement: 'OPTIONAL', DisplayHints: { Title, ShortDescription: Title },
  };
}

const EMAIL = '[^@\\s]+@[^@\\s]+\\.[^@\\s]+';
const E164 = '\\+[1-9][0-9]{1,14}';

/** The company and contact fields that the US registrations share. */
const COMPANY = [
  text('companyInfo.companyName', 'Company name', 100),
  text('companyInfo.website', 'Company website', 500, { pattern: 'https?://\\S+', example: 'https://example.com' }),
  text('companyInfo.address1', 'Address line 1', 100),
  text('companyInfo.address2', 'Address line 2', 100, { requirement: 'OPTIONAL' }),
  text('companyInfo.city', 'City', 100),
  text('companyInfo.state', 'State or region', 100),
  text('companyInfo.zipCode', 'Zip code', 10, { pattern: '[0-9]{5}(-[0-9]{4})?', example: '98109' }),
  text('companyInfo.isoCountryCode', 'Country', 2, { pattern: '[A-Z]{2}', example: 'US' }),
];
const CONTACT = [
  text('contactInfo.supportEmail', 'Support email', 100, { pattern: EMAIL, example: 'support@example.com' }),
  text('contactInfo.supportPhoneNumber', 'Support phone number', 16, { pattern: E164, example: '+12065550100' }),
];
const SAMPLES = [
  text('messageSamples.messageSample1', 'Message sample 1', 1024),
  text('messageSamples.messageSample2', 'Message sample 2', 1024, { requirement: 'OPTIONAL' }),
  text('messageSamples.messageSample3', 'Message sample 3', 1024, { requirement: 'OPTIONAL' }),
];
const OPT_IN = [text('optInDetails.optInDescription', 'Opt-in workflow', 500), attachment('optInDetails.optInImage', 'Opt-in screenshot')];

/** A toll-free verification: the number is associated before the registration is submitted. */
const US_TOLL_FREE: RegistrationTypeForm = {
  definition: {
    RegistrationType: 'US_TOLL_FREE_REGISTRATION',
    SupportedAssociations: [{
      ResourceType: 'TOLL_FREE',
      IsoCountryCode: 'US',
      AssociationBehavior: 'ASSOCIATE_BEFORE_SUBMIT',
      DisassociationBehavior: 'DELETE_REGISTRATION_DISASSOCIATES',
    }],
    DisplayHints: { Title: 'US toll-free number registration' },
  },
  sections: [
    section('companyInfo', 'Company information'),
    section('contactInfo', 'Contact information'),
    section('messagingUseCase', 'Messaging use case'),
    section('messageSamples', 'Message samples'),
    section('optInDetails', 'Opt-in workflow'),
  ],
  fields: [
    ...COMPANY,
    text('contactInfo.firstName', 'First name', 100),
    text('contactInfo.lastName', 'Last name', 100),
    ...CONTACT,
    select('messagingUseCase.monthlyMessageVolume', 'Monthly message volume',
      ['10', '100', '1,000', '10,000', '100,000', '250,000', '500,000', '750,000', '1,000,000', '5,000,000', '10,000,000+']),
    select('messagingUseCase.useCaseCategory', 'Use case category', ['TWO_FACTOR_AUTHENTICATION', 'ACCOUNT_NOTIFICATIONS', 'CUSTOMER_CARE',
      'DELIVERY_NOTIFICATIONS', 'FRAUD_ALERT_MESSAGING', 'HIGHER_EDUCATION', 'MARKETING', 'POLLING_AND_VOTING', 'PUBLIC_SERVICE_ANNOUNCEMENT',
      'SECURITY_ALERT']),
    text('messagingUseCase.useCaseDetails', 'Use case details', 500),
    ...SAMPLES,
    ...OPT_IN,
  ],
};

/** A 10DLC brand: the company that sends. */
const US_TEN_DLC_BRAND: RegistrationTypeForm = {
  definition: { RegistrationType: 'US_TEN_DLC_BRAND_REGISTRATION', SupportedAssociations: [], DisplayHints: { Title: 'US 10DLC brand registration' } },
  sections: [section('companyInfo', 'Company information'), section('contactInfo', 'Contact information')],
  fields: [
    ...COMPANY,
    select('companyInfo.legalType', 'Legal type', ['PRIVATE_PROFIT', 'PUBLIC_PROFIT', 'NON_PROFIT', 'GOVERNMENT']),
    text('companyInfo.taxIdIssuingCountry', 'Tax id issuing country', 2, { pattern: '[A-Z]{2}' }),
    text('companyInfo.taxId', 'Tax id', 21),
    text('companyInfo.stockSymbol', 'Stock symbol', 10, { requirement: 'OPTIONAL' }),
    ...CONTACT,
  ],
};

/** A 10DLC campaign: associated with its brand before submission, and with its numbers once complete. */
const US_TEN_DLC_CAMPAIGN: RegistrationTypeForm = {
  definition: {
    RegistrationType: 'US_TEN_DLC_CAMPAIGN_REGISTRATION',
    SupportedAssociations: [
      { ResourceType: 'US_TEN_DLC_BRAND_REGISTRATION', AssociationBehavior: 'ASSOCIATE_BEFORE_SUBMIT', DisassociationBehavior: 'DELETE_REGISTRATION_DISASSOCIATES' },
      {
        ResourceType: 'TEN_DLC',
        IsoCountryCode: 'US',
        AssociationBehavior: 'ASSOCIATE_AFTER_COMPLETE',
        DisassociationBehavior: 'DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION',
      },
    ],
    DisplayHints: { Title: 'US 10DLC campaign registration' },
  },
  sections: [section('campaignInfo', 'Campaign information'), section('messageSamples', 'Message samples'), section('optInDetails', 'Opt-in workflow')],
  fields: [
    text('campaignInfo.campaignName', 'Campaign name', 64),
    select('campaignInfo.useCase', 'Use case', ['TWO_FACTOR_AUTHENTICATION', 'ACCOUNT_NOTIFICATION', 'CUSTOMER_CARE', 'DELIVERY_NOTIFICATION',
      'FRAUD_ALERT', 'MARKETING', 'MIXED', 'POLLING_VOTING', 'PUBLIC_SERVICE_ANNOUNCEMENT', 'SECURITY_ALERT']),
    text('campaignInfo.campaignDescription', 'Campaign description', 2048),
    ...SAMPLES.slice(0, 2),
    ...OPT_IN,
  ],
};

/**
 * Stands for the country-specific sender ID registrations of the real service, whose fields
 * differ per country: the service provisions the sender ID itself once the registration is
 * approved, so it is never associated by hand. Not a real type name.
 */
const EMULATOR_SENDER_ID: RegistrationTypeForm = {
  definition: {
    RegistrationType: 'EMULATOR_SENDER_ID_REGISTRATION',
    SupportedAssociations: [{
      ResourceType: 'SENDER_ID', AssociationBehavior: 'ASSOCIATE_ON_APPROVAL', DisassociationBehavior: 'DISASSOCIATE_ALL_CLOSES_REGISTRATION',
    }],
    DisplayHints: { Title: 'Sender ID registration' },
  },
  sections: [section('senderIdInfo', 'Sender ID'), section('companyInfo', 'Company information')],
  fields: [
    text('senderIdInfo.senderId', 'Sender ID', 11, { pattern: '[A-Za-z0-9]{1,11}' }),
    text('senderIdInfo.useCase', 'Use case', 500),
    text('companyInfo.companyName', 'Company name', 100),
  ],
};

/** The registration types the emulator knows, by name. */
export const REGISTRATION_TYPES: ReadonlyMap<string, RegistrationTypeForm> = new Map(
  [US_TOLL_FREE, US_TEN_DLC_BRAND, US_TEN_DLC_CAMPAIGN, EMULATOR_SENDER_ID].map(form => [form.definition.RegistrationType!, form]),
);

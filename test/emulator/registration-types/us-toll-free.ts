import { attachment, E164, EMAIL, ISO_COUNTRY_CODE, RegistrationTypeDefinitions, section, select, text, URL, US_ZIP_CODE } from './fields';

export const MONTHLY_MESSAGE_VOLUMES = [
  '10', '100', '1,000', '10,000', '100,000', '250,000', '500,000', '750,000', '1,000,000', '5,000,000', '10,000,000+',
];

export const TOLL_FREE_USE_CASES = [
  'TWO_FACTOR_AUTHENTICATION', 'ACCOUNT_NOTIFICATIONS', 'CUSTOMER_CARE', 'DELIVERY_NOTIFICATIONS', 'FRAUD_ALERT_MESSAGING',
  'HIGHER_EDUCATION', 'MARKETING', 'POLLING_AND_VOTING', 'PUBLIC_SERVICE_ANNOUNCEMENT', 'SECURITY_ALERT',
];

/** The registration a US toll-free number needs before it can send. */
export const US_TOLL_FREE_REGISTRATION: RegistrationTypeDefinitions = {
  type: {
    RegistrationType: 'US_TOLL_FREE_REGISTRATION',
    SupportedAssociations: [{
      ResourceType: 'TOLL_FREE',
      IsoCountryCode: 'US',
      AssociationBehavior: 'ASSOCIATE_BEFORE_SUBMIT',
      DisassociationBehavior: 'DELETE_REGISTRATION_DISASSOCIATES',
    }],
    DisplayHints: {
      Title: 'US toll-free number registration',
      ShortDescription: 'Registers the company and use case of a US toll-free number with the carriers.',
    },
  },
  sections: [
    section('companyInfo', 'Company information', 'The company that sends the messages.'),
    section('contactInfo', 'Contact information', 'Who the carriers can contact about the messages.'),
    section('messagingUseCase', 'Messaging use case', 'What the messages are for, and how many are sent.'),
    section('messageSamples', 'Message samples', 'Examples of the messages that are sent.'),
    section('optInDetails', 'Opt-in details', 'How end users agree to receive the messages.'),
  ],
  fields: [
    text('companyInfo.companyName', 'REQUIRED', { max: 100 }, { title: 'Company name', description: 'The legal name of the company.' }),
    text('companyInfo.website', 'REQUIRED', { max: 500, pattern: URL }, {
      title: 'Company website', description: 'The website of the company.', example: 'https://www.example.com',
    }),
    text('companyInfo.address1', 'REQUIRED', { max: 100 }, { title: 'Address 1', description: 'The street address of the company.' }),
    text('companyInfo.address2', 'OPTIONAL', { max: 100 }, { title: 'Address 2', description: 'Suite, floor or building.' }),
    text('companyInfo.city', 'REQUIRED', { max: 100 }, { title: 'City', description: 'The city of the company.' }),
    text('companyInfo.state', 'REQUIRED', { max: 50 }, { title: 'State or region', description: 'The state or region of the company.' }),
    text('companyInfo.zipCode', 'REQUIRED', { max: 10, pattern: US_ZIP_CODE }, {
      title: 'Zip code', description: 'The zip code of the company.', example: '98109',
    }),
    text('companyInfo.isoCountryCode', 'REQUIRED', { min: 2, max: 2, pattern: ISO_COUNTRY_CODE }, {
      title: 'Country', description: 'The two-letter ISO country code of the company.', example: 'US',
    }),
    text('contactInfo.firstName', 'REQUIRED', { max: 50 }, { title: 'First name', description: 'The first name of the contact.' }),
    text('contactInfo.lastName', 'REQUIRED', { max: 50 }, { title: 'Last name', description: 'The last name of the contact.' }),
    text('contactInfo.supportEmail', 'REQUIRED', { max: 100, pattern: EMAIL }, {
      title: 'Support email', description: 'The email address end users can write to.', example: 'support@example.com',
    }),
    text('contactInfo.supportPhoneNumber', 'REQUIRED', { max: 16, pattern: E164 }, {
      title: 'Support phone number', description: 'The phone number end users can call, in E.164 format.', example: '+12065550100',
    }),
    select('messagingUseCase.monthlyMessageVolume', 'REQUIRED', MONTHLY_MESSAGE_VOLUMES, {
      title: 'Monthly message volume', description: 'How many messages are sent in a month.',
    }),
    select('messagingUseCase.useCaseCategory', 'REQUIRED', TOLL_FREE_USE_CASES, {
      title: 'Use case category', description: 'What kind of messages are sent.',
    }),
    text('messagingUseCase.useCaseDetails', 'REQUIRED', { max: 500 }, {
      title: 'Use case details', description: 'What the messages are for, in your own words.',
    }),
    text('messageSamples.messageSample1', 'REQUIRED', { max: 1024 }, { title: 'Message sample 1', description: 'A message as end users receive it.' }),
    text('messageSamples.messageSample2', 'OPTIONAL', { max: 1024 }, { title: 'Message sample 2', description: 'Another message.' }),
    text('messageSamples.messageSample3', 'OPTIONAL', { max: 1024 }, { title: 'Message sample 3', description: 'Another message.' }),
    text('optInDetails.optInDescription', 'REQUIRED', { max: 500 }, {
      title: 'Opt-in description', description: 'How end users agree to receive the messages.',
    }),
    attachment('optInDetails.optInImage', 'OPTIONAL', {
      title: 'Opt-in image', description: 'A screenshot or photo of the opt-in workflow.',
    }),
  ],
};

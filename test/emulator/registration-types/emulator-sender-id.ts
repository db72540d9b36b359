import { E164, EMAIL, RegistrationTypeDefinitions, section, text } from './fields';

/**
 * Not a type of the real service: it stands for the country-specific sender ID registrations of the
 * real service (their names and field sets differ per country). The service provisions the sender
 * ID when it approves the registration, and the registration is closed once its last sender ID is
 * released.
 */
export const EMULATOR_SENDER_ID_REGISTRATION: RegistrationTypeDefinitions = {
  type: {
    RegistrationType: 'EMULATOR_SENDER_ID_REGISTRATION',
    SupportedAssociations: [{
      ResourceType: 'SENDER_ID',
      AssociationBehavior: 'ASSOCIATE_ON_APPROVAL',
      DisassociationBehavior: 'DISASSOCIATE_ALL_CLOSES_REGISTRATION',
    }],
    DisplayHints: {
      Title: 'Sender ID registration (emulator)',
      ShortDescription: 'Stands for the country-specific sender ID registrations of the service.',
    },
  },
  sections: [
    section('senderIdInfo', 'Sender ID information', 'The sender ID and what it is used for.'),
    section('contactInfo', 'Contact information', 'Who the service can contact about the sender ID.'),
  ],
  fields: [
    text('senderIdInfo.senderId', 'REQUIRED', { max: 11, pattern: '^[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$' }, {
      title: 'Sender ID', description: 'The alphanumeric sender ID, up to 11 characters with at least one letter.', example: 'MyCompany',
    }),
    text('senderIdInfo.companyName', 'REQUIRED', { max: 100 }, { title: 'Company name', description: 'The legal name of the company.' }),
    text('senderIdInfo.useCaseDetails', 'REQUIRED', { max: 500 }, { title: 'Use case details', description: 'What the messages are for.' }),
    text('contactInfo.supportEmail', 'REQUIRED', { max: 100, pattern: EMAIL }, {
      title: 'Support email', description: 'The email address end users can write to.',
    }),
    text('contactInfo.supportPhoneNumber', 'OPTIONAL', { max: 16, pattern: E164 }, {
      title: 'Support phone number', description: 'The phone number end users can call, in E.164 format.',
    }),
  ],
};

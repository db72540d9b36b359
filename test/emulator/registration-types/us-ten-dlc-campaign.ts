import { attachment, RegistrationTypeDefinitions, section, select, text } from './fields';

export const TEN_DLC_USE_CASES = [
  'TWO_FACTOR_AUTHENTICATION', 'ACCOUNT_NOTIFICATION', 'CUSTOMER_CARE', 'DELIVERY_NOTIFICATION', 'FRAUD_ALERT',
  'HIGHER_EDUCATION', 'LOW_VOLUME', 'MARKETING', 'MIXED', 'POLLING_VOTING', 'PUBLIC_SERVICE_ANNOUNCEMENT', 'SECURITY_ALERT',
];

const YES_NO = ['YES', 'NO'];

/**
 * A US 10DLC campaign: it names its brand (a US_TEN_DLC_BRAND_REGISTRATION) before it is
 * submitted, and takes 10DLC numbers once it is complete.
 */
export const US_TEN_DLC_CAMPAIGN_REGISTRATION: RegistrationTypeDefinitions = {
  type: {
    RegistrationType: 'US_TEN_DLC_CAMPAIGN_REGISTRATION',
    SupportedAssociations: [
      {
        ResourceType: 'US_TEN_DLC_BRAND_REGISTRATION',
        AssociationBehavior: 'ASSOCIATE_BEFORE_SUBMIT',
        DisassociationBehavior: 'DELETE_REGISTRATION_DISASSOCIATES',
      },
      {
        ResourceType: 'TEN_DLC',
        IsoCountryCode: 'US',
        AssociationBehavior: 'ASSOCIATE_AFTER_COMPLETE',
        DisassociationBehavior: 'DISASSOCIATE_ALL_ALLOWS_DELETE_REGISTRATION',
      },
    ],
    DisplayHints: {
      Title: 'US 10DLC campaign registration',
      ShortDescription: 'Registers what a brand sends from US 10DLC numbers with The Campaign Registry.',
    },
  },
  sections: [
    section('campaignInfo', 'Campaign information', 'What the campaign sends, and how end users opt in and out.'),
    section('messageSamples', 'Message samples', 'Examples of the messages that are sent.'),
    section('optInDetails', 'Opt-in details', 'How end users agree to receive the messages.'),
  ],
  fields: [
    text('campaignInfo.campaignName', 'REQUIRED', { max: 64 }, { title: 'Campaign name', description: 'A name for the campaign.' }),
    select('campaignInfo.useCase', 'REQUIRED', TEN_DLC_USE_CASES, { title: 'Use case', description: 'What kind of messages are sent.' }),
    text('campaignInfo.description', 'REQUIRED', { min: 40, max: 4096 }, {
      title: 'Campaign description', description: 'What the campaign is for, who sends it and who receives it.',
    }),
    select('campaignInfo.subscriberOptIn', 'REQUIRED', YES_NO, {
      title: 'Subscriber opt-in', description: 'Whether end users opt in before they receive messages.',
    }),
    select('campaignInfo.subscriberOptOut', 'REQUIRED', YES_NO, {
      title: 'Subscriber opt-out', description: 'Whether end users can opt out by replying STOP.',
    }),
    select('campaignInfo.subscriberHelp', 'REQUIRED', YES_NO, {
      title: 'Subscriber help', description: 'Whether end users get help by replying HELP.',
    }),
    text('messageSamples.messageSample1', 'REQUIRED', { min: 20, max: 1024 }, { title: 'Message sample 1', description: 'A message as end users receive it.' }),
    text('messageSamples.messageSample2', 'OPTIONAL', { min: 20, max: 1024 }, { title: 'Message sample 2', description: 'Another message.' }),
    text('optInDetails.optInDescription', 'REQUIRED', { max: 500 }, {
      title: 'Opt-in description', description: 'How end users agree to receive the messages.',
    }),
    attachment('optInDetails.optInImage', 'OPTIONAL', {
      title: 'Opt-in image', description: 'A screenshot or photo of the opt-in workflow.',
    }),
  ],
};

import { E164, EMAIL, ISO_COUNTRY_CODE, RegistrationTypeDefinitions, section, select, text, URL, US_ZIP_CODE } from './fields';

/** The brand (company) that US 10DLC campaigns send for; it has no identities of its own. */
export const US_TEN_DLC_BRAND_REGISTRATION: RegistrationTypeDefinitions = {
  type: {
    RegistrationType: 'US_TEN_DLC_BRAND_REGISTRATION',
    SupportedAssociations: [],
    DisplayHints: {
      Title: 'US 10DLC brand registration',
      ShortDescription: 'Registers the company behind US 10DLC campaigns with The Campaign Registry.',
    },
  },
  sections: [
    section('companyInfo', 'Company information', 'The company that the brand stands for.'),
    section('contactInfo', 'Contact information', 'Where end users get support.'),
  ],
  fields: [
    text('companyInfo.companyName', 'REQUIRED', { max: 100 }, { title: 'Company name', description: 'The legal name of the company.' }),
    select('companyInfo.legalType', 'REQUIRED', ['PRIVATE_PROFIT', 'PUBLIC_PROFIT', 'NON_PROFIT', 'GOVERNMENT'], {
      title: 'Legal type', description: 'The kind of organization the company is.',
    }),
    text('companyInfo.taxIdIssuingCountry', 'REQUIRED', { min: 2, max: 2, pattern: ISO_COUNTRY_CODE }, {
      title: 'Tax ID issuing country', description: 'The two-letter ISO code of the country that issued the tax ID.', example: 'US',
    }),
    text('companyInfo.taxId', 'REQUIRED', { max: 21 }, { title: 'Tax ID', description: 'The tax ID of the company, such as its EIN.' }),
    text('companyInfo.website', 'REQUIRED', { max: 500, pattern: URL }, {
      title: 'Company website', description: 'The website of the company.', example: 'https://www.example.com',
    }),
    text('companyInfo.address', 'REQUIRED', { max: 100 }, { title: 'Address', description: 'The street address of the company.' }),
    text('companyInfo.city', 'REQUIRED', { max: 100 }, { title: 'City', description: 'The city of the company.' }),
    text('companyInfo.state', 'REQUIRED', { max: 50 }, { title: 'State or region', description: 'The state or region of the company.' }),
    text('companyInfo.zipCode', 'REQUIRED', { max: 10, pattern: US_ZIP_CODE }, { title: 'Zip code', description: 'The zip code of the company.' }),
    text('companyInfo.isoCountryCode', 'REQUIRED', { min: 2, max: 2, pattern: ISO_COUNTRY_CODE }, {
      title: 'Country', description: 'The two-letter ISO country code of the company.', example: 'US',
    }),
    text('companyInfo.stockSymbol', 'OPTIONAL', { max: 10 }, { title: 'Stock symbol', description: 'The stock symbol of a public company.' }),
    text('contactInfo.supportEmail', 'REQUIRED', { max: 100, pattern: EMAIL }, {
      title: 'Support email', description: 'The email address end users can write to.', example: 'support@example.com',
    }),
    text('contactInfo.supportPhoneNumber', 'REQUIRED', { max: 16, pattern: E164 }, {
      title: 'Support phone number', description: 'The phone number end users can call, in E.164 format.', example: '+12065550100',
    }),
  ],
};

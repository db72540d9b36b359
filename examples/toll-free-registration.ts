// A US toll-free number and its toll-free verification, as code: the registration's form fields,
// the screenshot of the opt-in workflow as an attachment, and the association with the number.
//
// Version 1 creates the registration as a draft, to review in the console. Version 2 of the app
// (`-c version=v2`), the update the demo deploys next, fills in the last sample message and
// submits it. The deployment never waits for the review, which takes days: the number stays
// PENDING until the registration is approved, so it does not wait to be ACTIVE either.
import * as path from 'path';
import { App, CfnOutput, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  MessageType,
  NumberCapability,
  NumberType,
  PhoneNumber,
  Registration,
  RegistrationAttachment,
  RegistrationAttachmentSource,
  RegistrationFieldValue,
  RegistrationType,
} from 'cdk-end-user-messaging-sms';

const app = new App();
const v2 = app.node.tryGetContext('version') === 'v2';
const stack = new Stack(app, 'TollFreeRegistration');

// DESTROY, so that the demo leaves nothing behind. Keep the default, RETAIN, in production: a
// released number is gone, and a deleted registration takes its approval with it.
const removalPolicy = RemovalPolicy.DESTROY;

const number = new PhoneNumber(stack, 'TollFree', {
  isoCountryCode: 'US',
  messageType: MessageType.TRANSACTIONAL,
  numberCapabilities: [NumberCapability.SMS],
  numberType: NumberType.TOLL_FREE,
  waitForActive: false,
  removalPolicy,
});

const optInScreenshot = new RegistrationAttachment(stack, 'OptInScreenshot', {
  source: RegistrationAttachmentSource.fromFile(path.join(__dirname, 'assets', 'opt-in-workflow.png')),
  removalPolicy,
});

const text = RegistrationFieldValue.text;
const registration = new Registration(stack, 'Verification', {
  registrationType: RegistrationType.US_TOLL_FREE,
  fields: {
    'companyInfo.companyName': text('Example Corp'),
    'companyInfo.website': text('https://example.com'),
    'companyInfo.address1': text('410 Terry Ave N'),
    'companyInfo.city': text('Seattle'),
    'companyInfo.state': text('WA'),
    'companyInfo.zipCode': text('98109'),
    'companyInfo.isoCountryCode': text('US'),
    'contactInfo.firstName': text('Jane'),
    'contactInfo.lastName': text('Doe'),
    'contactInfo.supportEmail': text('support@example.com'),
    'contactInfo.supportPhoneNumber': text('+12065550100'),
    'messagingUseCase.monthlyMessageVolume': RegistrationFieldValue.select('10,000'),
    'messagingUseCase.useCaseCategory': RegistrationFieldValue.select('ACCOUNT_NOTIFICATIONS'),
    'messagingUseCase.useCaseDetails': text('Order confirmations and delivery updates for customers who opt in at checkout'),
    'messageSamples.messageSample1': text('Example Corp: your order 1234 has shipped. Reply STOP to opt out.'),
    ...v2 ? { 'messageSamples.messageSample2': text('Example Corp: your order 1234 was delivered. Reply STOP to opt out.') } : {},
    'optInDetails.optInDescription': text('Customers tick an unticked box at checkout to receive order updates by text'),
    'optInDetails.optInImage': RegistrationFieldValue.attachment(optInScreenshot),
  },
  originationIdentities: [number],
  submit: v2,
  removalPolicy,
});

new CfnOutput(stack, 'RegistrationStatus', { value: registration.registrationStatus });
new CfnOutput(stack, 'VersionStatus', { value: registration.versionStatus });

app.synth();

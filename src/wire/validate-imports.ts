import { checkIsoCountryCode } from './rules';
import { ShapeName } from './service-constraints';
import { IsUnresolved, Violations } from './violations';

/** The service-model shape of each attribute an import takes: the id, name or ARN the API would be given. */
const IMPORTED_ATTRIBUTE_SHAPES = {
  configurationSetName: 'ConfigurationSetNameOrArn',
  configurationSetArn: 'ConfigurationSetNameOrArn',
  optOutListName: 'OptOutListNameOrArn',
  optOutListArn: 'OptOutListNameOrArn',
  phoneNumberId: 'PhoneNumberIdOrArn',
  phoneNumberArn: 'PhoneNumberIdOrArn',
  poolId: 'PoolIdOrArn',
  poolArn: 'PoolIdOrArn',
  protectConfigurationId: 'ProtectConfigurationIdOrArn',
  protectConfigurationArn: 'ProtectConfigurationIdOrArn',
  registrationId: 'RegistrationIdOrArn',
  registrationArn: 'RegistrationIdOrArn',
  registrationAttachmentId: 'RegistrationAttachmentIdOrArn',
  registrationAttachmentArn: 'RegistrationAttachmentIdOrArn',
  senderId: 'SenderId',
  senderIdArn: 'SenderIdOrArn',
  verifiedDestinationNumberId: 'VerifiedDestinationNumberIdOrArn',
  verifiedDestinationNumberArn: 'VerifiedDestinationNumberIdOrArn',
} as const satisfies { readonly [attribute: string]: ShapeName };

type ImportedAttribute = keyof typeof IMPORTED_ATTRIBUTE_SHAPES;

/** The violations of the attributes an import is given, each checked against what the API takes; other attributes are left alone. */
export function checkImportedAttributes(isUnresolved: IsUnresolved, attributes: object): Violations {
  const v = new Violations(isUnresolved);
  for (const [attribute, value] of Object.entries(attributes)) {
    if (typeof value !== 'string') continue;
    if (attribute === 'isoCountryCode') checkIsoCountryCode(v, attribute, value);
    else if (attribute in IMPORTED_ATTRIBUTE_SHAPES) v.shape(attribute, value, IMPORTED_ATTRIBUTE_SHAPES[attribute as ImportedAttribute]);
  }
  return v;
}

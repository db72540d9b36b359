import { IRegistrationAttachment } from './registration-attachment';
import { RegistrationFieldResourceProperties } from '../wire/registration-properties';

/**
 * The value of one field of a registration form: a text, select choices, or an attachment,
 * according to the field's type in DescribeRegistrationFieldDefinitions.
 *
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_PutRegistrationFieldValue.html
 */
export abstract class RegistrationFieldValue {
  /**
   * The value of a TEXT field.
   */
  public static text(value: string): RegistrationFieldValue {
    return new FieldValue({ TextValue: value });
  }

  /**
   * The choices of a SELECT field, from the options its definition lists.
   */
  public static select(...choices: string[]): RegistrationFieldValue {
    return new FieldValue({ SelectChoices: choices });
  }

  /**
   * The file of an ATTACHMENT field, such as the screenshot of an opt-in workflow.
   */
  public static attachment(attachment: IRegistrationAttachment): RegistrationFieldValue {
    return new FieldValue({ RegistrationAttachmentId: attachment.registrationAttachmentId });
  }

  /**
   * The field's value as the handler receives it.
   *
   * @internal
   */
  public abstract _render(fieldPath: string): RegistrationFieldResourceProperties;
}

class FieldValue extends RegistrationFieldValue {
  constructor(private readonly value: Omit<RegistrationFieldResourceProperties, 'FieldPath'>) {
    super();
  }

  public _render(fieldPath: string): RegistrationFieldResourceProperties {
    return { FieldPath: fieldPath, ...this.value };
  }
}

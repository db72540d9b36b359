import { IResource } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { importResource, SmsResourceBase } from '../private/sms-resource';

/**
 * A registration: the paperwork (a 10DLC campaign, a toll-free verification) that some numbers
 * need before they can send.
 */
export interface IRegistration extends IResource {
  /**
   * The id of the registration.
   *
   * @attribute
   */
  readonly registrationId: string;

  /**
   * The ARN of the registration.
   *
   * @attribute
   */
  readonly registrationArn: string;
}

abstract class RegistrationBase extends SmsResourceBase implements IRegistration {
  public abstract readonly registrationId: string;
  public abstract readonly registrationArn: string;

}

/**
 * References to registrations made outside this app.
 */
export class Registration {
  /**
   * Imports a registration by id.
   */
  public static fromRegistrationId(scope: Construct, id: string, registrationId: string): IRegistration {
    const registrationArn = smsVoiceArn(scope, 'registration', registrationId);
    return importResource(RegistrationBase, scope, id, registrationArn, { registrationId, registrationArn });
  }

  /**
   * Imports a registration by ARN.
   */
  public static fromRegistrationArn(scope: Construct, id: string, registrationArn: string): IRegistration {
    const registrationId = smsVoiceResourceName(registrationArn);
    return importResource(RegistrationBase, scope, id, registrationArn, { registrationId, registrationArn }, true);
  }

  private constructor() {}
}

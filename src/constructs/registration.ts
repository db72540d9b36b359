import { IResource, Resource } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';

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

/**
 * References to registrations made outside this app.
 */
export class Registration {
  /**
   * Imports a registration by id.
   */
  public static fromRegistrationId(scope: Construct, id: string, registrationId: string): IRegistration {
    class Import extends Resource implements IRegistration {
      public readonly registrationId = registrationId;
      public readonly registrationArn = smsVoiceArn(scope, 'registration', registrationId);
    }
    return new Import(scope, id);
  }

  /**
   * Imports a registration by ARN.
   */
  public static fromRegistrationArn(scope: Construct, id: string, registrationArn: string): IRegistration {
    class Import extends Resource implements IRegistration {
      public readonly registrationId = smsVoiceResourceName(registrationArn);
      public readonly registrationArn = registrationArn;
    }
    return new Import(scope, id, { environmentFromArn: registrationArn });
  }

  private constructor() {}
}


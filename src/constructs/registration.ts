import { IResource, RemovalPolicy, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { IOriginationIdentity } from './origination-identity';
import { RegistrationFieldValue } from './registration-field-value';
import { RegistrationType } from './registration-type';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { importResource, nonEmpty, SmsResourceBase, TaggableProps } from '../private/sms-resource';
import { REGISTRATION } from '../wire/registration-properties';

export * from './registration-field-value';
export * from './registration-type';

/**
 * A registration: the paperwork (a 10DLC brand or campaign, a toll-free verification, a sender ID
 * registration) that some numbers and sender IDs need before they can send.
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

  /**
   * Grants `actions` on this registration to `grantee`.
   */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /**
   * Grants permission to read the registration: its status, versions, field values and
   * associations, for example to watch its review.
   */
  grantRead(grantee: iam.IGrantable): iam.Grant;
}

/**
 * Properties of a registration.
 */
export interface RegistrationProps extends TaggableProps {
  /**
   * The type of registration form. A new type is a new registration.
   */
  readonly registrationType: RegistrationType;

  /**
   * The values of the form's fields, by field path (`companyInfo.companyName`), as
   * DescribeRegistrationFieldDefinitions lists them for the type. The deployment checks them
   * against those definitions: unknown paths, values too long, patterns and select choices, and,
   * when the registration is submitted, the required fields. A field removed from the map is
   * deleted from the registration.
   *
   * @default - no fields: an empty draft
   */
  readonly fields?: { [fieldPath: string]: RegistrationFieldValue };

  /**
   * Whether the deployment submits the registration for review once its fields are in place.
   * The deployment never waits for the review, which can take weeks. A change of fields after
   * submission makes a new version of the registration, which is submitted in turn; while a
   * version is under review, fields cannot change.
   *
   * @default false
   */
  readonly submit?: boolean;

  /**
   * The registration this one builds on: the brand of a 10DLC campaign or brand vetting. It is
   * associated before this registration is submitted.
   *
   * @default - none
   */
  readonly associatedRegistration?: IRegistration;

  /**
   * The phone numbers and sender IDs this registration is for. `associate` adds more.
   *
   * @default - none
   */
  readonly originationIdentities?: IOriginationIdentity[];

  /**
   * What happens to the registration when it leaves the stack. A deleted registration cannot be
   * restored, and its numbers stop working, so by default it is kept when it leaves the stack,
   * when it is replaced and when the stack is deleted, and deleted only when the deployment that
   * created it fails and rolls back. `RemovalPolicy.RETAIN` keeps it even then.
   *
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class RegistrationBase extends SmsResourceBase implements IRegistration {
  public abstract readonly registrationId: string;
  public abstract readonly registrationArn: string;

  public grantRead(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, ...READ_ACTIONS.map(action => `sms-voice:${action}`));
  }
}

/**
 * A registration with AWS End User Messaging SMS: a form of fields, submitted for review, and the
 * phone numbers, sender IDs and other registrations it is associated with.
 *
 * The deployment creates the registration, associates what must be associated before submission,
 * puts the field values, and submits when `submit` is true; it never waits for the review.
 * Associations that the registration type makes only once the registration is complete (the
 * 10DLC numbers of a campaign) are made by the first deployment after approval.
 *
 * @resource Custom::SmsVoiceRegistration
 * @see https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations.html
 * @example
 * const tollFree = new Registration(this, 'TollFree', {
 *   registrationType: RegistrationType.US_TOLL_FREE,
 *   fields: {
 *     'companyInfo.companyName': RegistrationFieldValue.text('Example Corp'),
 *   },
 * });
 */
export class Registration extends RegistrationBase {
  /**
   * Imports a registration by id.
   */
  public static fromRegistrationId(scope: Construct, id: string, registrationId: string): IRegistration {
    const registrationArn = smsVoiceArn(scope, REGISTRATION.arnResourceType, registrationId);
    return importResource(RegistrationBase, scope, id, registrationArn, { registrationId, registrationArn });
  }

  /**
   * Imports a registration by ARN.
   */
  public static fromRegistrationArn(scope: Construct, id: string, registrationArn: string): IRegistration {
    const registrationId = smsVoiceResourceName(registrationArn);
    return importResource(RegistrationBase, scope, id, registrationArn, { registrationId, registrationArn }, true);
  }

  public readonly registrationId: string;
  public readonly registrationArn: string;

  /**
   * The status of the registration when the deployment ended, such as CREATED, SUBMITTED or COMPLETE.
   *
   * @attribute
   */
  public readonly registrationStatus: string;

  /**
   * The number of the registration's current version when the deployment ended.
   *
   * @attribute
   */
  public readonly versionNumber: number;

  /**
   * The status of the current version when the deployment ended, such as DRAFT, SUBMITTED, APPROVED or DENIED.
   *
   * @attribute
   */
  public readonly versionStatus: string;

  /**
   * The reasons the service gave for denying the current version, when it is DENIED; empty otherwise.
   *
   * @attribute
   */
  public readonly deniedReasons: string;

  /** The type of registration form. */
  public readonly registrationType: RegistrationType;

  private readonly associations = new Map<string, IResource>();

  constructor(scope: Construct, id: string, props: RegistrationProps) {
    super(scope, id, { resourceType: REGISTRATION.resourceType, tags: props.tags });
    this.registrationType = props.registrationType;
    const fields = props.fields ?? {};

    const resource = this._provision(REGISTRATION, {
      properties: () => ({
        RegistrationType: props.registrationType.name,
        Fields: nonEmpty(Object.entries(fields).map(([fieldPath, value]) => value._render(fieldPath))),
        Submit: props.submit ?? false,
        Associations: nonEmpty([...this.associations.keys()]),
      }),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
      permissions: {
        [REGISTRATION.arnResourceType]: HANDLER_ACTIONS,
        'phone-number': IDENTITY_ACTIONS.phoneNumber,
        'sender-id': IDENTITY_ACTIONS.senderId,
      },
      accountLevelActions: DEFINITION_ACTIONS,
      validate: () => this.checkAssociatedRegistration(props.associatedRegistration),
    });
    if (props.associatedRegistration) this.associations.set(props.associatedRegistration.registrationArn, props.associatedRegistration);
    for (const identity of props.originationIdentities ?? []) this.associate(identity);

    this.registrationId = resource.getAttString(REGISTRATION.attributes.ID);
    this.registrationArn = resource.getAttString(REGISTRATION.attributes.ARN);
    this.registrationStatus = resource.getAttString(REGISTRATION.attributes.STATUS);
    this.versionNumber = Token.asNumber(resource.getAtt(REGISTRATION.attributes.VERSION_NUMBER));
    this.versionStatus = resource.getAttString(REGISTRATION.attributes.VERSION_STATUS);
    this.deniedReasons = resource.getAttString(REGISTRATION.attributes.DENIED_REASONS);
  }

  /**
   * Associates a phone number or sender ID with the registration (CreateRegistrationAssociation),
   * when the registration type says: before submission (a toll-free number), or in the first
   * deployment after the registration is complete (the 10DLC numbers of a campaign). The API has
   * no call that undoes an association: one removed from the app stays until the number or sender
   * ID is released.
   */
  public associate(identity: IOriginationIdentity): void {
    const arn = identity.originationIdentityArn;
    if (this.associations.has(arn)) {
      throw new Error(`Registration '${this.node.path}' is already associated with '${identity.node.path}'`);
    }
    this.associations.set(arn, identity);
  }

  private checkAssociatedRegistration(associated: IRegistration | undefined): string[] {
    const expected = this.registrationType.associatedRegistrationType;
    if (!(associated instanceof Registration) || expected === undefined || Token.isUnresolved(associated.registrationType.name)) return [];
    const actual = associated.registrationType.name;
    return actual === expected ? [] : [`associatedRegistration: a ${this.registrationType.name} builds on a ${expected},`
      + ` but '${associated.node.path}' is a ${actual}`];
  }
}

/** What the handler does to a registration. */
const HANDLER_ACTIONS = [
  'CreateRegistration',
  'DescribeRegistrations',
  'DescribeRegistrationVersions',
  'DescribeRegistrationFieldValues',
  'PutRegistrationFieldValue',
  'DeleteRegistrationFieldValue',
  'CreateRegistrationVersion',
  'SubmitRegistrationVersion',
  'DiscardRegistrationVersion',
  'CreateRegistrationAssociation',
  'ListRegistrationAssociations',
  'DeleteRegistration',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];

/** What the handler does with the phone numbers and sender IDs it associates: read their type, and associate them. */
const IDENTITY_ACTIONS = {
  phoneNumber: ['DescribePhoneNumbers', 'CreateRegistrationAssociation'],
  senderId: ['DescribeSenderIds', 'CreateRegistrationAssociation'],
};

/** The form definitions the handler validates fields against; they belong to no resource. */
const DEFINITION_ACTIONS = [
  'DescribeRegistrationTypeDefinitions',
  'DescribeRegistrationSectionDefinitions',
  'DescribeRegistrationFieldDefinitions',
];

/** What reading a registration takes. */
const READ_ACTIONS = ['DescribeRegistrations', 'DescribeRegistrationVersions', 'DescribeRegistrationFieldValues', 'ListRegistrationAssociations'];

import { RegistrationInformation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { REGISTRATION, RegistrationResourceProperties } from '../../../src/wire/registration-properties';
import { ResponseData } from '../events';
import {
  describeRegistration,
  readAssociationTarget,
  readRegistration,
  readRegistrationDefinitions,
  RegistrationActual,
  RegistrationDefinitions,
} from './registration-state';
import { ResourceRemoval } from './removal';
import { CreateCall, SmsResourceHandler } from './sms-resource-handler';
import { quote, quoteName } from '../../../src/wire/quote';
import { PlannedCall } from '../reconcile/calls';
import { AssociationTarget, resolveAssociations } from '../reconcile/registration-associations';
import { fieldValuesOf, fieldViolations } from '../reconcile/registration-fields';
import { PendingAssociation, planRegistration } from '../reconcile/registration-versions';

type Properties = RegistrationResourceProperties;

/** A registration, with the declared associations it does not have yet. */
interface ObservedRegistration extends RegistrationActual {
  readonly pendingAssociations: readonly PendingAssociation[];
}

/** The most characters of denial reasons that Data carries, so that the response stays small. */
const MAX_DENIED_REASONS = 1000;

/**
 * Custom::SmsVoiceRegistration. The physical id is the registration's ARN; RegistrationType is
 * create-only.
 *
 * Before anything is created, the declared fields are checked against the type's definitions
 * (DescribeRegistrationTypeDefinitions, …SectionDefinitions, …FieldDefinitions), and so are the
 * associations against the type's supported associations. onEvent creates the registration;
 * isComplete follows its current version (see planRegistration): a draft is edited and, with
 * `Submit`, submitted; a change while a version is reviewed fails with what to do; a change after
 * a decision makes a new version, which is edited and submitted in turn. Nothing waits for the
 * review. Delete deletes it only when `ReleaseOnDelete` is true.
 */
export class RegistrationHandler extends SmsResourceHandler<Properties, string, ObservedRegistration> {
  protected readonly contract = REGISTRATION;
  protected readonly readAfterWrite = 'the status, version and denial reasons the attributes report move with the calls';

  private definitions?: RegistrationDefinitions;

  protected async checkCreate(desired: Properties): Promise<void> {
    await this.resolve(desired, new Set());
  }

  protected createCall(desired: Properties): CreateCall {
    return { action: 'CreateRegistration', input: { RegistrationType: desired.RegistrationType } };
  }

  protected async read(id: string, desired: Properties): Promise<ObservedRegistration | undefined> {
    const actual = await readRegistration(this.context.client, id);
    return actual && { ...actual, pendingAssociations: await this.resolve(desired, actual.associated) };
  }

  protected plan(desired: Properties, actual: ObservedRegistration, declaredBefore: Properties | undefined): PlannedCall[] {
    return planRegistration({
      desiredFields: fieldValuesOf(desired.Fields),
      fieldsDeclaredBefore: fieldValuesOf(declaredBefore?.Fields),
      submit: desired.Submit,
      actual,
      pendingAssociations: actual.pendingAssociations,
    });
  }

  protected data(actual: ObservedRegistration): ResponseData {
    const deniedReasons = actual.deniedReasons.join('; ');
    if (deniedReasons) {
      this.context.log('the current version of the registration was not approved: fix its fields in the app and deploy, which submits a new version',
        { versionNumber: actual.versionNumber, versionStatus: actual.versionStatus, deniedReasons });
    }
    const { attributes } = REGISTRATION;
    return {
      [attributes.ID]: actual.id,
      [attributes.ARN]: actual.arn,
      [attributes.STATUS]: actual.status,
      [attributes.VERSION_NUMBER]: String(actual.versionNumber),
      [attributes.VERSION_STATUS]: actual.versionStatus,
      [attributes.DENIED_REASONS]: deniedReasons.length > MAX_DENIED_REASONS ? `${deniedReasons.slice(0, MAX_DENIED_REASONS - 3)}...` : deniedReasons,
    };
  }

  protected removal(id: string): ResourceRemoval<RegistrationInformation> {
    return {
      describe: () => describeRegistration(this.context.client, id),
      call: { action: 'DeleteRegistration', input: { RegistrationId: id } },
    };
  }

  /**
   * Checks the declared fields and associations against the type's definitions, all problems at
   * once, and answers the declared associations that are not made yet (not in `associated`).
   */
  private async resolve(desired: Properties, associated: ReadonlySet<string>): Promise<PendingAssociation[]> {
    const definitions = await this.definitionsOf(desired.RegistrationType);
    const targets = new Map<string, AssociationTarget | undefined>();
    for (const resource of desired.Associations ?? []) {
      if (!associated.has(resource)) targets.set(resource, await readAssociationTarget(this.context.client, resource));
    }
    const { pending, problems } = resolveAssociations(desired.RegistrationType, definitions.supportedAssociations, targets);
    problems.unshift(...fieldViolations(definitions, fieldValuesOf(desired.Fields), desired.Submit));
    if (problems.length > 0) {
      throw new Error(`Invalid ${desired.RegistrationType} registration ${quoteName(this.subject.id)}: ${problems.join('; ')}`);
    }
    return pending;
  }

  private async definitionsOf(registrationType: string): Promise<RegistrationDefinitions> {
    const definitions = this.definitions ?? await readRegistrationDefinitions(this.context.client, registrationType);
    if (Array.isArray(definitions)) {
      throw new Error(`registrationType: ${quote(registrationType)} is not a registration type of this account and region;`
        + ` the types are ${definitions.join(', ')}`);
    }
    this.definitions = definitions;
    return definitions;
  }
}

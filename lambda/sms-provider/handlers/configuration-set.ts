import { CreateConfigurationSetCommand, DeleteConfigurationSetCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { ConfigurationSetAttributes } from '../../../src/custom-resources/configuration-set-properties';
import { smsResourceId } from '../arn';
import { ErrorSubject, isNotFound, notFoundError } from '../errors';
import { IsCompleteResponse, OnEventRequest, OnEventResponse } from '../events';
import { execute } from '../execute';
import { clientToken, clientTokensFor } from '../idempotency';
import {
  Declared,
  declaredBy,
  decodeConfigurationSet,
  DecodedConfigurationSet,
  NOTHING_DECLARED,
  validateConfigurationSet,
} from './configuration-set-properties';
import { ConfigurationSetActual, describeConfigurationSet, readConfigurationSet } from './configuration-set-state';
import { HandlerContext, ResourceHandler } from './resource-handler';
import { PlannedCall } from '../reconcile/calls';
import { planConfigurationSetSettings } from '../reconcile/configuration-set-settings';
import { planEventDestinations } from '../reconcile/event-destinations';
import { planTags } from '../reconcile/tags';

const ARN_RESOURCE_TYPE = 'configuration-set';

/**
 * Custom::SmsVoiceConfigurationSet. The physical id is the configuration set's ARN.
 *
 * onEvent creates the set (with its tags) and returns its ARN at once, so that any later failure
 * carries the real id to CloudFormation's rollback Delete. isComplete reconciles everything else
 * from what the service reports, and is complete only when a read shows every declared property.
 */
export class ConfigurationSetHandler implements ResourceHandler {
  constructor(private readonly event: OnEventRequest, private readonly context: HandlerContext) {}

  get subject(): ErrorSubject {
    const declaredName = this.event.ResourceProperties?.ConfigurationSetName;
    const id = this.event.RequestType === 'Delete' || typeof declaredName !== 'string'
      ? this.physicalName ?? this.event.PhysicalResourceId ?? this.event.LogicalResourceId
      : declaredName;
    return {
      resourceType: 'configuration set',
      id,
      nameProperty: 'configurationSetName',
      importMethod: 'ConfigurationSet.fromConfigurationSetName',
    };
  }

  async onEvent(): Promise<OnEventResponse> {
    switch (this.event.RequestType) {
      case 'Create': return this.create(this.desired());
      case 'Update': return this.update();
      case 'Delete': return this.delete();
    }
  }

  async isComplete(): Promise<IsCompleteResponse> {
    if (this.event.RequestType === 'Delete') return { IsComplete: true };
    const desired = this.desired();
    const name = this.requirePhysicalName();
    const previouslyDeclared = this.previouslyDeclared(desired);

    let actual = await this.read(name);
    let calls = this.plan(desired, actual, previouslyDeclared);
    if (calls.length > 0) {
      this.context.log('plan', { calls });
      if (!await execute(this.context.client, calls, this.context.log, this.context.deadline)) {
        this.context.log('not complete yet: out of time for this poll');
        return { IsComplete: false };
      }
      actual = await this.read(name);
      calls = this.plan(desired, actual, previouslyDeclared);
    }
    if (calls.length > 0) {
      this.context.log('not complete yet: a read does not show every declared property', { remaining: calls });
      return { IsComplete: false };
    }
    return {
      IsComplete: true,
      Data: { [ConfigurationSetAttributes.NAME]: actual.name, [ConfigurationSetAttributes.ARN]: actual.arn },
    };
  }

  private async create(desired: DecodedConfigurationSet): Promise<OnEventResponse> {
    const response = await this.context.client.send(new CreateConfigurationSetCommand({
      ConfigurationSetName: desired.name,
      Tags: desired.tags.length > 0 ? desired.tags.map(tag => ({ Key: tag.key, Value: tag.value })) : undefined,
      ClientToken: clientToken(this.event, 'CreateConfigurationSet'),
    }));
    if (!response.ConfigurationSetArn) throw new Error(`CreateConfigurationSet returned no ARN for '${desired.name}'`);
    this.context.log('created', { arn: response.ConfigurationSetArn });
    return { PhysicalResourceId: response.ConfigurationSetArn };
  }

  /** A new name is a new configuration set; CloudFormation deletes the old one during cleanup. */
  private async update(): Promise<OnEventResponse> {
    const desired = this.desired();
    const current = this.requirePhysicalName();
    if (current !== desired.name) {
      this.context.log('replace: the name changed', { from: current, to: desired.name });
      return this.create(desired);
    }
    return { PhysicalResourceId: this.event.PhysicalResourceId };
  }

  /** Deletes only what the physical id names; anything else, or a set already gone, is success. */
  private async delete(): Promise<OnEventResponse> {
    const physicalResourceId = this.event.PhysicalResourceId;
    const name = this.physicalName;
    if (name === undefined) {
      this.context.log('nothing to delete: the physical id is not a configuration set ARN', { physicalResourceId });
      return { PhysicalResourceId: physicalResourceId };
    }
    const existing = await describeConfigurationSet(this.context.client, name);
    if (existing?.ConfigurationSetArn !== physicalResourceId) {
      this.context.log('nothing to delete: already gone', { physicalResourceId });
      return { PhysicalResourceId: physicalResourceId };
    }
    try {
      await this.context.client.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: name }));
      this.context.log('deleted', { physicalResourceId });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      this.context.log('nothing to delete: already gone', { physicalResourceId });
    }
    return { PhysicalResourceId: physicalResourceId };
  }

  private plan(desired: DecodedConfigurationSet, actual: ConfigurationSetActual, previouslyDeclared: Declared): PlannedCall[] {
    return [
      ...planConfigurationSetSettings(actual.name, desired.settings, actual.settings, previouslyDeclared.settings),
      ...planEventDestinations(actual.name, new Map(desired.eventDestinations.map(d => [d.name, d.state])), actual.eventDestinations,
        previouslyDeclared.eventDestinations, clientTokensFor(this.event)),
      ...planTags(actual.arn, new Map(desired.tags.map(tag => [tag.key, tag.value])), actual.tags, previouslyDeclared.tags),
    ];
  }

  /**
   * What the properties before this update declared. After a replacement the configuration set is
   * new, and nothing on it was declared before. Old properties that do not decode (a rollback of an
   * update that was rejected for its shape) declared nothing the handler ever applied.
   */
  private previouslyDeclared(desired: DecodedConfigurationSet): Declared {
    const old = this.event.OldResourceProperties;
    if (this.event.RequestType !== 'Update' || !old) return NOTHING_DECLARED;
    let previous: DecodedConfigurationSet;
    try {
      previous = decodeConfigurationSet(old);
    } catch (error) {
      this.context.log('removing nothing: the old properties do not decode', { reason: String(error) });
      return NOTHING_DECLARED;
    }
    return previous.name === desired.name ? declaredBy(previous) : NOTHING_DECLARED;
  }

  private async read(name: string): Promise<ConfigurationSetActual> {
    const actual = await readConfigurationSet(this.context.client, name);
    if (!actual) throw notFoundError(this.subject);
    return actual;
  }

  private desired(): DecodedConfigurationSet {
    return validateConfigurationSet(decodeConfigurationSet(this.event.ResourceProperties));
  }

  private get physicalName(): string | undefined {
    return smsResourceId(this.event.PhysicalResourceId, ARN_RESOURCE_TYPE);
  }

  private requirePhysicalName(): string {
    const name = this.physicalName;
    if (name === undefined) {
      throw new Error(`The physical id ${JSON.stringify(this.event.PhysicalResourceId)} is not a configuration set ARN`);
    }
    return name;
  }
}

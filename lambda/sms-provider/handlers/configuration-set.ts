import { CreateConfigurationSetCommand, DeleteConfigurationSetCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { ConfigurationSetAttributes } from '../../../src/custom-resources/configuration-set-properties';
import { smsResourceId } from '../arn';
import { ErrorSubject } from '../errors';
import { OnEventResponse } from '../events';
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
import { Convergence } from './converge';
import { Removal } from './removal';
import { notFoundUnless } from './shared-reads';
import { SmsResourceHandler } from './sms-resource-handler';
import { planConfigurationSetSettings } from '../reconcile/configuration-set-settings';
import { planEventDestinations } from '../reconcile/event-destinations';
import { planTags } from '../reconcile/tags';

/**
 * Custom::SmsVoiceConfigurationSet. The physical id is the configuration set's ARN.
 *
 * onEvent creates the set (with its tags) and returns its ARN at once, so that any later failure
 * carries the real id to CloudFormation's rollback Delete. isComplete reconciles everything else
 * from what the service reports, and is complete only when a read shows every declared property.
 * A new name is a new configuration set.
 */
export class ConfigurationSetHandler extends SmsResourceHandler<DecodedConfigurationSet, Declared, string> {
  protected readonly declarations = {
    decode: decodeConfigurationSet,
    sameResource: (previous: DecodedConfigurationSet, desired: DecodedConfigurationSet) => previous.name === desired.name,
    declaredBy,
    nothing: NOTHING_DECLARED,
  };

  get subject(): ErrorSubject {
    const declaredName = this.event.ResourceProperties?.ConfigurationSetName;
    const id = this.event.RequestType === 'Delete' || typeof declaredName !== 'string'
      ? this.physicalId ?? this.event.PhysicalResourceId ?? this.event.LogicalResourceId
      : declaredName;
    return {
      resourceType: 'configuration set',
      id,
      nameProperty: 'configurationSetName',
      importMethod: 'ConfigurationSet.fromConfigurationSetName',
    };
  }

  protected desired(): DecodedConfigurationSet {
    return validateConfigurationSet(decodeConfigurationSet(this.event.ResourceProperties));
  }

  protected parsePhysicalId(physicalResourceId: string | undefined): string | undefined {
    return smsResourceId(physicalResourceId, 'configuration-set');
  }

  protected async create(desired: DecodedConfigurationSet): Promise<OnEventResponse> {
    const response = await this.context.client.send(new CreateConfigurationSetCommand({
      ConfigurationSetName: desired.name,
      Tags: desired.tags.length > 0 ? desired.tags.map(tag => ({ Key: tag.key, Value: tag.value })) : undefined,
      ClientToken: clientToken(this.event, 'CreateConfigurationSet'),
    }));
    if (!response.ConfigurationSetArn) throw new Error(`CreateConfigurationSet returned no ARN for '${desired.name}'`);
    this.context.log('created', { arn: response.ConfigurationSetArn });
    return { PhysicalResourceId: response.ConfigurationSetArn };
  }

  protected async replacement(desired: DecodedConfigurationSet, name: string): Promise<string | undefined> {
    return name === desired.name ? undefined : `the name changed from '${name}' to '${desired.name}'`;
  }

  protected convergence(desired: DecodedConfigurationSet, name: string, previouslyDeclared: Declared): Convergence<ConfigurationSetActual> {
    return {
      read: () => notFoundUnless(readConfigurationSet(this.context.client, name), this.subject),
      plan: actual => [
        ...planConfigurationSetSettings(actual.name, desired.settings, actual.settings, previouslyDeclared.settings),
        ...planEventDestinations(actual.name, new Map(desired.eventDestinations.map(d => [d.name, d.state])), actual.eventDestinations,
          previouslyDeclared.eventDestinations, clientTokensFor(this.event)),
        ...planTags(actual.arn, new Map(desired.tags.map(tag => [tag.key, tag.value])), actual.tags, previouslyDeclared.tags),
      ],
      data: actual => ({ [ConfigurationSetAttributes.NAME]: actual.name, [ConfigurationSetAttributes.ARN]: actual.arn }),
    };
  }

  /** Deletes only what the physical id names: a set of that name with another ARN is not ours. */
  protected removal(name: string): Removal {
    const { client } = this.context;
    return {
      retained: false,
      inspect: async () => (await describeConfigurationSet(client, name))?.ConfigurationSetArn === this.event.PhysicalResourceId
        ? { state: 'ready' } : { state: 'gone' },
      remove: async () => {
        await client.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: name }));
      },
    };
  }
}

import { Template, TemplateResource } from '../../local-deploy/template';

/** A Provider that the template does not define: the runner wires it as SmsProvider does. */
export const SERVICE_TOKEN = 'arn:aws:lambda:us-east-1:123456789012:function:SmsStack-SmsVoiceProviderframeworkonEvent-1A2B3C4D5E6F';

export interface ConfigurationSetOptions {
  readonly name: string;
  readonly senderId?: string;
  readonly feedback?: boolean;
  /** Event destinations that send to SNS topics of the template (by logical id): name → [topic, event types]. */
  readonly snsDestinations?: { readonly [name: string]: readonly [topic: string, eventTypes: readonly string[]] };
  readonly tags?: { readonly [key: string]: string };
}

/** A Custom::SmsVoiceConfigurationSet as the ConfigurationSet construct writes it. */
export function configurationSet(options: ConfigurationSetOptions, attributes: Partial<TemplateResource> = {}): TemplateResource {
  return {
    Type: 'Custom::SmsVoiceConfigurationSet',
    Properties: {
      ServiceToken: SERVICE_TOKEN,
      SchemaVersion: '1',
      ConfigurationSetName: options.name,
      ...options.senderId !== undefined ? { DefaultSenderId: options.senderId } : {},
      MessageFeedbackEnabled: options.feedback ?? false,
      ...options.snsDestinations ? {
        EventDestinations: Object.entries(options.snsDestinations).map(([name, [topic, eventTypes]]) => ({
          EventDestinationName: name,
          Enabled: true,
          MatchingEventTypes: [...eventTypes],
          SnsDestination: { TopicArn: { Ref: topic } },
        })),
      } : {},
      ...options.tags ? { Tags: Object.entries(options.tags).map(([Key, Value]) => ({ Key, Value })) } : {},
    },
    ...attributes,
  };
}

export const topic: TemplateResource = { Type: 'AWS::SNS::Topic' };

export function template(resources: { readonly [logicalId: string]: TemplateResource }): Template {
  return { Resources: resources };
}

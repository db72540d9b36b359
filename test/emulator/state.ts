import type { EventDestination, MessageType } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { parseArn } from './arns';
import { ClientTokenCache } from './client-tokens';
import type { ResourceKind } from './options';

/** A resource that TagResource, UntagResource and ListTagsForResource can address by ARN. */
export interface Taggable {
  readonly arn: string;
  /** In insertion order. */
  readonly tags: Map<string, string>;
}

export interface ConfigurationSetRecord extends Taggable {
  readonly name: string;
  /** ms since the epoch */
  readonly createdAt: number;
  /** In creation order. */
  eventDestinations: EventDestination[];
  defaultMessageType?: MessageType;
  defaultSenderId?: string;
  defaultMessageFeedbackEnabled: boolean;
  protectConfigurationId?: string;
}

/** Everything one account holds in one region. */
export class RegionState {
  readonly configurationSets = new Map<string, ConfigurationSetRecord>();
  readonly clientTokens = new ClientTokenCache();

  /** The taggable resource that an ARN names, if it exists. */
  findTaggable(arn: string): Taggable | undefined {
    const parsed = parseArn(arn);
    if (!parsed) return undefined;
    const resource = this.taggableTables()[parsed.resourceType as ResourceKind]?.get(parsed.resourceId);
    return resource?.arn === arn ? resource : undefined;
  }

  /** The tables of taggable resources, by the resource type their ARNs carry. */
  private taggableTables(): { readonly [kind in ResourceKind]?: ReadonlyMap<string, Taggable> } {
    return {
      'configuration-set': this.configurationSets,
    };
  }
}

/** The emulator's whole state: one RegionState per region, created on first use. */
export class EmulatorState {
  private readonly regions = new Map<string, RegionState>();

  region(name: string): RegionState {
    let state = this.regions.get(name);
    if (!state) {
      state = new RegionState();
      this.regions.set(name, state);
    }
    return state;
  }

  reset(): void {
    this.regions.clear();
  }
}

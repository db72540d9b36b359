import type {
  AttachmentUploadErrorReason,
  EventDestination,
  KeywordAction,
  MessageType,
  NumberCapability,
  NumberType,
  SpendLimitName,
  ProtectConfigurationRuleOverrideAction,
  ProtectStatus,
  RegistrationDeniedReasonInformation,
  RegistrationVersionStatus,
  VerificationChannel,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { arnOf, parseArn, Scope } from './arns';
import { ClientTokenCache } from './client-tokens';
import type { ResourceKind } from './options';
import { GONE, Transition } from './status';

/** The opt-out list every account has, and that phone numbers and pools use unless told otherwise. */
export const DEFAULT_OPT_OUT_LIST = 'Default';

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

export interface OptedOutNumberRecord {
  /** E.164, with its `+`. */
  readonly number: string;
  /** ms since the epoch */
  readonly optedOutAt: number;
  readonly endUserOptedOut: boolean;
}

export interface OptOutListRecord extends Taggable {
  readonly name: string;
  readonly createdAt: number;
  /** By E.164 number. */
  readonly numbers: Map<string, OptedOutNumberRecord>;
  resourcePolicy?: ResourcePolicyRecord;
}

export interface KeywordRecord {
  /** Upper case: keywords are case-insensitive. */
  readonly keyword: string;
  readonly message: string;
  readonly action: KeywordAction;
}

/** The settings that phone numbers and pools share, and that a pool's members must match. */
export interface OriginationSettings {
  optOutListName: string;
  twoWayEnabled: boolean;
  twoWayChannelArn?: string;
  twoWayChannelRole?: string;
  selfManagedOptOutsEnabled: boolean;
  deletionProtectionEnabled: boolean;
}

/** A phone number or a pool: what sends messages, carries keywords and has a status. */
export interface OriginationRecord extends Taggable, OriginationSettings {
  readonly kind: 'phone-number' | 'pool';
  readonly id: string;
  readonly messageType: MessageType;
  readonly createdAt: number;
  /** By keyword, in insertion order. */
  readonly keywords: Map<string, KeywordRecord>;
  transition: Transition;
  resourcePolicy?: ResourcePolicyRecord;
}

export interface PhoneNumberRecord extends OriginationRecord {
  readonly kind: 'phone-number';
  readonly phoneNumber: string;
  readonly isoCountryCode: string;
  readonly numberCapabilities: NumberCapability[];
  readonly numberType: NumberType;
  readonly monthlyLeasingPrice: string;
  /** The registration the number is associated with (RequestPhoneNumber or CreateRegistrationAssociation). */
  registrationId?: string;
  internationalSendingEnabled: boolean;
  /** A phone number belongs to one pool at most. */
  poolId?: string;
}

export interface PoolRecord extends OriginationRecord {
  readonly kind: 'pool';
  sharedRoutesEnabled: boolean;
}

export interface SenderIdRecord extends Taggable {
  readonly senderId: string;
  readonly isoCountryCode: string;
  readonly messageTypes: MessageType[];
  readonly monthlyLeasingPrice: string;
  deletionProtectionEnabled: boolean;
  /** A sender ID can belong to many pools. */
  readonly poolIds: Set<string>;
  resourcePolicy?: ResourcePolicyRecord;
}

/** A rule for one destination number of a protect configuration. */
export interface NumberOverrideRecord {
  /** E.164, with its `+`. */
  readonly number: string;
  readonly action: ProtectConfigurationRuleOverrideAction;
  /** ms since the epoch */
  readonly createdAt: number;
  /** ms since the epoch; the override is gone from then on. */
  readonly expiresAt?: number;
  readonly isoCountryCode?: string;
}

export interface ProtectConfigurationRecord extends Taggable {
  readonly id: string;
  readonly createdAt: number;
  deletionProtectionEnabled: boolean;
  /** By number capability (SMS, VOICE, MMS), then ISO country code. */
  readonly countryRuleSets: Map<string, Map<string, ProtectStatus>>;
  /** By E.164 number. */
  readonly numberOverrides: Map<string, NumberOverrideRecord>;
}

/** The value of one field of a registration version (PutRegistrationFieldValue). */
export interface RegistrationFieldValueRecord {
  readonly fieldPath: string;
  readonly textValue?: string;
  readonly selectChoices?: string[];
  readonly registrationAttachmentId?: string;
  /** Set by a review that denied the version. */
  deniedReason?: string;
}

/** One version of a registration: its status, when it reached each status, and its field values. */
export interface RegistrationVersionRecord {
  readonly versionNumber: number;
  status: RegistrationVersionStatus;
  /** ms since the epoch, by RegistrationVersionStatusHistory member (`DraftTimestamp`, `SubmittedTimestamp`, ...). */
  readonly history: { [member: string]: number };
  /** By field path, in insertion order. */
  readonly fieldValues: Map<string, RegistrationFieldValueRecord>;
  deniedReasons: RegistrationDeniedReasonInformation[];
}

/** An origination identity or registration that a registration is associated with (CreateRegistrationAssociation). */
export interface RegistrationAssociationRecord {
  readonly resourceArn: string;
  readonly resourceId: string;
  /** As SupportedAssociation names it: a number type (TOLL_FREE, TEN_DLC), SENDER_ID, or a registration type. */
  readonly resourceType: string;
  readonly isoCountryCode?: string;
  readonly phoneNumber?: string;
}

export interface RegistrationRecord extends Taggable {
  readonly id: string;
  readonly registrationType: string;
  readonly createdAt: number;
  /** Oldest first; the last is the current version. */
  readonly versions: RegistrationVersionRecord[];
  /** By resource ARN. */
  readonly associations: Map<string, RegistrationAssociationRecord>;
  readonly additionalAttributes: { [key: string]: string };
  /** Its last identity went away under DISASSOCIATE_ALL_CLOSES_REGISTRATION. */
  closed?: boolean;
}

export interface RegistrationAttachmentRecord extends Taggable {
  readonly id: string;
  readonly createdAt: number;
  /** The S3 URL it was created from; none when the file came in AttachmentBody. */
  readonly attachmentUrl?: string;
  /** UPLOAD_IN_PROGRESS → UPLOAD_COMPLETE (or UPLOAD_FAILED, through a test hook); DELETED → GONE. */
  transition: Transition;
  /** Why the upload failed, once it has. */
  uploadErrorReason?: AttachmentUploadErrorReason;
}

export interface VerifiedDestinationNumberRecord extends Taggable {
  readonly id: string;
  /** E.164, with its `+`. */
  readonly destinationPhoneNumber: string;
  readonly createdAt: number;
  verified: boolean;
  /** The last code SendDestinationNumberVerificationCode sent, which tests can read through a hook. */
  lastCode?: { readonly code: string; readonly channel: VerificationChannel; readonly sentAt: number };
}

/** The key of a sender ID in its table, which is also the resource id of its ARN. */
export function senderIdKey(senderId: string, isoCountryCode: string): string {
  return `${senderId}/${isoCountryCode}`;
}

/**
 * The resource-based policy (PutResourcePolicy) of a phone number, sender ID, pool or opt-out
 * list: it goes with the resource when the resource goes.
 */
export interface ResourcePolicyRecord {
  /** The JSON text, as it was put. */
  readonly policy: string;
  /** ms since the epoch: when it was put. */
  readonly createdAt: number;
}

/** Everything one account holds in one region. */
export class RegionState {
  readonly configurationSets = new Map<string, ConfigurationSetRecord>();
  readonly optOutLists = new Map<string, OptOutListRecord>();
  readonly phoneNumbers = new Map<string, PhoneNumberRecord>();
  readonly pools = new Map<string, PoolRecord>();
  /** By senderIdKey(). */
  readonly senderIds = new Map<string, SenderIdRecord>();
  /** When each destination number was last removed from an opt-out list, for the 30-day rule. */
  readonly optOutRemovals = new Map<string, number>();
  readonly clientTokens = new ClientTokenCache();
  /** How many phone numbers this region has handed out, so that each new one is different. */
  phoneNumbersIssued = 0;
  /** The account's monthly spend-limit overrides (EnforcedLimit, whole US dollars), by SpendLimitName; none: the MaxLimit applies. */
  readonly spendLimitOverrides = new Map<SpendLimitName, number>();
  readonly protectConfigurations = new Map<string, ProtectConfigurationRecord>();
  /** The id of the account's default protect configuration, if there is one. */
  accountDefaultProtectConfigurationId?: string;
  readonly registrations = new Map<string, RegistrationRecord>();
  readonly registrationAttachments = new Map<string, RegistrationAttachmentRecord>();
  readonly verifiedDestinationNumbers = new Map<string, VerifiedDestinationNumberRecord>();

  constructor(scope: Scope, now: number) {
    this.optOutLists.set(DEFAULT_OPT_OUT_LIST, {
      name: DEFAULT_OPT_OUT_LIST,
      arn: arnOf(scope, 'opt-out-list', DEFAULT_OPT_OUT_LIST),
      createdAt: now,
      tags: new Map(),
      numbers: new Map(),
    });
  }

  /** The taggable resource that an ARN names, if it exists. */
  findTaggable(arn: string): Taggable | undefined {
    const parsed = parseArn(arn);
    if (!parsed) return undefined;
    const resource = this.taggableTables()[parsed.resourceType as ResourceKind]?.get(parsed.resourceId);
    return resource?.arn === arn ? resource : undefined;
  }

  /** Removes the pools and phone numbers whose status has reached GONE. */
  sweep(statusOf: (transition: Transition) => string): void {
    removeGone(this.pools, statusOf);
    removeGone(this.phoneNumbers, statusOf);
    removeGone(this.registrationAttachments, statusOf);
  }

  /** The tables of taggable resources, by the resource type their ARNs carry. */
  private taggableTables(): { readonly [kind in ResourceKind]?: ReadonlyMap<string, Taggable> } {
    return {
      'configuration-set': this.configurationSets,
      'opt-out-list': this.optOutLists,
      'phone-number': this.phoneNumbers,
      'pool': this.pools,
      'sender-id': this.senderIds,
      'protect-configuration': this.protectConfigurations,
      'registration': this.registrations,
      'registration-attachment': this.registrationAttachments,
      'verified-destination-number': this.verifiedDestinationNumbers,
    };
  }
}

function removeGone<T extends { readonly transition: Transition }>(table: Map<string, T>, statusOf: (transition: Transition) => string): void {
  for (const [id, record] of table) {
    if (statusOf(record.transition) === GONE) table.delete(id);
  }
}

/** The emulator's whole state: one RegionState per region, created on first use. */
export class EmulatorState {
  private readonly regions = new Map<string, RegionState>();

  region(scope: Scope, now: number): RegionState {
    let state = this.regions.get(scope.region);
    if (!state) {
      state = new RegionState(scope, now);
      this.regions.set(scope.region, state);
    }
    return state;
  }

  reset(): void {
    this.regions.clear();
  }
}

import { SupportedAssociation } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PendingAssociation } from './registration-versions';

/** What SupportedAssociation calls a resource: a number type, SENDER_ID or a registration type, with its country. */
export interface AssociationTarget {
  readonly resourceType: string;
  readonly isoCountryCode?: string;
}

/** The declared associations the service does not have yet, with how the type associates each, and what is wrong with them. */
export interface ResolvedAssociations {
  readonly pending: PendingAssociation[];
  readonly problems: string[];
}

/**
 * Matches each declared association that is not made yet (`targets`: what each resource is, or
 * undefined when it does not exist) with the registration type's supported associations.
 */
export function resolveAssociations(registrationType: string, supported: readonly SupportedAssociation[],
  targets: ReadonlyMap<string, AssociationTarget | undefined>): ResolvedAssociations {
  const pending: PendingAssociation[] = [];
  const problems: string[] = [];
  for (const [resource, target] of targets) {
    if (!target) {
      problems.push(`associations: ${resource} is not a phone number, sender ID or registration of this account and region`);
      continue;
    }
    const support = supported.find(s => s.ResourceType === target.resourceType && (!s.IsoCountryCode || s.IsoCountryCode === target.isoCountryCode));
    if (!support?.AssociationBehavior) {
      problems.push(`associations: ${resource} is a ${describe(target)}, and a ${registrationType} is associated only with`
        + ` ${supported.length > 0 ? supported.map(s => describe({ resourceType: s.ResourceType ?? '', isoCountryCode: s.IsoCountryCode })).join(', ') : 'nothing'}`);
    } else if (support.AssociationBehavior === 'ASSOCIATE_ON_APPROVAL') {
      problems.push(`associations: a ${registrationType} provisions its ${target.resourceType} itself once it is approved,`
        + ` so ${resource} cannot be associated with it; leave it out`);
    } else {
      pending.push({ resource, behavior: support.AssociationBehavior });
    }
  }
  return { pending, problems };
}

function describe(target: AssociationTarget): string {
  return target.isoCountryCode ? `${target.resourceType} (${target.isoCountryCode})` : target.resourceType;
}

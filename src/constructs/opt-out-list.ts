import { IResource, RemovalPolicy, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { IShareableResource } from './resource-policy';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { generatedName } from '../private/names';
import { ShareableResourceBase } from '../private/shareable-resource';
import { importResource, nonEmpty, provisionCustomResource, TaggableProps } from '../private/sms-resource';
import { OPT_OUT_LIST } from '../wire/opt-out-list-properties';
import { OPTED_OUT_NUMBERS } from '../wire/opted-out-numbers-properties';
import { checkOptedOutNumbers } from '../wire/validate-opted-out-numbers';
import { Violations } from '../wire/violations';

/**
 * An opt-out list: the destination numbers that must not receive messages.
 */
export interface IOptOutList extends IResource, IShareableResource {
  /**
   * The name of the opt-out list.
   *
   * @attribute
   */
  readonly optOutListName: string;

  /**
   * The ARN of the opt-out list.
   *
   * @attribute
   */
  readonly optOutListArn: string;

  /**
   * Grants `actions` on this opt-out list to `grantee`.
   */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /**
   * Grants permission to read the list and its opted-out numbers.
   */
  grantRead(grantee: iam.IGrantable): iam.Grant;

  /**
   * Grants permission to read the list, and to add and remove opted-out numbers.
   */
  grantManageOptOuts(grantee: iam.IGrantable): iam.Grant;
}

/**
 * Properties of an opt-out list.
 */
export interface OptOutListProps extends TaggableProps {
  /**
   * The name of the opt-out list: 1 to 64 letters, digits, `_` or `-`. Changing it replaces the list.
   *
   * @default - a unique name generated from the construct path
   */
  readonly optOutListName?: string;

  /**
   * E.164 numbers this stack declares opted out. Removing a number from this list removes it from
   * the opt-out list, unless its recipient opted out themselves: end-user opt-outs are never removed.
   *
   * The declared numbers are a resource of their own (`Custom::SmsVoiceOptedOutNumbers`), made
   * once a number is declared or this prop is given; the phone numbers and pools that use the list
   * wait for the list alone, not for its numbers. That resource never removes numbers when it leaves
   * the stack: they go with the list, as its removal policy says. So to remove every declared
   * number, set this to `[]`; leaving the prop out (and declaring none) keeps them on the list.
   *
   * @default - the stack declares no numbers, and manages none
   */
  readonly optedOutNumbers?: string[];

  /**
   * What happens to the opt-out list when it leaves the stack. Opt-outs are compliance data.
   * By default it is kept when it leaves the stack, when it is replaced and when the stack is
   * deleted, and deleted only when the deployment that created it fails and rolls back (a list
   * that its recipients have already opted out of is kept even then). `RemovalPolicy.RETAIN`
   * keeps it always.
   *
   * @default RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class OptOutListBase extends ShareableResourceBase implements IOptOutList {
  public abstract readonly optOutListName: string;
  public abstract readonly optOutListArn: string;

  /** @internal */
  public readonly _policyTargetType = OPT_OUT_LIST.arnResourceType;

  public grantRead(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, 'sms-voice:DescribeOptOutLists', 'sms-voice:DescribeOptedOutNumbers');
  }

  public grantManageOptOuts(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, 'sms-voice:DescribeOptOutLists', 'sms-voice:DescribeOptedOutNumbers',
      'sms-voice:PutOptedOutNumber', 'sms-voice:DeleteOptedOutNumber');
  }
}

/**
 * An AWS End User Messaging SMS opt-out list, with the numbers the stack declares opted out.
 *
 * A deployment makes only the change from the previous properties, paced to the service's quota
 * and resumed across polls, however many numbers the list holds: within the provider's one-hour
 * budget, about 3,400 numbers added, or about 4,000 removed, per deployment (the handler's
 * `opted-out-numbers.ts` says how these follow from the quotas). An end-user opt-out (a recipient who
 * replied STOP) is never removed, whatever the stack declares. The declared numbers are a custom
 * resource of their own (`Custom::SmsVoiceOptedOutNumbers`): the phone numbers and pools that use
 * the list wait for the list, not for its numbers.
 *
 * @resource Custom::SmsVoiceOptOutList
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_CreateOptOutList.html
 * @example
 * const optOuts = new OptOutList(this, 'OptOuts', {
 *   optedOutNumbers: ['+12065550100'],
 * });
 * optOuts.addOptedOutNumbers('+12065550101');
 */
export class OptOutList extends OptOutListBase {
  /**
   * Imports an opt-out list by name.
   */
  public static fromOptOutListName(scope: Construct, id: string, optOutListName: string): IOptOutList {
    const optOutListArn = smsVoiceArn(scope, OPT_OUT_LIST.arnResourceType, optOutListName);
    return importResource(OptOutListBase, scope, id, optOutListArn, { optOutListName, optOutListArn });
  }

  /**
   * Imports an opt-out list by ARN.
   */
  public static fromOptOutListArn(scope: Construct, id: string, optOutListArn: string): IOptOutList {
    return importResource(OptOutListBase, scope, id, optOutListArn, { optOutListName: smsVoiceResourceName(optOutListArn), optOutListArn }, true);
  }

  public readonly optOutListName: string;
  public readonly optOutListArn: string;

  private optedOutNumbers?: Set<string>;

  constructor(scope: Construct, id: string, props: OptOutListProps = {}) {
    super(scope, id, { resourceType: OPT_OUT_LIST.resourceType, tags: props.tags });

    const name = props.optOutListName ?? generatedName(this, 64);
    const resource = this._provision(OPT_OUT_LIST, {
      properties: () => ({ OptOutListName: name }),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
      permissions: { [OPT_OUT_LIST.arnResourceType]: LIST_ACTIONS },
    });
    this.optOutListName = resource.getAttString(OPT_OUT_LIST.attributes.NAME);
    this.optOutListArn = resource.getAttString(OPT_OUT_LIST.attributes.ARN);
    if (props.optedOutNumbers) this.addOptedOutNumbers(...props.optedOutNumbers);
  }

  /**
   * Declares numbers opted out (E.164, e.g. `+12065550100`).
   *
   * @config
   */
  public addOptedOutNumbers(...numbers: string[]): void {
    checkOptedOutNumbers(new Violations(Token.isUnresolved), numbers).throwIfAny(`opted-out numbers of OptOutList '${this.node.path}'`);
    const declared = this.optedOutNumbers ??= this.provisionOptedOutNumbers();
    for (const number of numbers) {
      if (declared.has(number)) {
        throw new Error(`OptOutList '${this.node.path}' already declares ${number} opted out`);
      }
      declared.add(number);
    }
  }

  /**
   * The resource of the declared numbers, which only the list's ARN ties to the list. Its Delete
   * removes no number (they go with the list, as the list's removal policy says), so it is not
   * retained: nothing of its own outlives the stack.
   */
  private provisionOptedOutNumbers(): Set<string> {
    const declared = new Set<string>();
    provisionCustomResource(new Construct(this, 'OptedOutNumbers'), OPTED_OUT_NUMBERS, {
      properties: () => ({ OptOutListArn: this.optOutListArn, OptedOutNumbers: nonEmpty([...declared]) }),
      removalPolicy: RemovalPolicy.DESTROY,
      permissions: { [OPT_OUT_LIST.arnResourceType]: NUMBERS_ACTIONS },
    });
    return declared;
  }
}

/** What the handler does to an opt-out list; DescribeOptedOutNumbers finds end-user opt-outs before a delete. */
const LIST_ACTIONS = [
  'CreateOptOutList',
  'DescribeOptOutLists',
  'DeleteOptOutList',
  'DescribeOptedOutNumbers',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];

/** What the handler does to the numbers on an opt-out list; the tags keep how far a large change got. */
const NUMBERS_ACTIONS = [
  'DescribeOptOutLists',
  'PutOptedOutNumber',
  'DeleteOptedOutNumber',
  'DescribeOptedOutNumbers',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];

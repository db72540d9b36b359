import { CustomResource, IResource, ITaggable, Lazy, RemovalPolicy, Resource, TagManager, TagType, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import {
  OPT_OUT_LIST_SCHEMA_VERSION,
  OptOutListAttributes,
  OptOutListResourceProperties,
} from '../custom-resources/opt-out-list-properties';
import { ResourceTypes } from '../custom-resources/resource-types';
import { smsVoiceArn, smsVoiceResourceName } from '../private/arns';
import { grantOn } from '../private/grants';
import { allowHandler } from '../private/handler-permissions';
import { generatedName } from '../private/names';
import { registerStaticArn } from '../private/static-arns';
import { renderTags } from '../private/tags';
import { optOutListViolations } from '../private/validate-opt-out-list';

/**
 * An opt-out list: the destination numbers that must not receive messages.
 */
export interface IOptOutList extends IResource {
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
export interface OptOutListProps {
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
   * @default - none
   */
  readonly optedOutNumbers?: string[];

  /**
   * Tags to add to the opt-out list. `Tags.of(scope)` works too.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * What happens to the opt-out list when it leaves the stack. Opt-outs are compliance data.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

abstract class OptOutListBase extends Resource implements IOptOutList {
  public abstract readonly optOutListName: string;
  public abstract readonly optOutListArn: string;

  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return grantOn(grantee, this.optOutListArn, ...actions);
  }

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
 * Declared numbers are reconciled in batches, paced to the service's quota, within the provider's
 * one-hour budget: about 3,000 added or removed numbers per deployment. An end-user opt-out (a
 * recipient who replied STOP) is never removed, whatever the stack declares.
 *
 * @resource Custom::SmsVoiceOptOutList
 * @see https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_CreateOptOutList.html
 */
export class OptOutList extends OptOutListBase implements ITaggable {
  /**
   * Imports an opt-out list by name.
   */
  public static fromOptOutListName(scope: Construct, id: string, optOutListName: string): IOptOutList {
    class Import extends OptOutListBase {
      public readonly optOutListName = optOutListName;
      public readonly optOutListArn = smsVoiceArn(scope, 'opt-out-list', optOutListName);
    }
    return new Import(scope, id);
  }

  /**
   * Imports an opt-out list by ARN.
   */
  public static fromOptOutListArn(scope: Construct, id: string, optOutListArn: string): IOptOutList {
    class Import extends OptOutListBase {
      public readonly optOutListName = smsVoiceResourceName(optOutListArn);
      public readonly optOutListArn = optOutListArn;
    }
    return new Import(scope, id, { environmentFromArn: optOutListArn });
  }

  public readonly optOutListName: string;
  public readonly optOutListArn: string;

  /**
   * The tags of the opt-out list.
   */
  public readonly tags: TagManager;

  private readonly resource: CustomResource;
  private readonly optedOutNumbers = new Set<string>();

  constructor(scope: Construct, id: string, props: OptOutListProps = {}) {
    super(scope, id);

    const name = props.optOutListName ?? generatedName(this, 64);
    optOutListViolations({ optOutListName: name }, Token.isUnresolved).throwIfAny(`OptOutList '${this.node.path}'`);
    this.addOptedOutNumbers(...props.optedOutNumbers ?? []);

    this.tags = new TagManager(TagType.KEY_VALUE, ResourceTypes.OPT_OUT_LIST, props.tags);
    this.node.addValidation({
      validate: () => [...optOutListViolations({ tags: renderTags(this.tags) }, Token.isUnresolved).all],
    });

    registerStaticArn(this, smsVoiceArn(this, 'opt-out-list', name));
    const provider = allowHandler(this, HANDLER_ACTIONS, [smsVoiceArn(this, 'opt-out-list', name)]);
    // A renamed list is deleted in CloudFormation's cleanup, after this policy has moved to the new name.
    allowHandler(this, ['DescribeOptOutLists', 'DescribeOptedOutNumbers', 'DeleteOptOutList'], [smsVoiceArn(this, 'opt-out-list', '*')]);
    provider._acknowledgeWildcardResource('opt-out-list',
      'Describe and delete on opt-out-list/* are deliberate: after a rename, CloudFormation deletes the old list once the policy names only the new one.');

    const properties: Omit<OptOutListResourceProperties, 'OptedOutNumbers' | 'Tags'> = {
      SchemaVersion: OPT_OUT_LIST_SCHEMA_VERSION,
      OptOutListName: name,
    };
    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: ResourceTypes.OPT_OUT_LIST,
      properties: {
        ...properties,
        OptedOutNumbers: Lazy.list({ produce: () => [...this.optedOutNumbers] }, { omitEmpty: true }),
        Tags: Lazy.any({ produce: () => this.tags.renderTags() }, { omitEmptyArray: true }),
      },
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });

    this.optOutListName = this.resource.getAttString(OptOutListAttributes.NAME);
    this.optOutListArn = this.resource.getAttString(OptOutListAttributes.ARN);
  }

  /**
   * Declares numbers opted out (E.164, e.g. `+12065550100`).
   *
   * @config
   */
  public addOptedOutNumbers(...numbers: string[]): void {
    optOutListViolations({ optedOutNumbers: numbers }, Token.isUnresolved).throwIfAny(`opted-out numbers of OptOutList '${this.node.path}'`);
    for (const number of numbers) {
      if (this.optedOutNumbers.has(number)) {
        throw new Error(`OptOutList '${this.node.path}' already declares ${number} opted out`);
      }
      this.optedOutNumbers.add(number);
    }
  }

  /**
   * Applies a removal policy to the opt-out list.
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    this.resource.applyRemovalPolicy(policy);
  }
}

/** What the handler does to an opt-out list, all authorized on the list's ARN. */
const HANDLER_ACTIONS = [
  'CreateOptOutList',
  'DescribeOptOutLists',
  'DeleteOptOutList',
  'PutOptedOutNumber',
  'DeleteOptedOutNumber',
  'DescribeOptedOutNumbers',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
];

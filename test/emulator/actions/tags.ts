import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResult,
  Tag,
  TagResourceRequest,
  TagResourceResult,
  UntagResourceRequest,
  UntagResourceResult,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { parseArn } from '../arns';
import { invalidField, notFound, quotaExceeded } from '../errors';
import type { ResourceKind } from '../options';
import type { Taggable } from '../state';
import type { Wire } from '../wire';
import type { ActionContext, ActionHandler } from './context';

/** Adds or overwrites tags, within the tags-per-resource quota; nothing changes when it would be exceeded. */
export function addTags(resource: Taggable, tags: readonly Tag[] | undefined, limit: number): void {
  const merged = new Map(resource.tags);
  for (const tag of tags ?? []) merged.set(tag.Key!, tag.Value!);
  if (merged.size > limit) throw quotaExceeded('TAGS_PER_RESOURCE', limit);
  resource.tags.clear();
  merged.forEach((value, key) => resource.tags.set(key, value));
}

export function tagListOf(resource: Taggable): Tag[] {
  return [...resource.tags].map(([Key, Value]) => ({ Key, Value }));
}

function findTaggable(context: ActionContext, arn: string): Taggable {
  const parsed = parseArn(arn);
  if (!parsed) throw invalidField('INVALID_ARN', 'ResourceArn', `${arn} is not an AWS End User Messaging SMS resource ARN.`);
  const resource = context.state.findTaggable(arn);
  if (!resource) throw notFound(parsed.resourceType as ResourceKind, parsed.resourceId);
  return resource;
}

const tagResource: ActionHandler<TagResourceRequest, Wire<TagResourceResult>> = (input, context) => {
  addTags(findTaggable(context, input.ResourceArn!), input.Tags, context.limits.tagsPerResource);
  return {};
};

const untagResource: ActionHandler<UntagResourceRequest, Wire<UntagResourceResult>> = (input, context) => {
  const resource = findTaggable(context, input.ResourceArn!);
  for (const key of input.TagKeys ?? []) resource.tags.delete(key);
  return {};
};

const listTagsForResource: ActionHandler<ListTagsForResourceRequest, Wire<ListTagsForResourceResult>> = (input, context) => ({
  ResourceArn: input.ResourceArn,
  Tags: tagListOf(findTaggable(context, input.ResourceArn!)),
});

export const TAG_ACTIONS = {
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
};

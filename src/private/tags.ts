import { TagManager } from 'aws-cdk-lib';
import { TagSpec } from './rules';

/** The tags a TagManager will render, in the validators' terms. */
export function renderTags(tags: TagManager): TagSpec[] {
  const rendered = tags.renderTags() as { Key: string; Value: string }[] | undefined;
  return (rendered ?? []).map(tag => ({ key: tag.Key, value: tag.Value }));
}

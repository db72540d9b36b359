import { idFromNameOrArn } from '../arns';
import { notFound } from '../errors';
import type { ResourceKind } from '../options';
import type { ActionContext } from './context';

/**
 * The resource that a name, id or ARN names, in a table keyed by name or id;
 * ResourceNotFoundException (with the value as given) if there is none.
 */
export function lookup<R>(context: ActionContext, table: ReadonlyMap<string, R>, kind: ResourceKind, nameOrArn: string): R {
  const key = idFromNameOrArn(context.scope, kind, nameOrArn);
  const record = key === undefined ? undefined : table.get(key);
  if (!record) throw notFound(kind, nameOrArn);
  return record;
}

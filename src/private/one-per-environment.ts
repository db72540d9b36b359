import { Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * Another construct of the app that `isRival` picks in the same account and region as `construct`,
 * for what there can be one of per account and region. Environment-agnostic stacks share their
 * tokens, so they count as one environment.
 */
export function rivalInEnvironment(construct: IConstruct, isRival: (other: IConstruct) => boolean): IConstruct | undefined {
  const key = environmentKey(construct);
  return construct.node.root.node.findAll().find(other => other !== construct && isRival(other) && environmentKey(other) === key);
}

/** The account and region of `scope`'s stack, as messages name them. */
export function environmentOf(scope: IConstruct): string {
  const { account, region } = Stack.of(scope);
  return Token.isUnresolved(account) || Token.isUnresolved(region)
    ? 'the account and region their environment-agnostic stacks deploy to'
    : `account ${account} in ${region}`;
}

function environmentKey(scope: IConstruct): string {
  const stack = Stack.of(scope);
  return JSON.stringify([stack.account, stack.region]);
}

import { MUTATING } from '../emulator';
import type { OperationResult } from './operation';
import { seconds } from './progress';

/**
 * The lines that close an operation: its status and time, what it created, updated, replaced,
 * deleted and retained, what the rollback undid, each failure, and the SMS v2 calls by action (and
 * the throttled ones).
 */
export function formatSummary(result: OperationResult): string {
  const lines = [`${result.succeeded ? 'done' : 'FAILED'}: ${result.stackName} ${result.status} in ${seconds(result.durationMs)}`];
  lines.push(`  resources: ${result.created.length} created, ${result.updated.length} updated, ${result.replaced.length} replaced, `
    + `${result.deleted.length} deleted, ${result.retained.length} retained`);
  for (const { logicalId, oldPhysicalId, newPhysicalId } of result.replaced) lines.push(`  replaced ${logicalId}: ${oldPhysicalId} -> ${newPhysicalId}`);
  for (const { logicalId, type, physicalId } of result.retained) lines.push(`  retained ${logicalId} (${type}): ${physicalId}`);
  if (result.rollback) {
    lines.push(`  rolled back: updated back ${list(result.rollback.updated)}; deleted ${list(result.rollback.deleted)}`);
  }
  for (const { logicalId, requestType, reason } of result.failures) lines.push(`  failed ${requestType} of ${logicalId}: ${reason.split('\n')[0]}`);
  const calls = Object.entries(result.apiCalls).sort(([a], [b]) => a.localeCompare(b));
  const total = calls.reduce((sum, [, count]) => sum + count, 0);
  const mutating = calls.filter(([action]) => MUTATING(action)).reduce((sum, [, count]) => sum + count, 0);
  lines.push(`  API calls: ${total} (${mutating} mutating)${calls.length > 0 ? `: ${calls.map(([action, count]) => `${action} ${count}`).join(', ')}` : ''}`);
  const throttled = Object.entries(result.throttledCalls).sort(([a], [b]) => a.localeCompare(b));
  if (throttled.length > 0) lines.push(`  throttled: ${throttled.map(([action, count]) => `${action} ${count}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function list(ids: readonly string[]): string {
  return ids.length > 0 ? ids.join(', ') : 'nothing';
}

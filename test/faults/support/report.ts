/**
 * What a suite of `npm run test:faults` reports besides passing: one row per case it checked (a
 * call × a fault, a payload × a field, a place searched) and its totals (orders created, duplicates,
 * lost, canary hits, violations, uncaught errors). scripts/faults.mjs prints them as tables after
 * the run; a row whose `result` is not "ok" or a total it requires to be 0 fails the command.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** A row's cells, by column; `result` is "ok" or what went wrong. */
export type FaultRow = Record<string, string | number> & { result: string };

export async function reportRow(suite: string, row: FaultRow): Promise<void> {
  // The columns in the row's order: the trip to the server does not keep the order of keys.
  await executeServerCommand('faults-row', { suite, row, columns: Object.keys(row) });
}

export async function reportTotals(suite: string, totals: Record<string, number>): Promise<void> {
  await executeServerCommand('faults-total', { suite, totals });
}

/**
 * Which operation of `api/openapi.yaml` a request addresses, read from the document itself (its
 * paths, methods and operationIds), so that faults are keyed by the same operationIds as the
 * contract, `MockScenario` and the request log. Checked at start against the handlers' list
 * (`OPERATION_IDS`): an operation in one and not the other stops the server.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { OPERATION_IDS } from '../handlers.js';

const DOCUMENT = new URL('../../api/openapi.yaml', import.meta.url);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface Operation {
  id: string;
  method: string;
  pattern: RegExp;
}

export interface OperationMatcher {
  /** The operationIds of the document. */
  readonly ids: readonly string[];
  /** The operationId of `method` on `path` (relative to the API base), or null. */
  match(method: string, path: string): string | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `/sites/{siteId}/orders` → a pattern matching one path segment per parameter. */
function patternOf(path: string): RegExp {
  const parts = path.split(/\{[^}]+\}/).map(escapeRegExp);
  return new RegExp(`^${parts.join('[^/]+')}$`);
}

export function loadOperations(): OperationMatcher {
  const doc = parse(readFileSync(DOCUMENT, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as { operationId?: string } | undefined;
      if (operation?.operationId)
        operations.push({ id: operation.operationId, method: method.toUpperCase(), pattern: patternOf(path) });
    }
  }
  const ids = operations.map((o) => o.id);
  const handled: readonly string[] = OPERATION_IDS;
  const missing = [...ids.filter((id) => !handled.includes(id)), ...handled.filter((id) => !ids.includes(id))];
  if (missing.length)
    throw new Error(`api/openapi.yaml and mocks/handlers.ts disagree on the operations: ${missing.join(', ')}`);
  return {
    ids,
    match(method, path) {
      return operations.find((o) => o.method === method && o.pattern.test(path))?.id ?? null;
    },
  };
}

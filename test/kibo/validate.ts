/**
 * Validation against Kibo Commerce's own API definitions (test/kibo/kibo-openapi.json, derived by
 * scripts/kibo-schemas.mjs): what the Kibo adapter sends and what the Kibo-shaped mock answers must
 * match them. Ajv runs in web-test-runner's Node process (test/kibo/kibo-schema-plugin.mjs): the page
 * cannot import Ajv's CommonJS, so every answer is a promise.
 *
 * Operation ids are ours (Kibo's definitions have none): see the OPERATIONS of the script and
 * docs/KIBO.md. One operation, `createPublicCard` (the payment service's card tokenization), is
 * not in Kibo's definitions: its schema is ours (test/kibo/payment-service-schema.json, from Kibo's
 * storefront code), validated the same way.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** One of Ajv's errors (`ErrorObject`), as it crosses from Node. */
export interface SchemaError {
  /** JSON pointer into the body ("" for the body itself). */
  instancePath: string;
  /** Where in the schema (relative to the compiled schema) the check failed. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface KiboOperation {
  id: string;
  method: string;
  /** As in Kibo's definitions, relative to the API root (`…/api`). */
  path: string;
  /** The definition it comes from, e.g. `openapi_commerce.json`; `payment-service-schema.json` for ours. */
  file: string;
}

interface CheckAnswer {
  errors?: SchemaError[];
  error?: string;
}

async function check(payload: Record<string, unknown>): Promise<SchemaError[]> {
  const answer = await executeServerCommand<CheckAnswer, Record<string, unknown>>('kibo-schema:check', payload);
  if (!answer) throw new Error('the kibo-schema plugin of web-test-runner did not answer');
  if (answer.error) throw new Error(answer.error);
  return answer.errors ?? [];
}

/**
 * Ajv's errors for a request body of an operation (none when it is valid); `undefined` for no body.
 * Rejects when the operation is not in the trimmed document.
 */
export function validateRequest(operationId: string, body: unknown): Promise<SchemaError[]> {
  return check({ operationId, phase: 'request', hasBody: body !== undefined, body });
}

/**
 * Ajv's errors for a response body of an operation with this status (none when it is valid);
 * `undefined` for no body. Rejects when the operation is unknown or the status is not documented.
 */
export function validateResponse(operationId: string, status: number, body: unknown): Promise<SchemaError[]> {
  return check({ operationId, phase: 'response', status, hasBody: body !== undefined, body });
}

/**
 * The operations of the trimmed document and of our payment service schema, and the commit of
 * Kibo's definitions the trimmed document was derived from.
 */
export function kiboOperations(): Promise<{ commit: string; operations: KiboOperation[] }> {
  return executeServerCommand<{ commit: string; operations: KiboOperation[] }, undefined>('kibo-schema:operations');
}

/** Compiles every operation's request schema and success response schemas; one entry per schema. */
export function compileKiboSchemas(): Promise<{ operationId: string; part: string; error?: string }[]> {
  return executeServerCommand<{ operationId: string; part: string; error?: string }[], undefined>(
    'kibo-schema:compile',
  );
}

/** The errors as lines, for assertion messages. */
export function describeErrors(errors: SchemaError[]): string {
  return errors
    .map((e) => `${e.instancePath || '(body)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`)
    .join('\n');
}

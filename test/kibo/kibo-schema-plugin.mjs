// A web-test-runner plugin that validates bodies against Kibo Commerce's own definitions, as trimmed
// by scripts/kibo-schemas.mjs into test/kibo/kibo-openapi.json. Ajv runs here, in Node, because it
// ships as CommonJS, which the test page cannot import (as test/adapter/openapi-contract-plugin.mjs);
// the page asks through `executeServerCommand` (see test/kibo/validate.ts).
//
// A second document is ours: test/kibo/payment-service-schema.json, the payment service's card
// tokenization, which Kibo's definitions do not describe (its `$comment` says where it comes from).
// It is laid out like the trimmed definitions, and read the same way: its operation is one more.
//
// Kibo's files are OpenAPI 3.0, not JSON Schema: before Ajv compiles them, `nullable: true` becomes
// a "null" type, and `allOf` (Kibo's inheritance: a base schema and the derived one's properties)
// is merged into one object schema, since the `additionalProperties: false` of a base or a derived
// schema would otherwise reject the other's properties.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';

const Ajv = AjvModule.default ?? AjvModule;
/** The documents, by the id Ajv knows each by: Kibo's trimmed definitions first (their commit is the one named). */
const DOCUMENTS = ['kibo-openapi.json', 'payment-service-schema.json'].map((id) => ({
  id,
  path: fileURLToPath(new URL(`./${id}`, import.meta.url)),
}));
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const JSON_TYPE = 'application/json';
/** Keys whose value maps names (of properties, media types, statuses…) to nodes. */
const MAPS = new Set(['properties', 'patternProperties', 'content', 'responses', 'schemas', 'requestBodies', 'paths']);

/** JSON pointer escaping of one segment (RFC 6901). */
const escape = (segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

/** The component a local `$ref` points at. */
function target(doc, ref) {
  return ref
    .slice(2)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((value, key) => value?.[key], doc);
}

/** `allOf` merged into one object schema: the members' properties and required, then the schema's own. */
function flatten(doc, schema, seen = new Set()) {
  if (!schema?.allOf) return schema;
  const { allOf, ...own } = schema;
  const properties = {};
  const required = new Set();
  for (const member of allOf) {
    if (member.$ref && seen.has(member.$ref)) throw new Error(`allOf cycle at ${member.$ref}`);
    const resolved = flatten(doc, member.$ref ? target(doc, member.$ref) : member, new Set([...seen, member.$ref]));
    Object.assign(properties, resolved.properties);
    for (const name of resolved.required ?? []) required.add(name);
  }
  Object.assign(properties, own.properties);
  for (const name of own.required ?? []) required.add(name);
  return {
    ...own,
    type: 'object',
    properties,
    ...(required.size ? { required: [...required] } : {}),
  };
}

/** OpenAPI 3.0's `nullable` as JSON Schema. */
function nullable(schema) {
  const { nullable: isNullable, ...rest } = schema;
  if (isNullable !== true) return rest;
  if (typeof rest.type === 'string') {
    return {
      ...rest,
      type: [rest.type, 'null'],
      ...(rest.enum ? { enum: [...rest.enum, null] } : {}),
    };
  }
  return Object.keys(rest).length ? { anyOf: [{ type: 'null' }, rest] } : rest;
}

/** The document as JSON Schema for Ajv; `map` is true where the keys are names, not keywords. */
function convert(doc, node, map = false) {
  if (Array.isArray(node)) return node.map((n) => convert(doc, n));
  if (!node || typeof node !== 'object') return node;
  const source = map ? node : flatten(doc, node);
  const out = {};
  for (const [key, value] of Object.entries(source)) {
    out[key] = convert(doc, value, !map && MAPS.has(key));
  }
  return map ? out : nullable(out);
}

const INT32 = { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 };

function createAjv() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('int32', INT32);
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
  return ajv;
}

let cache;

/** Loads (and reloads when one changed, in watch mode) the documents and registers them with Ajv. */
async function load() {
  const stamps = await Promise.all(DOCUMENTS.map(async ({ path }) => (await stat(path)).mtimeMs));
  const mtime = stamps.join(',');
  if (cache?.mtime === mtime) return cache;
  const ajv = createAjv();
  const operations = new Map();
  const docs = new Map();
  let commit;
  for (const { id, path } of DOCUMENTS) {
    const raw = JSON.parse(await readFile(path, 'utf8'));
    const doc = convert(raw, raw);
    commit ??= raw.info?.['x-source-commit'];
    docs.set(id, doc);
    // One schema per document: its `#/components/...` refs resolve against it, validators are taken by pointer.
    ajv.addSchema(doc, id);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        if (operations.has(operation.operationId)) throw new Error(`${operation.operationId} is defined twice`);
        operations.set(operation.operationId, {
          id: operation.operationId,
          method: method.toUpperCase(),
          path,
          file: operation['x-kibo-file'],
          document: id,
          pointer: `#/paths/${escape(path)}/${method}`,
          operation,
        });
      }
    }
  }
  cache = { mtime, docs, ajv, operations, commit };
  return cache;
}

/** Follows `$ref`s to requestBodies or responses, keeping the pointer of what was reached. */
function follow(doc, node, pointer) {
  let current = node;
  let at = pointer;
  while (current && typeof current.$ref === 'string') {
    at = current.$ref;
    current = target(doc, at);
  }
  return { value: current, pointer: at };
}

const problem = (keyword, message, schemaPath) => ({ instancePath: '', schemaPath, keyword, params: {}, message });

function validate(ajv, document, pointer, body) {
  const check = ajv.getSchema(`${document}${pointer}`);
  if (!check) throw new Error(`no schema at ${pointer}`);
  return check(body)
    ? []
    : check.errors.map(({ instancePath, schemaPath, keyword, params, message }) => ({
        instancePath,
        schemaPath,
        keyword,
        params,
        message,
      }));
}

/** The JSON schema pointer of an operation's request body, or null when it takes none. */
function requestSchema(doc, found) {
  if (!found.operation.requestBody) return null;
  const body = follow(doc, found.operation.requestBody, `${found.pointer}/requestBody`);
  if (!body.value.content?.[JSON_TYPE]) return null;
  return { pointer: `${body.pointer}/content/${escape(JSON_TYPE)}/schema`, required: body.value.required === true };
}

/** The response documented for a status (exact, then `2XX`-style, then default), with its schema pointer. */
function responseSchema(doc, found, status) {
  const responses = found.operation.responses ?? {};
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => responses[k]);
  if (!key) return undefined;
  const response = follow(doc, responses[key], `${found.pointer}/responses/${escape(key)}`);
  return response.value.content?.[JSON_TYPE]
    ? { key, pointer: `${response.pointer}/content/${escape(JSON_TYPE)}/schema` }
    : { key, pointer: null };
}

function successStatuses(found) {
  return Object.keys(found.operation.responses ?? {}).filter((k) => /^2/.test(k));
}

/**
 * payload: { operationId, phase: 'request' | 'response', status?, hasBody, body? }. Answers
 * { errors } (Ajv's error objects; none when the body is valid) or { error } when the question
 * itself is wrong (an unknown operation, an undocumented status).
 */
async function check(payload) {
  const { docs, ajv, operations } = await load();
  const found = operations.get(payload.operationId);
  if (!found) {
    const names = DOCUMENTS.map((d) => d.id).join(' or ');
    return { error: `${payload.operationId} is not an operation of ${names}` };
  }
  const doc = docs.get(found.document);
  if (payload.phase === 'request') {
    const schema = requestSchema(doc, found);
    if (!schema) {
      return { errors: payload.hasBody ? [problem('requestBody', 'this operation takes no body', found.pointer)] : [] };
    }
    if (!payload.hasBody) {
      return { errors: schema.required ? [problem('required', 'the body is missing', schema.pointer)] : [] };
    }
    return { errors: validate(ajv, found.document, schema.pointer, payload.body) };
  }
  const response = responseSchema(doc, found, payload.status);
  if (!response) return { error: `status ${payload.status} is not documented for ${found.id}` };
  if (!response.pointer) {
    return { errors: payload.hasBody ? [problem('content', 'this response has no body', found.pointer)] : [] };
  }
  if (!payload.hasBody) return { errors: [problem('required', 'the body is missing', response.pointer)] };
  return { errors: validate(ajv, found.document, response.pointer, payload.body) };
}

/** Compiles every operation's request schema and success response schemas; answers what failed. */
async function compileAll() {
  const { docs, ajv, operations } = await load();
  const compiled = [];
  for (const found of operations.values()) {
    const doc = docs.get(found.document);
    const parts = [];
    const request = requestSchema(doc, found);
    if (request) parts.push(['request', request.pointer]);
    for (const status of successStatuses(found)) {
      const response = responseSchema(doc, found, status);
      if (response?.pointer) parts.push([`response ${status}`, response.pointer]);
    }
    for (const [part, pointer] of parts) {
      try {
        if (!ajv.getSchema(`${found.document}${pointer}`)) throw new Error(`no schema at ${pointer}`);
        compiled.push({ operationId: found.id, part });
      } catch (error) {
        compiled.push({ operationId: found.id, part, error: String(error.message ?? error) });
      }
    }
  }
  return compiled;
}

export function kiboSchemaPlugin() {
  return {
    name: 'kibo-schema',
    async executeCommand({ command, payload }) {
      if (command === 'kibo-schema:check') return check(payload);
      if (command === 'kibo-schema:compile') return compileAll();
      if (command === 'kibo-schema:operations') {
        const { operations, commit } = await load();
        return {
          commit,
          operations: [...operations.values()].map(({ id, method, path, file }) => ({ id, method, path, file })),
        };
      }
      return undefined;
    },
  };
}

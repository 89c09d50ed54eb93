// A web-test-runner plugin that checks HTTP exchanges against api/openapi.yaml with Ajv (JSON
// Schema 2020-12, the dialect of OpenAPI 3.1). It runs in Node because Ajv ships as CommonJS,
// which the test page cannot import; the page sends each exchange through `executeServerCommand`
// (see test/adapter/contract.ts). This is the guard that keeps the contract, the REST adapter and
// the mock backend from drifting apart.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import YAML from 'yaml';

const DOCUMENT = fileURLToPath(new URL('../../api/openapi.yaml', import.meta.url));
const DOCUMENT_ID = 'openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** JSON pointer escaping of one segment (RFC 6901). */
const escape = (segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

let cache;

/** Loads (and reloads when it changed, in watch mode) the document and compiles its validators. */
async function load() {
  const { mtimeMs } = await stat(DOCUMENT);
  if (cache?.mtimeMs === mtimeMs) return cache;
  const doc = YAML.parse(await readFile(DOCUMENT, 'utf8'));
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  // The whole document is registered once, so that the `#/components/...` refs of every schema,
  // wherever it sits, resolve against it; validators are then taken by JSON pointer.
  ajv.addSchema(doc, DOCUMENT_ID);

  const operations = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operations.push({
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        pattern,
        pointer: `#/paths/${escape(path)}/${method}`,
        operation,
        parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve(doc, p).value),
      });
    }
  }
  cache = { mtimeMs, doc, ajv, operations, servers: (doc.servers ?? []).map((s) => s.url) };
  return cache;
}

/** Follows a `$ref` of the document (responses, parameters), keeping the pointer of the target. */
function resolve(doc, node, pointer) {
  let current = node;
  let at = pointer;
  while (current && typeof current.$ref === 'string') {
    at = current.$ref;
    current = at
      .slice(2)
      .split('/')
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((value, key) => value?.[key], doc);
  }
  return { value: current, pointer: at };
}

function validate(ajv, pointer, body) {
  const check = ajv.getSchema(`${DOCUMENT_ID}${pointer}`);
  if (!check) return [`no schema at ${pointer}`];
  if (check(body)) return [];
  return check.errors.map(
    (e) => `${e.instancePath || '(body)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
}

const mediaType = (contentType) => (contentType ?? '').split(';')[0].trim().toLowerCase();

/**
 * Checks one exchange. `payload`: { method, url, requestHeaders, requestBody?, status?,
 * responseContentType?, responseBody? } (bodies as text). Answers { operationId, errors }.
 */
async function check(payload) {
  const { doc, ajv, operations, servers } = await load();
  const errors = [];
  let { pathname } = new URL(payload.url, 'http://contract.test');
  const server = servers.find((s) => pathname.startsWith(`${s}/`));
  if (server) pathname = pathname.slice(server.length);
  const found = operations.find((o) => o.method === payload.method && o.pattern.test(pathname));
  if (!found)
    return { operationId: null, errors: [`${payload.method} ${pathname} is not an operation of the contract`] };
  const { operation, pointer } = found;

  if (payload.phase === 'request') {
    for (const parameter of found.parameters) {
      if (parameter.in === 'header' && parameter.required && !payload.requestHeaders?.[parameter.name.toLowerCase()]) {
        errors.push(`request: the required header ${parameter.name} is missing`);
      }
    }
    if (operation.requestBody) {
      const body = resolve(doc, operation.requestBody, `${pointer}/requestBody`);
      const json = body.value.content?.['application/json'];
      if (payload.requestBody === undefined) {
        if (body.value.required) errors.push('request: the body is missing');
      } else if (json) {
        let parsed;
        try {
          parsed = JSON.parse(payload.requestBody);
        } catch {
          errors.push('request: the body is not JSON');
        }
        if (parsed !== undefined) {
          const at = `${body.pointer}/content/${escape('application/json')}/schema`;
          errors.push(...validate(ajv, at, parsed).map((e) => `request ${e}`));
        }
      }
    } else if (payload.requestBody !== undefined) {
      errors.push('request: this operation takes no body');
    }
    return { operationId: found.id, errors };
  }

  const status = String(payload.status);
  const key = [status, `${status[0]}XX`, 'default'].find((k) => operation.responses?.[k]);
  if (!key) return { operationId: found.id, errors: [`response: status ${status} is not documented`] };
  const response = resolve(doc, operation.responses[key], `${pointer}/responses/${escape(key)}`);
  const content = response.value.content;
  if (content) {
    const type = mediaType(payload.responseContentType);
    if (!content[type]) {
      errors.push(`response ${status}: content type "${type}" is not one of ${Object.keys(content).join(', ')}`);
    } else {
      let parsed;
      try {
        parsed = JSON.parse(payload.responseBody ?? '');
      } catch {
        errors.push(`response ${status}: the body is not JSON`);
      }
      if (parsed !== undefined) {
        const at = `${response.pointer}/content/${escape(type)}/schema`;
        errors.push(...validate(ajv, at, parsed).map((e) => `response ${status} ${e}`));
      }
    }
  }
  return { operationId: found.id, errors };
}

export function openapiContractPlugin() {
  return {
    name: 'openapi-contract',
    async executeCommand({ command, payload }) {
      if (command === 'openapi-contract:check') return check(payload);
      if (command === 'openapi-contract:operations') return (await load()).operations.map((o) => o.id);
      return undefined;
    },
  };
}

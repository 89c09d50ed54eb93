// Derives test/kibo/kibo-openapi.json from Kibo Commerce's published OpenAPI definitions: only the
// operations the Kibo adapter calls (OPERATIONS below, mapped in docs/KIBO.md) and every component
// they reference, transitively, without descriptions, summaries, examples or x-* extensions, in one
// document with sorted keys. The result is committed, so the project builds and tests without the
// definitions themselves; run this again when OPERATIONS changes or the definitions are updated.
//
//   node scripts/kibo-schemas.mjs                reads ../shared/kibo-openapi (beside the repository)
//   node scripts/kibo-schemas.mjs --from <dir>   reads the definitions from <dir>
//
// Kibo's definitions carry no operationId: the ids below are ours, written into the output as each
// operation's `operationId`, and used by test/kibo/validate.ts. Each operation also keeps the file
// it came from (`x-kibo-file`). Component names shared by several files with different content are
// prefixed with their file (`customer.CommerceRuntimeAddress`); the others keep Kibo's names.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import process from 'node:process';
import prettier from 'prettier';

/** The operations the adapter uses: id (ours), source file (openapi_<file>.json), method, path as in Kibo's file. */
const OPERATIONS = [
  // Sites and customer sets
  { id: 'getTenant', file: 'tenant', method: 'get', path: '/platform/tenants/{tenantId}' },
  { id: 'getCustomerSets', file: 'customer', method: 'get', path: '/commerce/customer/customerSets' },
  // Customers
  { id: 'getAccounts', file: 'customer', method: 'get', path: '/commerce/customer/accounts' },
  { id: 'addAccount', file: 'customer', method: 'post', path: '/commerce/customer/accounts' },
  { id: 'getAccount', file: 'customer', method: 'get', path: '/commerce/customer/accounts/{accountId}' },
  { id: 'updateAccount', file: 'customer', method: 'put', path: '/commerce/customer/accounts/{accountId}' },
  {
    id: 'addAccountContact',
    file: 'customer',
    method: 'post',
    path: '/commerce/customer/accounts/{accountId}/contacts',
  },
  {
    id: 'updateAccountContact',
    file: 'customer',
    method: 'put',
    path: '/commerce/customer/accounts/{accountId}/contacts/{contactId}',
  },
  {
    id: 'deleteAccountContact',
    file: 'customer',
    method: 'delete',
    path: '/commerce/customer/accounts/{accountId}/contacts/{contactId}',
  },
  // Products, options, stock, locations
  {
    id: 'searchProducts',
    file: 'catalog_storefront',
    method: 'get',
    path: '/commerce/catalog/storefront/productsearch/search',
  },
  {
    id: 'getProduct',
    file: 'catalog_storefront',
    method: 'get',
    path: '/commerce/catalog/storefront/products/{productCode}',
  },
  {
    id: 'configureProduct',
    file: 'catalog_storefront',
    method: 'post',
    path: '/commerce/catalog/storefront/products/{productCode}/configure',
  },
  {
    id: 'getLocationInventory',
    file: 'catalog_storefront',
    method: 'get',
    path: '/commerce/catalog/storefront/products/{productCode}/locationinventory',
  },
  {
    id: 'getLocationInventories',
    file: 'catalog_storefront',
    method: 'post',
    path: '/commerce/catalog/storefront/products/locationinventory',
  },
  { id: 'getInventory', file: 'inventory', method: 'post', path: '/commerce/inventory/v5/inventory' },
  {
    id: 'getAggregateInventory',
    file: 'inventory',
    method: 'post',
    path: '/commerce/inventory/v5/inventory/aggregate',
  },
  {
    id: 'getDirectShipLocation',
    file: 'location_storefront',
    method: 'get',
    path: '/commerce/storefront/locationUsageTypes/DS/location',
  },
  {
    id: 'getInStorePickupLocations',
    file: 'location_storefront',
    method: 'get',
    path: '/commerce/storefront/locationUsageTypes/SP/locations',
  },
  {
    id: 'getDeliveryLocations',
    file: 'location_storefront',
    method: 'get',
    path: '/commerce/storefront/locationUsageTypes/DL/locations',
  },
  // Price lists, pricing, shipping
  {
    id: 'getPriceList',
    file: 'catalog_storefront',
    method: 'get',
    path: '/commerce/catalog/storefront/pricelists/{priceListCode}',
  },
  {
    id: 'getResolvedPriceList',
    file: 'catalog_storefront',
    method: 'get',
    path: '/commerce/catalog/storefront/pricelists/resolved',
  },
  { id: 'priceOrder', file: 'commerce', method: 'post', path: '/commerce/orders/price' },
  {
    id: 'requestRates',
    file: 'shipping_storefront',
    method: 'post',
    path: '/commerce/catalog/storefront/shipping/request-rates',
  },
  {
    id: 'getAvailableShipmentMethods',
    file: 'commerce',
    method: 'get',
    path: '/commerce/orders/{orderId}/shipments/methods',
  },
  // Payments
  { id: 'getCheckoutSettings', file: 'settings', method: 'get', path: '/commerce/settings/checkout' },
  { id: 'getCredit', file: 'customer', method: 'get', path: '/commerce/customer/credits/{code}' },
  // Orders: the list, the submit sequence, the look-up by our key
  { id: 'getOrders', file: 'commerce', method: 'get', path: '/commerce/orders' },
  { id: 'getOrder', file: 'commerce', method: 'get', path: '/commerce/orders/{orderId}' },
  { id: 'createOrder', file: 'commerce', method: 'post', path: '/commerce/orders' },
  { id: 'createOrderItem', file: 'commerce', method: 'post', path: '/commerce/orders/{orderId}/items' },
  { id: 'setFulfillmentInfo', file: 'commerce', method: 'put', path: '/commerce/orders/{orderId}/fulfillmentinfo' },
  { id: 'setBillingInfo', file: 'commerce', method: 'put', path: '/commerce/orders/{orderId}/billinginfo' },
  { id: 'applyCoupon', file: 'commerce', method: 'put', path: '/commerce/orders/{orderId}/coupons/{couponCode}' },
  { id: 'createPaymentAction', file: 'commerce', method: 'post', path: '/commerce/orders/{orderId}/payments/actions' },
  { id: 'getPayments', file: 'commerce', method: 'get', path: '/commerce/orders/{orderId}/payments' },
  { id: 'getAvailableActions', file: 'commerce', method: 'get', path: '/commerce/orders/{orderId}/actions' },
  { id: 'performOrderAction', file: 'commerce', method: 'post', path: '/commerce/orders/{orderId}/actions' },
];

const root = resolve(import.meta.dirname, '..');
const OUTPUT = resolve(root, 'test/kibo/kibo-openapi.json');
/** The media type kept; Kibo's files also list text/json and text/plain with the same schemas. */
const JSON_TYPE = 'application/json';
/** Keys dropped wherever they are keywords (never where they name a property, a media type, a status…). */
const DROPPED = new Set(['description', 'summary', 'example', 'examples', 'title', 'externalDocs']);
/** Keys whose value is a map of names: its keys are kept whatever they are, its values stripped. */
const MAPS = new Set(['properties', 'patternProperties', 'content', 'responses', 'variables', 'headers', 'encoding']);

function parseArgs(argv) {
  const at = argv.indexOf('--from');
  if (at >= 0 && !argv[at + 1]) throw new Error('--from needs a directory');
  return { from: at >= 0 ? resolve(argv[at + 1]) : resolve(root, '../shared/kibo-openapi') };
}

/** Drops the documentation and the extensions of a definition's node, keeping the names of maps. */
function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    out[key] =
      MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value) ? stripMap(value) : strip(value);
  }
  return out;
}

function stripMap(map) {
  return Object.fromEntries(Object.entries(map).map(([name, value]) => [name, strip(value)]));
}

/** Keeps only application/json in a request body's or response's `content`. */
function onlyJson(holder) {
  if (!holder?.content) return holder;
  const json = holder.content[JSON_TYPE];
  return { ...holder, content: json ? { [JSON_TYPE]: json } : {} };
}

const REF = /^#\/components\/([^/]+)\/([^/]+)$/;

/** Every `$ref` under a node, as [kind, name]. */
function refsOf(node, found = []) {
  if (Array.isArray(node)) node.forEach((n) => refsOf(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const match = REF.exec(value);
        if (!match) throw new Error(`unsupported $ref ${value}`);
        found.push([match[1], match[2]]);
      } else refsOf(value, found);
    }
  }
  return found;
}

/** Rewrites the `$ref`s under a node through `rename(kind, name)`. */
function rewriteRefs(node, rename) {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, rename));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const [, kind, name] = REF.exec(value);
      out[key] = `#/components/${kind}/${rename(kind, name)}`;
    } else out[key] = rewriteRefs(value, rename);
  }
  return out;
}

/** Objects with their keys sorted, recursively (arrays keep their order). */
function sortKeys(node) {
  if (Array.isArray(node)) return node.map(sortKeys);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.keys(node)
      .sort()
      .map((key) => [key, sortKeys(node[key])]),
  );
}

async function main() {
  const { from } = parseArgs(process.argv.slice(2));
  const commit = (await readFile(resolve(from, 'SOURCE-COMMIT'), 'utf8')).trim();
  const files = new Map();
  for (const file of new Set(OPERATIONS.map((o) => o.file))) {
    files.set(file, JSON.parse(await readFile(resolve(from, `openapi_${file}.json`), 'utf8')));
  }

  // The operations, stripped, with their path-level parameters and only JSON bodies.
  const paths = {};
  const ids = new Set();
  for (const { id, file, method, path } of OPERATIONS) {
    if (ids.has(id)) throw new Error(`operation id ${id} is listed twice`);
    ids.add(id);
    const item = files.get(file).paths[path];
    const operation = item?.[method];
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in openapi_${file}.json`);
    if (paths[path]?.[method]) throw new Error(`${method.toUpperCase()} ${path} comes from two files`);
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
    const kept = strip({
      ...operation,
      operationId: id,
      ...(parameters.length ? { parameters } : {}),
      ...(operation.requestBody ? { requestBody: onlyJson(operation.requestBody) } : {}),
      responses: Object.fromEntries(Object.entries(operation.responses ?? {}).map(([k, r]) => [k, onlyJson(r)])),
    });
    kept['x-kibo-file'] = `openapi_${file}.json`;
    paths[path] = { ...paths[path], [method]: { file, operation: kept } };
  }

  // The $ref closure of each file's operations: file -> "kind/name" -> stripped component.
  const closure = new Map([...files.keys()].map((file) => [file, new Map()]));
  for (const [, methods] of Object.entries(paths)) {
    for (const { file, operation } of Object.values(methods)) {
      const queue = refsOf(operation);
      const seen = closure.get(file);
      while (queue.length) {
        const [kind, name] = queue.pop();
        const key = `${kind}/${name}`;
        if (seen.has(key)) continue;
        const component = files.get(file).components?.[kind]?.[name];
        if (!component) throw new Error(`openapi_${file}.json has no #/components/${key}`);
        const stripped = strip(component);
        seen.set(key, stripped);
        queue.push(...refsOf(stripped));
      }
    }
  }

  // A name keeps Kibo's spelling unless files disagree on its content, or on a component it
  // references (which would then be renamed): repeated until nothing more is found to disagree.
  const owners = new Map();
  for (const [file, components] of closure) {
    for (const [key, value] of components) owners.set(key, [...(owners.get(key) ?? []), { file, value }]);
  }
  const text = (value) => JSON.stringify(sortKeys(value));
  const conflicting = new Set(
    [...owners].filter(([, list]) => new Set(list.map((o) => text(o.value))).size > 1).map(([key]) => key),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, list] of owners) {
      if (conflicting.has(key) || list.length < 2) continue;
      if (list.some((o) => refsOf(o.value).some(([k, n]) => conflicting.has(`${k}/${n}`)))) {
        conflicting.add(key);
        changed = true;
      }
    }
  }
  const renamer = (file) => (kind, name) => (conflicting.has(`${kind}/${name}`) ? `${file}.${name}` : name);

  const components = {};
  for (const [file, list] of closure) {
    for (const [key, value] of list) {
      const [kind, name] = key.split('/');
      components[kind] ??= {};
      components[kind][renamer(file)(kind, name)] = rewriteRefs(value, renamer(file));
    }
  }
  const outPaths = {};
  for (const [path, methods] of Object.entries(paths)) {
    outPaths[path] = {};
    for (const [method, { file, operation }] of Object.entries(methods)) {
      outPaths[path][method] = rewriteRefs(operation, renamer(file));
    }
  }

  const first = files.get('commerce') ?? files.values().next().value;
  const doc = sortKeys({
    openapi: first.openapi,
    info: {
      title: 'Kibo Commerce REST API: the operations of the offline-order-elements Kibo adapter',
      version: first.info?.version ?? '',
      'x-source': 'Kibo Commerce published OpenAPI definitions',
      'x-source-commit': commit,
      'x-source-files': [...files.keys()].map((f) => `openapi_${f}.json`).sort(),
      'x-generated-by': 'scripts/kibo-schemas.mjs',
    },
    servers: strip(first.servers ?? []),
    security: first.security ?? [],
    paths: outPaths,
    components: { ...components, securitySchemes: strip(first.components?.securitySchemes ?? {}) },
  });

  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  const output = await prettier.format(JSON.stringify(doc), { ...options, parser: 'json', filepath: OUTPUT });
  await mkdir(dirname(OUTPUT), { recursive: true });
  await writeFile(OUTPUT, output);

  const counts = Object.entries(components)
    .map(([kind, map]) => `${Object.keys(map).length} ${kind}`)
    .join(', ');
  console.log(`Kibo definitions at ${from} (commit ${commit})`);
  console.log(
    `wrote ${relative(root, OUTPUT)}: ${OPERATIONS.length} operations, ${counts}, ${Buffer.byteLength(output)} bytes`,
  );
  if (conflicting.size)
    console.log(`prefixed with their file (content differs between files): ${[...conflicting].sort().join(', ')}`);
  for (const { id, file, method, path } of OPERATIONS)
    console.log(`  ${id}: ${method.toUpperCase()} ${path} (openapi_${file}.json)`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});

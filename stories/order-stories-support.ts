// Shared by the line item editor and Order Details stories: a mock backend per story, drafts built
// from the seed, and drivers that act as an agent does.
import { MockBackend, type MockBackendOptions } from '../mocks/backend.js';
import { createHandlers } from '../mocks/handlers.js';
import { REALISTIC_LATENCY } from '../mocks/browser.js';
import type { MockScenario, MockScenarioInit } from '../mocks/scenario.js';
import { storyScenario } from './story-scenario.js';
import { addLine, createDraft, setCustomer } from '../src/model/draft.js';
import type { Fulfillment, OrderDraft } from '../src/model/types.js';
import { ALL_SITES } from '../mocks/seed.js';

export const US = ALL_SITES.find((site) => site.id === 'us')!;
const SEED: MockBackendOptions = { seed: { siteIds: ['us'], emptyOrders: true } };

/** The catalog and customers, to build the stories' drafts (the same seed as every story backend). */
export const catalog = new MockBackend(SEED);

/**
 * A story's own stateful backend behind its own base URL; `setup` scripts its scenario (a held or
 * failing call).
 */
export function mockApi(name: string, scenario: MockScenarioInit = {}, setup?: (scenario: MockScenario) => void) {
  const baseUrl = `/api/stories/${name}/v1`;
  const script = storyScenario({ latency: REALISTIC_LATENCY, ...scenario });
  setup?.(script);
  let backend: MockBackend | undefined;
  const lazy = new Proxy({} as MockBackend, {
    get(_target, property) {
      backend ??= new MockBackend(SEED);
      const value: unknown = Reflect.get(backend, property, backend);
      return typeof value === 'function' ? value.bind(backend) : value;
    },
  });
  return { apiBaseUrl: baseUrl, msw: { handlers: createHandlers(lazy, { baseUrl, scenario: script }) } };
}

export const SHIP: Fulfillment = { kind: 'ship', locationId: null, locationName: null };
export const PICKUP_DOWNTOWN: Fulfillment = { kind: 'pickup', locationId: 'downtown', locationName: 'Downtown Store' };
export const DELIVERY_UPTOWN: Fulfillment = { kind: 'delivery', locationId: 'uptown', locationName: 'Uptown Store' };

/** A US draft for Ada Lovelace with the given items, at their catalog prices. */
export function draftWith(
  items: { productId: string; variantId?: string; quantity?: number; fulfillment: Fulfillment }[],
): OrderDraft {
  let draft = setCustomer(createDraft({ site: US }), catalog.findCustomer('ada') ?? null);
  for (const item of items) {
    const product = catalog.getProduct('us', item.productId);
    const variant = product.variants.find((v) => v.id === item.variantId);
    draft = addLine(draft, {
      productId: product.id,
      variantId: variant?.id ?? null,
      productName: product.name,
      code: variant?.code ?? product.code,
      options: Object.entries(variant?.options ?? {}).map(([name, value]) => ({ name, value })),
      quantity: item.quantity ?? 1,
      fulfillment: item.fulfillment,
      unitPrice: product.price,
      imageUrl: product.imageUrl,
    });
  }
  return draft;
}

/** Waits for what a story needs to show (the mock answers after a realistic latency). */
export async function until<T>(get: () => T | null | undefined | false, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = get();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error('The story did not reach its state.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Types into the product search and picks the suggestion named `name`. */
export async function pickProduct(editor: HTMLElement, name: string): Promise<void> {
  const root = editor.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('[role="combobox"]')!;
  input.focus();
  input.value = name;
  input.dispatchEvent(new Event('input'));
  const option = await until(() =>
    [...root.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent?.includes(name)),
  );
  option.click();
}

/** Chooses option values in the open "Configure Product" dialog. */
export async function configure(editor: HTMLElement, choice: Record<string, string>): Promise<void> {
  const root = editor.shadowRoot!;
  await until(() => root.querySelector('dialog[open]'));
  for (const [name, value] of Object.entries(choice)) {
    const label = [...root.querySelectorAll('dialog label')].find((l) => l.textContent?.trim().startsWith(name))!;
    const select = root.getElementById(label.getAttribute('for')!) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

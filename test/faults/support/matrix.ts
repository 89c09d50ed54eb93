/**
 * The fault matrix of `npm run test:faults`: every adapter call the elements make × every fault a
 * backend can answer with. A `MatrixStep` drives one element as an agent does up to the call (the
 * typed inputs in place), makes the call meet the fault, and then the row checks:
 * - the draft and every typed input are deep-equal before and after (`formState`, `step.state`);
 * - a message shown names what failed (`step.names`);
 * - nothing was thrown uncaught (window `error` / `unhandledrejection`);
 * - once the fault is removed, the step succeeds (its Retry where the element offers one, else the
 *   agent's action again).
 * The faults are the mock scenario's (mocks/scenario.ts), injected through a `FaultInjector`: over
 * MSW in the page, or over real HTTP (the mock served by `npm run serve:mock`).
 */
import { waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import type { MockBackend } from '../../../mocks/backend.js';
import type { Fault, FaultOptions } from '../../../mocks/scenario.js';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { Problem } from '../../../src/model/types.js';
import { reportRow, reportTotals, type FaultRow } from './report.js';

/** One fault of the matrix: its name in the table and how the scenario makes it. */
export interface FaultCase {
  name: string;
  fault: Fault;
  options?: FaultOptions;
}

/** A field error the 400 carries; a step that shows field errors names its own path. */
export const FIELD_ERROR = (path: string): Problem[] => [
  { path, code: 'invalid', message: 'The order service refused this value.' },
];

/**
 * The faults, each queued for enough calls to outlast the adapter's retries (the matrix's adapter
 * retries once). Retry-After is 1 s on the 429 (a real wait, honoured), 0 elsewhere.
 */
export function faultCases(fieldPath: string): FaultCase[] {
  return [
    { name: 'network error', fault: 'network' },
    { name: '400 with field errors', fault: 400, options: { errors: FIELD_ERROR(fieldPath) } },
    { name: '404', fault: 404 },
    { name: '409', fault: 409, options: { retryAfter: 0 } },
    { name: '429 with Retry-After', fault: 429, options: { retryAfter: 1 } },
    { name: '500', fault: 500, options: { retryAfter: 0 } },
    { name: '503', fault: 503, options: { retryAfter: 0 } },
    { name: 'malformed JSON', fault: 'malformed' },
    { name: 'required fields missing', fault: 'missing-fields' },
    { name: 'wrong kind (currency ZZZ)', fault: 'wrong-kind' },
    { name: 'hang past the timeout', fault: 'timeout' },
    { name: 'redirect', fault: 'redirect' },
  ];
}

/** How a fault reaches the backend's answers. */
export interface FaultInjector {
  /** Which transport: "MSW" or "HTTP". */
  readonly transport: string;
  /** The next calls of `operationId` meet `fault` until `clear()`. */
  inject(operationId: string, fault: Fault, options?: FaultOptions): Promise<void>;
  /** The fault is removed: calls are served again. */
  clear(): Promise<void>;
}

/** The state of a step once driven up to its call: the element(s) and whatever the step keeps. */
export interface StepContext {
  /** The root whose typed inputs must survive the fault (an element; its shadow roots are walked). */
  root: Element;
  /** The draft (or anything else) that must survive, read when asked. */
  state?: () => unknown;
}

export interface MatrixStep {
  /** The call, as the table names it ("customer search"). */
  call: string;
  /** The mock's operationId of the call. */
  operationId: string;
  /** The path of the field a 400's field error names (where the element shows field errors). */
  fieldPath: string;
  /** What the message must name (the call's action), e.g. /search customers/i. */
  names: RegExp;
  /**
   * False for a step whose action is the page loading (nothing typed yet: the controls it renders
   * are new, not changed); its `state` (the stored draft) must still survive.
   */
  typed?: boolean;
  /**
   * Which controls (by name) must survive as typed; default every one under `root`. A step leaves
   * out only controls the element clears by design after some failures (the card number a
   * tokenizer calls invalid), and asserts in `message` what the element promises of them.
   */
  kept?: (name: string) => boolean;
  /** Faults that cannot apply to the call, by name, each with why (the row reports "skipped: why"). */
  skip?: Partial<Record<string, string>>;
  /** Renders and drives the element(s) up to the call, typed inputs in place. */
  setup(): Promise<StepContext>;
  /**
   * The agent's action that makes the call; resolves without waiting for its answer (the inputs
   * and the draft are read right after it, before the fault arrives).
   */
  act(context: StepContext): Promise<void>;
  /** Waits, after the action, for what the agent sees before the answer (the draft rendered). */
  settle?(context: StepContext): Promise<unknown>;
  /** After the fault: the message the element shows (resolves once shown). */
  message(context: StepContext): Promise<string>;
  /** With the fault removed: the Retry the element offers, or the action again. */
  retry(context: StepContext): Promise<void>;
  /** Resolves once the step has succeeded. */
  succeeded(context: StepContext): Promise<void>;
  /** Cleans up (removes elements); optional. */
  teardown?(context: StepContext): Promise<void> | void;
}

/** One typed control: its place, its name, its value (and whether checked). */
interface ControlState {
  name: string;
  value: string;
  checked?: boolean;
}

/** Every form control under `root`, through shadow roots, in document order. */
export function formState(root: Element): ControlState[] {
  const out: ControlState[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (
        child instanceof HTMLInputElement ||
        child instanceof HTMLSelectElement ||
        child instanceof HTMLTextAreaElement
      ) {
        const label = child.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        out.push({
          name: label || child.getAttribute('aria-label') || child.name || child.id,
          value: child.value,
          ...(child instanceof HTMLInputElement && /checkbox|radio/.test(child.type) ? { checked: child.checked } : {}),
        });
      }
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** The messages shown under `root` (alerts, statuses, error parts), through shadow roots. */
export function shownMessages(root: Element): string[] {
  const out: string[] = [];
  const selector = '[role="alert"], [role="status"], [part~="error"], [part~="submit-error"], [part~="field-error"]';
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll(selector)) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** The elements under `root` matching `selector`, through shadow roots. */
export function deepAll(root: Element, selector: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    out.push(...node.querySelectorAll(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** Waits until an element under `root` matching `selector` has text, and resolves with that text. */
export async function failureIn(root: Element, selector: string, timeout = 8000): Promise<string> {
  const read = () =>
    deepAll(root, selector)
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .find(Boolean) ?? '';
  try {
    await waitUntil(read, 'no failure shown', { timeout });
  } catch {
    throw new Error(`no failure shown (${selector}); shown: ${JSON.stringify(shownMessages(root))}`);
  }
  return read();
}

/** The environment of the steps: the world's data, the adapter the elements use, the orders placed. */
export interface MatrixEnv {
  /** A backend of the same seed as the one answering (the fixtures' data, expected totals). */
  backend: MockBackend;
  adapter(): OrderAdapter;
  /** How many orders the answering backend has on the US site. */
  orderCount(): Promise<number>;
}

/** Waits until a message under `root` matches `pattern`, and resolves with it. */
export async function messageMatching(root: Element, pattern: RegExp, timeout = 8000): Promise<string> {
  let found = '';
  await waitUntil(
    () => (found = shownMessages(root).find((m) => pattern.test(m)) ?? ''),
    `no message matching ${pattern} (shown: ${JSON.stringify(shownMessages(root))})`,
    { timeout },
  );
  return found;
}

/** Errors thrown and promises rejected without a handler, from now on. */
export function watchUncaught(): { count: () => number; messages: string[]; stop: () => void } {
  const messages: string[] = [];
  const onError = (event: ErrorEvent) => messages.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => messages.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    count: () => messages.length,
    messages,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const json = (value: unknown) => JSON.stringify(value);

/** The first control that differs between two readings of `formState`, in words. */
function changed(before: string, after: ControlState[]): string {
  const was = JSON.parse(before) as ControlState[];
  if (was.length !== after.length) return `${was.length} controls, then ${after.length}`;
  const index = was.findIndex((control, i) => json(control) !== json(after[i]));
  return `"${was[index]?.name}" ${json(was[index]?.value)} → ${json(after[index]?.value)}`;
}

/**
 * Runs one row: `step` × `fault` over `injector`. Reports the row (suite "fault matrix") and
 * resolves with its result ("ok" or what went wrong); never throws, so that one bad row does not
 * hide the others.
 */
export async function runRow(
  suite: string,
  injector: FaultInjector,
  step: MatrixStep,
  fault: FaultCase,
): Promise<string> {
  const uncaught = watchUncaught();
  let result = 'ok';
  let message = '';
  let context: StepContext | undefined;
  try {
    context = await step.setup();
    await injector.inject(step.operationId, fault.fault, fault.options);
    await step.act(context);
    await (context.root as Partial<ReactiveElement>).updateComplete;
    await step.settle?.(context);
    const controls = () => formState(context!.root).filter((control) => step.kept?.(control.name) ?? true);
    // Right after the action (its answer is still on its way): what must survive the fault.
    const inputs = json(controls());
    const state = json(context.state?.());
    message = await step.message(context);
    if (!step.names.test(message)) result = `the message does not name the call: "${message}"`;
    else if (step.typed !== false && json(controls()) !== inputs)
      result = `typed inputs changed: ${changed(inputs, controls())}`;
    else if (json(context.state?.()) !== state) result = 'the draft changed';
    await injector.clear();
    await step.retry(context);
    await step.succeeded(context);
  } catch (error) {
    result = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 160) : String(error);
    if (context && result.startsWith('Timeout'))
      result += ` (shown: ${shownMessages(context.root).join(' | ').slice(0, 160)})`;
  } finally {
    await injector.clear();
    if (context) await step.teardown?.(context);
    uncaught.stop();
  }
  if (result === 'ok' && uncaught.count()) result = `uncaught: ${uncaught.messages[0]}`;
  const row: FaultRow = {
    transport: injector.transport,
    call: step.call,
    fault: fault.name,
    message: message.slice(0, 70),
    result,
  };
  await reportRow(suite, row);
  await reportTotals(suite, { rows: 1, uncaught: uncaught.count() });
  return result;
}

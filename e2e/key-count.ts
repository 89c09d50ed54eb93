// Counts every key an end-to-end flow presses, by kind, and keeps focus off the page body: wraps
// the page's `keyboard.press` and `keyboard.type` so that no key escapes the count (the helpers
// `tabTo`, `arrowTo`… press through them too).
import type { Page } from 'playwright-core';

/** What a key press is, for the count: a typed character, a move of focus or selection, or a command. */
export type KeyKind = 'typed' | 'navigation' | 'command';

const NAVIGATION = /^(Shift\+)?(Tab|ArrowUp|ArrowDown|ArrowLeft|ArrowRight|Home|End|PageUp|PageDown)$/;

/**
 * The kind of a Playwright key: Tab, Shift+Tab, arrows, Home, End and Page keys move; a single
 * character (not a space) is typed; everything else (Enter, Space, Escape, Backspace, any chord with
 * Control, Meta or Alt) is a command. A chord counts once.
 */
export function keyKind(key: string): KeyKind {
  if (NAVIGATION.test(key)) return 'navigation';
  if ([...key].length === 1 && key !== ' ') return 'typed';
  return 'command';
}

export interface KeyCount {
  typed: number;
  navigation: number;
  command: number;
  /** Every key pressed, in order ("Tab", "Control+Enter", "text:Ada"), for a failure's message. */
  log: string[];
  /** What was pressed per named stretch of the flow (see `mark`). */
  stretches: { name: string; navigation: number; command: number; typed: number }[];
  /** Starts a new named stretch: the keys pressed from now on count towards it. */
  mark(name: string): void;
}

/** Whether what has focus, through shadow roots, is a control rather than the page (`<body>` or nothing). */
function focusOffPage(): boolean {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return !!el && el !== document.body && el !== document.documentElement;
}

/**
 * Wraps `page.keyboard` so that every key is counted. Before every key but the very first (focus is
 * on the page as it loads), focus must not be on `<body>`: a focus that dropped to the page between
 * two steps fails the flow, naming the keys pressed so far. A focus move that is on its way (a
 * dialog closing, a control rendering) gets `settle` ms to land.
 */
export function countKeys(page: Page, settle = 3_000): KeyCount {
  const count: KeyCount = {
    typed: 0,
    navigation: 0,
    command: 0,
    log: [],
    stretches: [],
    mark(name) {
      this.stretches.push({ name, navigation: 0, command: 0, typed: 0 });
    },
  };
  const keyboard = page.keyboard;
  const press = keyboard.press.bind(keyboard);
  const type = keyboard.type.bind(keyboard);
  const offBody = async (before: string) => {
    if (count.log.length === 0) return;
    const landed = await page
      .waitForFunction(focusOffPage, undefined, { timeout: settle, polling: 50 })
      .then(() => true)
      .catch(() => false);
    if (!landed)
      throw new Error(`focus is on the page body before pressing ${before}; keys so far: ${count.log.join(' ')}`);
  };
  const add = (kind: KeyKind, n: number) => {
    count[kind] += n;
    const stretch = count.stretches.at(-1);
    if (stretch) stretch[kind] += n;
  };
  keyboard.press = async (key, options) => {
    await offBody(key);
    add(keyKind(key), 1);
    count.log.push(key);
    return press(key, options);
  };
  keyboard.type = async (text, options) => {
    await offBody(`"${text}"`);
    add('typed', [...text].length);
    count.log.push(`text:${text}`);
    return type(text, options);
  };
  return count;
}

/**
 * Which language the elements speak. English is written in the code (`msg()`); French (Canada) is
 * a catalogue built by `npm run localize:build` (src/generated/locales/fr-CA.ts) that is loaded on
 * demand, the first time an element resolves to French: an English page never downloads it.
 *
 * An element resolves its locale (see `declaredLocale`: its own `locale`, else the nearest `lang`,
 * else the document's) and asks for its language here; a locale in French ("fr", "fr-CA", "fr-FR")
 * gives French, any other English, and no declared locale English. `@lit/localize` in runtime mode
 * has ONE active language per page: a page renders in one language at a time, and the last locale
 * an element resolved to wins. `@localized()` re-renders every element when the language changes.
 *
 * A `lang` changed at runtime on `<html>` or on an element of the light DOM (a host's language
 * switch) is followed: one MutationObserver, on the document, re-renders the elements, which
 * resolve again. (`lang` changed inside another component's shadow root is not observed: such a
 * host sets `locale` on our element.) When the page has configured `@lit/localize` itself, its
 * `setLocale` rules and the elements only follow it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { canonicalLocale } from '../../model/locale.js';
import { declaredLocale, hostLocale, preferLocale } from './locale.js';
import type { LocalizationRuntime } from './localization-runtime.js';

/** The languages shipped: English (the source, in the code) and French (Canada), a catalogue (xliff/). */
export const SOURCE_LOCALE = 'en';

/** The language of messages for a locale: French (Canada) for any French locale, else English. */
export const messageLocale = (locale: string | null): string => (/^fr(?:-|$)/i.test(locale ?? '') ? 'fr-CA' : 'en');

let runtime: Promise<LocalizationRuntime | null> | undefined;
let ready: Promise<void> = Promise.resolve();
let language = SOURCE_LOCALE;

/**
 * Asks for the language of `locale` (the last asked wins). English needs nothing until another
 * language was asked for: only then is the runtime (and the catalogue) loaded.
 */
export function useLanguageOf(locale: string | null): Promise<void> {
  const target = messageLocale(locale);
  if (!runtime && target === SOURCE_LOCALE) return ready;
  runtime ??= import('./localization-runtime.js').then(
    (module) => module.configure(),
    () => ((runtime = undefined), null),
  );
  // A catalogue that cannot be fetched (offline) leaves the page in the language it had.
  ready = runtime
    .then((configured) => configured?.setLocale(target).then(() => void (language = configured.getLocale())))
    .catch(() => undefined);
  return ready;
}

/** The language the elements render in now ("en" or "fr-CA"). */
export const activeLanguage = (): string => language;

/** Resolves once the language last asked for renders (or could not be loaded). */
export const languageReady = (): Promise<void> => ready;

const following = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/** Re-renders the connected elements when a `lang` of the light DOM changes (they resolve again). */
function observeLang(): void {
  if (observer) return;
  observer = new MutationObserver(() => following.forEach((element) => element.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * An element's locale: the host's `locale` (`preferred`), else the page's (see `declaredLocale`).
 * `value` is what money, numbers and dates are formatted in; before each render the element's
 * language is asked for when its resolved locale changed (so two elements of one page that
 * resolve differently do not undo each other on every render).
 *
 * A language given by `locale` (not by a `lang` around the element) is not one assistive
 * technology knows of: after each render the top elements of the shadow root carry it as `lang`
 * (the language the text is in: the locale for French, "en" for any other), so that a screen
 * reader pronounces the French as French in an English page. Without `locale` they carry none
 * and inherit the page's.
 */
export class LocaleController implements ReactiveController {
  private resolved: string | null | undefined;
  private given: string | null = null;
  /** Whether the shadow root's top elements carry the `lang` of `locale` (see the class). */
  private marked = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The `locale` the host gave the element (null: none); it also holds for the elements inside it. */
  get preferred(): string | null {
    return this.given;
  }

  set preferred(locale: string | null) {
    this.given = locale || null;
    preferLocale(this.host, this.given);
  }

  /** The locale to format in (never throws, see `hostLocale`). */
  get value(): string {
    return hostLocale(this.host, this.given);
  }

  hostConnected(): void {
    following.add(this.host);
    observeLang();
    this.resolved = undefined;
  }

  hostDisconnected(): void {
    following.delete(this.host);
  }

  hostUpdated(): void {
    const given = canonicalLocale(this.given);
    const lang = given && (messageLocale(given) === SOURCE_LOCALE ? SOURCE_LOCALE : given);
    if (!lang && !this.marked) return;
    for (const child of this.host.renderRoot.children) {
      if (lang) child.setAttribute('lang', lang);
      else child.removeAttribute('lang');
    }
    this.marked = !!lang;
  }

  hostUpdate(): void {
    const locale = declaredLocale(this.host, this.given);
    if (locale === this.resolved) return;
    this.resolved = locale;
    void useLanguageOf(locale);
  }
}

/**
 * `@lit/localize`'s runtime, configured: loaded on demand with the first language other than
 * English (see localization.ts), so that an English page downloads neither it nor a catalogue.
 */
// The module itself, not the package's index: what the index re-exports stays with the page's code.
import { configureLocalization } from '@lit/localize/init/runtime.js';

export type LocalizationRuntime = ReturnType<typeof configureLocalization>;

/** The runtime, configured once; null when the page configured `@lit/localize` itself (its rules hold). */
export function configure(): LocalizationRuntime | null {
  try {
    return configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr-CA'],
      loadLocale: () => import('../../generated/locales/fr-CA.js'),
    });
  } catch {
    return null;
  }
}

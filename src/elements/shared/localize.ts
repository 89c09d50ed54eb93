/**
 * `msg`, `str` and `@localized()` from `@lit/localize`'s own modules, not from its package index:
 * the index also re-exports the runtime (`configureLocalization`: message ids hashed at run time,
 * the locale loader), whose module has side effects, so every page importing the index downloads
 * it (about 1 KB min+gzip) although English needs none of it. The runtime loads on demand with
 * the first other language (see localization-runtime.ts). Import these from here, not from
 * '@lit/localize'; `lit-localize extract` finds the calls by their type, wherever they come from.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
export { localized } from '@lit/localize/internal/localized-decorator.js';

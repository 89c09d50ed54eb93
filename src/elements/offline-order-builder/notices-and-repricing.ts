/**
 * What the builder loads on demand to speak about the draft, as one module: the notices and
 * "Change site?" (notices.ts), and how a pricing answer moved the total, the shipping re-check and
 * taking an answer in (repricing.ts). Both are due early (a restored draft, the first answer) and
 * load when the browser is idle anyway; as two modules, what each shares with the page (the
 * localized strings, bidi isolation, the scrubbing of card digits) became chunks of their own,
 * loaded at once with the builder.
 */
export * from './notices.js';
export * from './repricing.js';

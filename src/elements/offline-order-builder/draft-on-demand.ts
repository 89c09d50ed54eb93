/**
 * What the builder loads on demand to work on the draft, as one module: keeping it in session
 * storage (draft-store.ts), the notices and "Change site?" (notices.ts), how a pricing answer moved
 * the total, the shipping re-check and taking an answer in (repricing.ts). All are due early (the
 * first site restores a kept draft, the first answer, a restored draft's notice) and load when the
 * browser is idle anyway; as separate modules, what each shared with the page (the draft model, the
 * localized strings) became chunks of their own, loaded at once with the builder. The submission
 * (submission.ts) stays a module of its own: a restored draft is shown, and edited, before it loads.
 */
export * from './draft-store.js';
export * from './notices.js';
export * from './repricing.js';

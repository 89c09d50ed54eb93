/**
 * Calendar dates for what only on-demand code shows (expected stock dates in the product panel),
 * through format.ts's `dateFormatter` (which the builder page loads at once anyway): this module
 * adds only the options. Never throws (see format.ts).
 */
import { dateFormatter } from './format.js';

/** A calendar date ("2026-12-15") as a medium date in `locale` ("Dec 15, 2026"); the text itself when it is no date. */
export const formatDate = /* @__PURE__ */ dateFormatter({ dateStyle: 'medium', timeZone: 'UTC' });

/**
 * The stories' own words (a host's button, a label of the page around an element) in the page's
 * language, which the toolbar's locale switch sets on the document before a story renders: a story
 * in French has no English left, its host's text included.
 */

/** `english` on an English page, `french` on a French one (the document's `lang`). */
export const say = (english: string, french: string): string =>
  /^fr(?:-|$)/i.test(document.documentElement.lang) ? french : english;

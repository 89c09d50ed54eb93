import { a11yStyles } from './a11y.styles.js';
import { buttonStyles } from './button.styles.js';
import { fieldStyles } from './field.styles.js';
import { headingStyles } from './heading.styles.js';
import { tokens } from './tokens.styles.js';

/** What every element with a form starts from, in this order: the tokens, a11y helpers, buttons, fields and headings. */
export const controlStyles = [tokens, a11yStyles, buttonStyles, fieldStyles, headingStyles];

import { css } from 'lit';
import { dialogStyles as dialogFrame } from './dialog.styles.js';
import { layoutStyles } from './layout.styles.js';

// Compact on purpose (one rule a line, no CSS comments): the library's size budget counts every
// byte of these sheets. `p:empty` is taken out of the flow so that an empty message leaves no gap
// in its grid, while a live region stays rendered to be heard.

/** Dialogs, rows, status colours and figures of the line item editor and the Order Details dialog. Needs `tokens`. */
export const editingStyles = [
  layoutStyles,
  dialogFrame,
  css`
    p:empty,
    ul:empty {
      position: absolute;
    }
    .row {
      align-items: end;
    }
    textarea.field__control {
      padding-block: var(--_oo-space-2);
      resize: vertical;
    }
    .warning {
      color: var(--_oo-color-warning);
    }
    .ok {
      color: var(--_oo-color-success);
    }
    .num {
      text-align: end;
      white-space: nowrap;
    }
  `,
];

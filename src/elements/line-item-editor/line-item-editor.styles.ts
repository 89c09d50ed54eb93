import { css } from 'lit';
import { editingStyles } from '../shared/editing.styles.js';

// Compact on purpose (one rule a line, no CSS comments): the library's size budget counts every
// byte of these sheets.
export const editorStyles = [
  editingStyles,
  css`
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_oo-space-4);
    }
    .combo,
    .tip {
      position: relative;
    }
    .popup {
      position: absolute;
      inset: 100% 0 auto;
      z-index: 4;
      max-block-size: 18rem;
      margin: 0;
      padding: var(--_oo-space-1);
      overflow: auto;
      border: 1px solid var(--_oo-color-border);
      border-radius: var(--_oo-radius);
      background: var(--_oo-color-surface-raised);
    }
    .spread,
    .product {
      display: flex;
      gap: var(--_oo-space-3);
      text-align: start;
    }
    .spread {
      justify-content: space-between;
    }
    .box > .button {
      justify-self: start;
    }
    .badge {
      padding-inline: var(--_oo-space-1);
      border: 1px solid var(--_oo-color-border);
      border-radius: var(--_oo-radius);
      font-size: var(--_oo-font-size-small);
      font-weight: normal;
    }
    .check {
      display: flex;
      align-items: center;
      gap: var(--_oo-space-2);
      white-space: nowrap;
    }
    [role='option'] {
      padding: var(--_oo-space-2);
      cursor: pointer;
    }
    [role='option']:hover {
      background: var(--_oo-color-surface-sunken);
    }
    [aria-selected='true'] {
      outline: 2px solid var(--_oo-color-accent);
      outline-offset: -2px;
    }
    .thumb {
      inline-size: 2.5rem;
      block-size: 2.5rem;
      flex: none;
      border-radius: var(--_oo-radius);
    }
    .box {
      padding: var(--_oo-space-4);
      border: 1px solid var(--_oo-color-divider);
      border-radius: var(--_oo-radius);
      background: var(--_oo-color-surface);
    }
    [part~='fulfillment'] {
      grid-template-columns: auto auto minmax(0, 1fr);
      gap: var(--_oo-space-2) var(--_oo-space-3);
      align-items: center;
    }
    [part~='fulfillment'] > * {
      grid-column: 1 / -1;
    }
    [part~='fulfillment'] > div {
      display: grid;
      grid-template-columns: subgrid;
      row-gap: 0;
      align-items: center;
      /* Each option's radio keeps a 24 px target (WCAG 2.2), whatever a theme makes the spacing. */
      min-block-size: 1.5rem;
    }
    :disabled + label {
      color: var(--_oo-color-text-muted);
      cursor: not-allowed;
    }
    @container (width < 28rem) {
      [part~='fulfillment'] {
        grid-template-columns: auto minmax(0, 1fr);
        row-gap: var(--_oo-space-1);
      }
      [part~='fulfillment'] > div > :last-child {
        grid-column: 2;
      }
    }
    .quantity {
      inline-size: 5rem;
    }
    .future {
      text-decoration: underline dotted;
      cursor: help;
    }
    .tooltip {
      display: none;
      position: absolute;
      inset: auto auto 100% 0;
      z-index: 4;
      padding: var(--_oo-space-2);
      border: 1px solid var(--_oo-color-border);
      border-radius: var(--_oo-radius);
      background: var(--_oo-color-surface-raised);
      white-space: nowrap;
    }
    .tip:is(:hover, :focus-within):not(.tip--hidden) .tooltip {
      display: block;
    }
    .scroll {
      position: relative;
      margin-inline: calc(var(--_oo-space-3) * -1);
      padding-inline: var(--_oo-space-3);
      overflow-x: auto;
      container-type: inline-size;
    }
    table {
      inline-size: 100%;
      border-spacing: 0;
    }
    th,
    td {
      padding: var(--_oo-space-2);
      border-block-end: 1px solid var(--_oo-color-divider);
      text-align: start;
      vertical-align: middle;
      font-weight: inherit;
    }
    tr[part~='line-item'] > * {
      contain: layout;
    }
    thead th {
      color: var(--_oo-color-text-muted);
      font-size: var(--_oo-font-size-small);
      font-weight: 600;
      white-space: nowrap;
    }
    th[scope='row'] {
      min-inline-size: 14rem;
    }
    td:first-of-type {
      white-space: nowrap;
    }
    /* "Inclure un message-cadeau" may wrap where the table would otherwise be wider than its box (French). */
    td .check {
      white-space: normal;
    }
    td > .button--quiet {
      display: flex;
      inline-size: fit-content;
      margin-inline-start: calc(var(--_oo-space-3) * -1);
    }
    @container (width < 66rem) {
      table,
      thead,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      thead {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      tr[part~='line-item'] {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
        gap: var(--_oo-space-3) var(--_oo-space-4);
        padding-block: var(--_oo-space-3);
        border-block-end: 1px solid var(--_oo-color-divider);
      }
      tr[part~='line-item'] > * {
        min-inline-size: 0;
        padding: 0;
        border: 0;
        white-space: normal;
        overflow-wrap: anywhere;
      }
      .check {
        align-items: baseline;
        white-space: normal;
      }
      th[scope='row'] {
        grid-column: 1 / -1;
      }
      td[data-label]::before {
        display: block;
        color: var(--_oo-color-text-muted);
        font-size: var(--_oo-font-size-small);
        font-weight: 600;
        content: attr(data-label);
        content: attr(data-label) / '';
      }
      .num {
        text-align: start;
      }
    }
    [part~='add-row'] {
      display: grid;
      gap: var(--_oo-space-3);
      container-type: inline-size;
    }
    td > fieldset {
      margin-block-end: var(--_oo-space-3);
    }
    @media (forced-colors: active) {
      [aria-selected='true'] {
        outline-color: Highlight;
      }
    }
  `,
];

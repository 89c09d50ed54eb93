import { LitElement, html, css } from 'lit';
import { localized, msg } from '@lit/localize';
import { consume, provide, createContext } from '@lit/context';
import { Task } from '@lit/task';
import { property, state, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { tokens } from '../../src/elements/shared/tokens.styles.js';
import { buttonStyles } from '../../src/elements/shared/button.styles.js';
import { fieldStyles } from '../../src/elements/shared/field.styles.js';
import { noticeStyles } from '../../src/elements/shared/notice.styles.js';
import { headingStyles } from '../../src/elements/shared/heading.styles.js';
import { a11yStyles } from '../../src/elements/shared/a11y.styles.js';
import * as money from '../../src/model/money.js';
import * as draft from '../../src/model/draft.js';
import * as validation from '../../src/model/validation.js';
export {
  LitElement,
  html,
  css,
  localized,
  msg,
  consume,
  provide,
  createContext,
  Task,
  property,
  state,
  query,
  repeat,
  tokens,
  buttonStyles,
  fieldStyles,
  noticeStyles,
  headingStyles,
  a11yStyles,
  money,
  draft,
  validation,
};

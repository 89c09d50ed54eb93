/**
 * Form fields and the states of a read, rendered the same way by every element: a labelled
 * field, and a task's loading / error-with-"Retry" / value.
 */
import { msg } from './localize.js';
import type { Task } from '@lit/task';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { errorText } from './adapter-text.js';

export { errorText };

/** A labelled field: the label is the control's accessible name. */
export function field(id: string, label: unknown, control: unknown): TemplateResult {
  return html`<div class="field"><label class="field__label" for=${id}>${label}</label>${control}</div>`;
}

/**
 * Loading, or the error with "Retry", of a task; `done` renders its value. `failed` says first what
 * could not be done ("The price lists could not be loaded."): an adapter's words, a backend's
 * `detail` above all, may not say which call failed ("The requested resource does not exist.").
 */
export function renderTask<R>(
  task: Task<ReadonlyArray<unknown>, R>,
  done: (value: R) => unknown,
  failed = '',
): unknown {
  return task.render({
    pending: () => html`<p class="notice notice--inline"><span class="spinner"></span>${msg('Loading…')}</p>`,
    error: (error) =>
      html`<p class="error" role="alert">
        ${failed} ${errorText(error)}
        <button class="button button--small" type="button" @click=${() => task.run()}>${msg('Retry')}</button>
      </p>`,
    complete: done,
  });
}

// Registers <line-item-editor>, for a host that shows it on its own page.
import { LineItemEditor } from '../elements/line-item-editor/line-item-editor.js';
import { defineElement } from './define-element.js';

defineElement('line-item-editor', LineItemEditor);

declare global {
  interface HTMLElementTagNameMap {
    'line-item-editor': LineItemEditor;
  }
}

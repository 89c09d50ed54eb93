/**
 * Kibo has no way to put an item the catalog lacks on an order: an order item names a catalog
 * product by its code (`CommerceRuntimeProduct.productCode`), which Kibo resolves against the
 * catalog; no operation of the definitions adds a free-form item (docs/KIBO.md). The Kibo adapter
 * says so (`customLines: false`, so `<line-item-editor>` offers no "Add custom item") and refuses a
 * draft that carries one anyway (a restored draft, a host's lines) before anything is sent.
 */
import { ValidationError } from '../adapter/errors.js';
import type { OrderDraft } from '../model/types.js';

/** @throws {ValidationError} at `lines.<id>` for each custom line of the draft. */
export function refuseCustomLines(draft: Pick<OrderDraft, 'lines'>, action: string): void {
  const custom = draft.lines.filter((line) => line.custom);
  if (custom.length === 0) return;
  throw new ValidationError(
    `Could not ${action}: Kibo takes only products of its catalog. Remove the custom items.`,
    custom.map((line) => ({
      path: `lines.${line.id}`,
      code: 'custom-line-unsupported',
      message: 'Kibo takes only products of its catalog: remove this custom item.',
    })),
  );
}

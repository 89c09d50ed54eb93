/**
 * The builder's side of the order side sheet (`order-sheet.ts`, loaded on demand the first time an
 * order of the list opens, or when the browser is idle): opens the order `order-open` names, and
 * renders the sheet and the notice of the last "Reorder" once its code is there.
 */
import type { TemplateResult } from 'lit';
import { nothing } from 'lit';
import type { ReactiveElement } from 'lit';
import type { OrderOpenEvent } from '../../events/order-open.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import type { BuilderModules } from './on-demand-modules.js';
import type { OrderSheet, OrderSheetContext } from './order-sheet.js';

export class OrderSheetLoader {
  private sheet: OrderSheet | undefined;

  constructor(
    private readonly host: ReactiveElement & HTMLElement,
    private readonly modules: BuilderModules,
    private readonly context: OrderSheetContext,
  ) {}

  /** `order-open` from the orders list: the sheet, loaded first if need be. */
  open = async (event: OrderOpenEvent): Promise<void> => {
    const { order } = event;
    const module = await this.modules.orderSheet.tryLoad();
    if (!module) return;
    if (!this.sheet) {
      adoptStyles(this.host, module.onDemandStyles, module.confirmDiscardStyles, module.styles);
      this.sheet = new module.OrderSheet(this.host, this.context);
    }
    await this.sheet.open(order);
  };

  /** The sheet, while an order is open (and "Discard changes?" while it asks). */
  render(): TemplateResult | typeof nothing {
    return this.sheet?.render() ?? nothing;
  }

  /** What the last "Reorder" left out, above the new order. */
  renderNotice(): TemplateResult | typeof nothing {
    return this.sheet?.renderNotice() ?? nothing;
  }

  /** Resolves once the order being read has settled; for tests. */
  get loaded(): Promise<void> {
    return this.sheet?.loaded ?? Promise.resolve();
  }
}

/**
 * The longest text each free-text field of an order takes, in characters (UTF-16 code units, what
 * an input's `maxlength` counts). The elements enforce them at the field; a backend may rely on them.
 * They keep a draft small enough to be kept in the browser's session storage and sent with every edit.
 */
export const TEXT_LIMITS = {
  /** The order's customer notes. */
  customerNotes: 1000,
  /** The order's gift message. */
  giftMessage: 500,
  /** A line's gift message. */
  lineGiftMessage: 500,
  /** The reason of a line, order or shipping adjustment. */
  adjustmentReason: 200,
  /** A payment's reference (check or PO number, gift card or store credit code) and its other fields. */
  paymentReference: 100,
  /** The message sent with a line delivered by email (a gift card's recipient message). */
  recipientMessage: 500,
  /** The exemption certificate number of a tax-exempt order. */
  taxCertificate: 50,
  /** The name of a custom line (an item the catalog lacks). */
  customItemName: 120,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;

/**
 * The error bodies of the Kibo-shaped mock, in one place.
 *
 * Kibo's definitions document only success responses (docs/KIBO.md, "Errors"), so the shape below
 * is a choice: the body Kibo's API is known to send, with the fields the issue names.
 *
 * ```json
 * {
 *   "errorCode": "ITEM_NOT_FOUND",
 *   "message": "Item not found: customer account 9999 not found",
 *   "applicationName": "Customer",
 *   "items": [],
 *   "additionalErrorData": [{ "name": "PropertyName", "value": "emailAddress" }],
 *   "exceptionDetail": { "type": "Mozu.Core.Exceptions.VaeNotFoundException", "message": "…" },
 *   "correlationId": "mock-…"
 * }
 * ```
 *
 * - `errorCode`: one of `KiboErrorCode` below, chosen by status: 400 `VALIDATION_CONFLICT` (a
 *   field refused) or `MISSING_OR_INVALID_PARAMETER` (a query or body that cannot be read), 401
 *   `UNAUTHORIZED`, 402 `PAYMENT_DECLINED` (the payment service declining a card: the body's
 *   `additionalErrorData` holds `{ name: 'DeclineCode', value: 'insufficient-funds' }`, our
 *   backend's decline code), 404 `ITEM_NOT_FOUND`, 409 `VALIDATION_CONFLICT` (a duplicate, e.g. an email
 *   already in the customer set), 429 `TOO_MANY_REQUESTS`, 500 `UNEXPECTED_ERROR`, 503
 *   `SERVICE_UNAVAILABLE` (faults of `MockScenario`; `Retry-After` is sent as our mock sends it).
 * - `items`: one nested error per refused field, each `{ errorCode, message, additionalErrorData }`
 *   where `additionalErrorData` holds `{ name: 'PropertyName', value: <Kibo's path> }`: the Kibo
 *   path of the field (`emailAddress`, `contacts[0].address.postalOrZipCode`), so that an
 *   adapter can map it back to our field paths.
 * - Options still to choose, or a combination that does not exist, are not errors:
 *   `configureProduct` answers 200 without `variationProductCode`, with
 *   `purchasableState.isPurchasable: false` and one message per problem (`severity: 'Error'`,
 *   `validationType: 'MissingOption'` or `'InvalidOptionCombination'`); see routes-catalog.ts.
 */

export type KiboErrorCode =
  | 'VALIDATION_CONFLICT'
  | 'MISSING_OR_INVALID_PARAMETER'
  | 'UNAUTHORIZED'
  | 'PAYMENT_DECLINED'
  | 'ITEM_NOT_FOUND'
  | 'TOO_MANY_REQUESTS'
  | 'UNEXPECTED_ERROR'
  | 'SERVICE_UNAVAILABLE';

export interface KiboErrorData {
  name: string;
  value: string;
}

export interface KiboErrorItem {
  errorCode: KiboErrorCode;
  message: string;
  additionalErrorData: KiboErrorData[];
}

export interface KiboErrorBody {
  errorCode: KiboErrorCode;
  message: string;
  applicationName: string;
  items: KiboErrorItem[];
  additionalErrorData: KiboErrorData[];
  exceptionDetail: { type: string; message: string };
  correlationId: string;
}

/** The error code Kibo sends with each HTTP status (see above). */
export function errorCodeForStatus(status: number): KiboErrorCode {
  if (status === 400 || status === 409 || status === 422) return 'VALIDATION_CONFLICT';
  if (status === 401 || status === 403) return 'UNAUTHORIZED';
  if (status === 402) return 'PAYMENT_DECLINED';
  if (status === 404) return 'ITEM_NOT_FOUND';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 503 || status === 502 || status === 504) return 'SERVICE_UNAVAILABLE';
  return 'UNEXPECTED_ERROR';
}

const EXCEPTION_TYPES: Record<KiboErrorCode, string> = {
  VALIDATION_CONFLICT: 'Mozu.Core.Exceptions.VaeValidationException',
  MISSING_OR_INVALID_PARAMETER: 'Mozu.Core.Exceptions.VaeValidationException',
  UNAUTHORIZED: 'Mozu.Core.Exceptions.VaeUnAuthorizedException',
  PAYMENT_DECLINED: 'Mozu.Core.Exceptions.VaeValidationException',
  ITEM_NOT_FOUND: 'Mozu.Core.Exceptions.VaeNotFoundException',
  TOO_MANY_REQUESTS: 'Mozu.Core.Exceptions.VaeThrottledException',
  UNEXPECTED_ERROR: 'System.Exception',
  SERVICE_UNAVAILABLE: 'Mozu.Core.Exceptions.VaeServiceUnavailableException',
};

/** A refusal of the Kibo-shaped mock: thrown by translations and handlers, answered as a Kibo error body. */
export class KiboError extends Error {
  override name = 'KiboError';
  readonly status: number;
  readonly errorCode: KiboErrorCode;
  readonly applicationName: string;
  readonly items: KiboErrorItem[];
  /** The body's own `additionalErrorData`, besides its items' (a decline's `DeclineCode`). */
  readonly data: KiboErrorData[];
  readonly retryAfter: number | undefined;

  constructor(init: {
    status: number;
    message: string;
    errorCode?: KiboErrorCode;
    applicationName?: string;
    items?: KiboErrorItem[];
    data?: KiboErrorData[];
    retryAfter?: number;
  }) {
    super(init.message);
    this.status = init.status;
    this.errorCode = init.errorCode ?? errorCodeForStatus(init.status);
    this.applicationName = init.applicationName ?? 'Commerce';
    this.items = init.items ?? [];
    this.data = init.data ?? [];
    this.retryAfter = init.retryAfter;
  }

  toBody(correlationId: string): KiboErrorBody {
    return {
      errorCode: this.errorCode,
      message: this.message,
      applicationName: this.applicationName,
      items: this.items,
      additionalErrorData: [...this.data, ...this.items.flatMap((item) => item.additionalErrorData)],
      exceptionDetail: { type: EXCEPTION_TYPES[this.errorCode], message: this.message },
      correlationId,
    };
  }
}

/** One refused field: `path` is Kibo's path of it (`emailAddress`, `contacts[0].address.cityOrTown`). */
export function fieldError(path: string, message: string): KiboErrorItem {
  return { errorCode: 'VALIDATION_CONFLICT', message, additionalErrorData: [{ name: 'PropertyName', value: path }] };
}

export function kiboNotFound(message: string, applicationName?: string): KiboError {
  return new KiboError({
    status: 404,
    message: `Item not found: ${message}`,
    ...(applicationName ? { applicationName } : {}),
  });
}

export function kiboBadParameter(message: string, items: KiboErrorItem[] = []): KiboError {
  return new KiboError({ status: 400, errorCode: 'MISSING_OR_INVALID_PARAMETER', message, items });
}

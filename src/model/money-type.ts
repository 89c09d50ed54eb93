/** An amount of money: `amount` is an integer count of the currency's minor units (cents, yen, fils). */
export interface Money {
  readonly amount: number;
  /** ISO 4217 alphabetic code, upper case: "USD", "JPY", "KWD". */
  readonly currency: string;
}

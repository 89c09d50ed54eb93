/**
 * The customer's rules (names, email, phones, addresses), with the helpers every rule uses.
 * Re-exported by `validation.ts`, which describes paths and codes.
 */
import type { Address, AddressInput, Customer, CustomerInput, Phones, Problem } from './types.js';

/** @internal */
export function problem(path: string, code: string, message: string): Problem {
  return { path, code, message };
}

/** @internal */
export function blank(value: string | undefined | null): boolean {
  return value === undefined || value === null || value.trim() === '';
}

/** The problems at one path. */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.path === path);
}

// ---------------------------------------------------------------------------------------------
// Customer

/** First and last name are required. Paths `${prefix}firstName`, `${prefix}lastName`; code `required`. */
export function validateCustomerNames(customer: Pick<CustomerInput, 'firstName' | 'lastName'>, prefix = ''): Problem[] {
  const problems: Problem[] = [];
  if (blank(customer.firstName)) problems.push(problem(`${prefix}firstName`, 'required', 'Enter a first name.'));
  if (blank(customer.lastName)) problems.push(problem(`${prefix}lastName`, 'required', 'Enter a last name.'));
  return problems;
}

/** One "@", something before it, and a dotted domain after it, no spaces: typos, not RFC 5322. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** An email address is required and must look like one. Codes `required`, `invalid-email`. */
export function validateEmail(email: string, path = 'email'): Problem[] {
  if (blank(email)) return [problem(path, 'required', 'Enter an email address.')];
  if (!EMAIL.test(email.trim()))
    return [problem(path, 'invalid-email', 'Enter an email address like name@example.com.')];
  return [];
}

/**
 * Whether a phone number is plausible: 7 to 15 digits (E.164 allows at most 15), written with
 * digits, spaces, "+", "-", ".", and parentheses only.
 */
export function isPlausiblePhone(phone: string): boolean {
  const text = phone.trim();
  if (!/^\+?[\d\s().-]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

const PHONE_KINDS = ['home', 'work', 'mobile'] as const;

/**
 * At least one of the home, work and mobile phones (code `phone-required` at `path`), and each one
 * given plausible (code `invalid-phone` at `${path}.home` etc.).
 */
export function validatePhones(phones: Phones, path = 'phones'): Problem[] {
  const given = PHONE_KINDS.filter((kind) => !blank(phones[kind]));
  if (given.length === 0) {
    return [problem(path, 'phone-required', 'Enter at least one phone number: home, work or mobile.')];
  }
  return given
    .filter((kind) => !isPlausiblePhone(phones[kind] as string))
    .map((kind) => problem(`${path}.${kind}`, 'invalid-phone', 'Enter a phone number with 7 to 15 digits.'));
}

/**
 * The customer needs a default billing and a default shipping address, which may be the same
 * address. Codes at `path`: `address-required` (no address at all), `default-billing-required`,
 * `default-shipping-required`.
 */
export function validateDefaultAddresses(
  addresses: readonly (Address | AddressInput)[],
  path = 'addresses',
): Problem[] {
  if (addresses.length === 0) {
    return [problem(path, 'address-required', 'Add an address; it can be both the billing and the shipping address.')];
  }
  const problems: Problem[] = [];
  if (!addresses.some((a) => a.isDefaultBilling)) {
    problems.push(problem(path, 'default-billing-required', 'Choose a default billing address.'));
  }
  if (!addresses.some((a) => a.isDefaultShipping)) {
    problems.push(problem(path, 'default-shipping-required', 'Choose a default shipping address.'));
  }
  return problems;
}

const US_ZIP = /^\d{5}(?:-\d{4})?$/;
/** Canada Post: letters D, F, I, O, Q, U never appear; W and Z never come first. */
const CA_POSTAL = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i;
/** Elsewhere: 2 to 10 letters, digits, spaces or hyphens, starting and ending with a letter or digit. */
const GENERIC_POSTAL = /^[A-Za-z0-9][A-Za-z0-9 -]{0,8}[A-Za-z0-9]$/;

/**
 * A postal code in the format of its country: US ZIP "12345" or "12345-6789"; Canada "A1A 1A1"
 * (space optional, any case); elsewhere a generic 2-10 letters and digits, and optional because
 * many countries have none. Codes `required`, `invalid-postal-code` at `path`.
 */
export function validatePostalCode(country: string, postalCode: string, path = 'postalCode'): Problem[] {
  const code = postalCode.trim();
  const where = country.trim().toUpperCase();
  if (where === 'US') {
    if (!code) return [problem(path, 'required', 'Enter a ZIP code.')];
    return US_ZIP.test(code)
      ? []
      : [problem(path, 'invalid-postal-code', 'Enter a ZIP code like 12345 or 12345-6789.')];
  }
  if (where === 'CA') {
    if (!code) return [problem(path, 'required', 'Enter a postal code.')];
    return CA_POSTAL.test(code) ? [] : [problem(path, 'invalid-postal-code', 'Enter a postal code like A1A 1A1.')];
  }
  if (!code) return [];
  return GENERIC_POSTAL.test(code) ? [] : [problem(path, 'invalid-postal-code', 'Enter a valid postal code.')];
}

/**
 * An address: name, street, city, region and country required (code `required`), the country as a
 * two-letter ISO code (`invalid-country`), the postal code in its country's format, and the
 * address's phone, when given, plausible (`invalid-phone`). Paths `${path}.name` etc.
 */
export function validateAddress(address: Address | AddressInput, path: string): Problem[] {
  const problems: Problem[] = [];
  const required: [keyof AddressInput, string][] = [
    ['name', 'Enter the name for this address.'],
    ['line1', 'Enter the street address.'],
    ['city', 'Enter a city.'],
    ['region', 'Enter a state, province or region.'],
  ];
  for (const [field, message] of required) {
    if (blank(address[field] as string)) problems.push(problem(`${path}.${field}`, 'required', message));
  }
  if (blank(address.country)) {
    problems.push(problem(`${path}.country`, 'required', 'Choose a country.'));
  } else if (!/^[A-Za-z]{2}$/.test(address.country.trim())) {
    problems.push(problem(`${path}.country`, 'invalid-country', 'Enter a two-letter country code, like US or CA.'));
  }
  problems.push(...validatePostalCode(address.country, address.postalCode, `${path}.postalCode`));
  if (!blank(address.phone) && !isPlausiblePhone(address.phone as string)) {
    problems.push(problem(`${path}.phone`, 'invalid-phone', 'Enter a phone number with 7 to 15 digits.'));
  }
  return problems;
}

/**
 * Every customer rule: names, email, phones, default addresses, and each address. Paths after
 * `prefix`: `firstName`, `lastName`, `email`, `phones`, `phones.home`, `addresses`,
 * `addresses.<index>.postalCode`, …
 */
export function validateCustomer(customer: Customer | CustomerInput, prefix = ''): Problem[] {
  return [
    ...validateCustomerNames(customer, prefix),
    ...validateEmail(customer.email, `${prefix}email`),
    ...validatePhones(customer.phones, `${prefix}phones`),
    ...validateDefaultAddresses(customer.addresses, `${prefix}addresses`),
    ...customer.addresses.flatMap((a, i) => validateAddress(a, `${prefix}addresses.${i}`)),
  ];
}

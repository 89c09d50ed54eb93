/**
 * What the Kibo adapter sends, built from our model and typed by Kibo's models
 * (`@kibocommerce/rest-sdk`), so that a misspelt or mistyped field fails to compile.
 */
import type { AddressInput, CustomerInput, OrderDraft, Phones } from '../model/types.js';
import type { FieldPaths } from './errors.js';
import type { KiboContactType, KiboCustomerAccount, KiboCustomerContact, KiboOrder, KiboPhone } from './kibo-types.js';

/** Our name on a label → Kibo's first name and surname (the first word, then the rest). */
export function splitName(name: string): { firstName: string; lastNameOrSurname: string } {
  const [first = '', ...rest] = name.trim().split(/\s+/);
  return { firstName: first, lastNameOrSurname: rest.join(' ') };
}

function phoneNumbers(phones: Phones): KiboPhone {
  return { home: phones.home || null, work: phones.work || null, mobile: phones.mobile || null };
}

function contactTypes(address: Pick<AddressInput, 'isDefaultBilling' | 'isDefaultShipping'>): KiboContactType[] {
  return [
    { name: 'Billing', isPrimary: address.isDefaultBilling },
    { name: 'Shipping', isPrimary: address.isDefaultShipping },
  ];
}

/**
 * The contact of an address. The customer's phones go on its primary contact (`primary`); any
 * other contact carries its own phone as "home".
 */
export function contact(address: AddressInput, email: string, phones: Phones, primary: boolean): KiboCustomerContact {
  const id = address.id !== undefined && /^\d+$/.test(address.id) ? Number(address.id) : undefined;
  return {
    ...(id === undefined ? {} : { id }),
    email,
    ...splitName(address.name),
    phoneNumbers: primary
      ? phoneNumbers({ ...phones, home: phones.home || address.phone })
      : phoneNumbers({ home: address.phone }),
    address: kiboAddress(address),
    types: contactTypes(address),
  };
}

/** Which address carries the customer's phones: the default billing one, else the default shipping one, else the first. */
export function primaryAddressIndex(addresses: readonly AddressInput[]): number {
  const billing = addresses.findIndex((a) => a.isDefaultBilling);
  if (billing !== -1) return billing;
  const shipping = addresses.findIndex((a) => a.isDefaultShipping);
  return shipping !== -1 ? shipping : addresses.length ? 0 : -1;
}

/** The phones of a customer without addresses: a contact of its own, with no address. */
function phonesContact(customer: CustomerInput): KiboCustomerContact {
  return {
    email: customer.email,
    firstName: customer.firstName,
    lastNameOrSurname: customer.lastName,
    phoneNumbers: phoneNumbers(customer.phones),
    types: [],
  };
}

/** The contacts of a customer: one per address, or one for the phones alone. */
export function contacts(customer: CustomerInput): KiboCustomerContact[] {
  const primary = primaryAddressIndex(customer.addresses);
  const hasPhones = Object.values(customer.phones).some(Boolean);
  if (primary === -1) return hasPhones ? [phonesContact(customer)] : [];
  return customer.addresses.map((a, i) => contact(a, customer.email, customer.phones, i === primary));
}

/** A new account in the site's customer set (`addAccount`). */
export function newAccount(customer: CustomerInput, customerSet: string): KiboCustomerAccount {
  return {
    customerSet,
    firstName: customer.firstName,
    lastName: customer.lastName,
    emailAddress: customer.email,
    contacts: contacts(customer),
  };
}

/** Kibo's customer fields (lower case) → the paths of `CustomerInput`, for Kibo's validation errors. */
export const CUSTOMER_FIELDS: FieldPaths = {
  emailaddress: 'email',
  email: 'email',
  username: 'email',
  firstname: 'firstName',
  lastname: 'lastName',
  lastnameorsurname: 'lastName',
  phonenumbers: 'phones',
  home: 'phones',
  work: 'phones',
  mobile: 'phones',
  address1: 'addresses',
  cityortown: 'addresses',
  stateorprovince: 'addresses',
  postalorzipcode: 'addresses',
  countrycode: 'addresses',
};

/** Our address as Kibo's (`CustomerContact.address`, `Contact.address`, a rate request's destination). */
export function kiboAddress(
  address: Pick<AddressInput, 'line1' | 'line2' | 'city' | 'region' | 'postalCode' | 'country'>,
) {
  return {
    address1: address.line1,
    address2: address.line2 || null,
    cityOrTown: address.city,
    stateOrProvince: address.region || null,
    postalOrZipCode: address.postalCode || null,
    countryCode: address.country,
  };
}

/**
 * An order's tax exemption as Kibo's order fields (`Order.isTaxExempt`, and the certificate number
 * as `Order.customerTaxId`), for pricing and for the order created at submit; nothing for a taxed order.
 */
export function taxExemptFields(
  draft: Pick<OrderDraft, 'taxExemption'>,
): Pick<KiboOrder, 'isTaxExempt' | 'customerTaxId'> {
  const exemption = draft.taxExemption;
  return exemption ? { isTaxExempt: true, customerTaxId: exemption.certificateNumber } : {};
}

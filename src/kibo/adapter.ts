/**
 * The Kibo Commerce adapter: `OrderAdapter` over Kibo's REST API, as planned in docs/KIBO.md.
 *
 * Served: the sites with their customer sets, the orders list, the customer search, creating and
 * editing a customer, the product search, a product and its configuration, the fulfillment
 * options of one item or of many at once (`fulfillment.ts`), shipping methods, price lists, pricing, payment types, store credit and gift card
 * balances, card tokenization through Kibo's payment service (`cards.ts`, the only call that sees
 * a card number), submitting (`submit-sequence.ts`) and finding the order of an idempotency key.
 *
 * What is sent is typed by Kibo's models (`encode.ts`); what is read is checked by `decode.ts`;
 * the HTTP side (headers, token, retries, errors) is `client.ts`.
 */
import { refuseCustomLines } from './custom-lines.js';
import type { CallInit, OrderAdapter } from '../adapter/adapter.js';
import { NotFoundError, ValidationError } from '../adapter/errors.js';
import { DecodeError } from '../adapter/decode.js';
import { invalidResponse, pathOf } from '../adapter/http.js';
import { pricingDraft } from '../model/pricing-request.js';
import type { AddressInput, Customer, CustomerInput, Listed, Site } from '../model/types.js';
import { tokenizeCard } from './cards.js';
import { fulfillmentReads } from './fulfillment.js';
import { type KiboClientOptions, type KiboRequest, createKiboClient } from './client.js';
import * as d from './decode.js';
import { GIFT_CARD, STORE_CREDIT, creditBalance, isCreditOfType, paymentTypes } from './decode-payments.js';
import { orderRecord } from './decode-order.js';
import { pricing, pricingOrder } from './pricing.js';
import { rateRequest, shippingMethods } from './shipping.js';
import { externalIdOf, filterText, orderOfKey } from './submit.js';
import { submitSequence } from './submit-sequence.js';
import { LAST_ORDERS_READ, lastOrderedItems } from './last-items.js';
import { CUSTOMER_FIELDS, contact, contacts, newAccount, primaryAddressIndex } from './encode.js';
import type { KiboCustomerAccount, KiboCustomerContact, KiboProductOptionSelections } from './kibo-types.js';

export interface KiboAdapterOptions extends KiboClientOptions {
  /**
   * The origin of Kibo's payment service, where cards are tokenized, or the host's proxy of it:
   * e.g. "https://payments-sb.usc1.gcp.kibocommerce.com" (a sandbox) or "/kibo/pci". The adapter
   * appends `/payments/commerce/payments/cards/`. The only address that ever sees a card number.
   * Without it, `tokenizeCard` rejects with an UnavailableError (card payments not set up).
   */
  paymentServiceUrl?: string;
  /**
   * The price lists the agent may choose from, by code. Kibo's storefront API lists none
   * (docs/KIBO.md, `listPriceLists`): each is read, and kept when enabled for the site.
   */
  priceListCodes?: readonly string[];
  /**
   * Offer store credit as a payment type. Kibo has no site setting for it (docs/KIBO.md,
   * `listPaymentTypes`). Default false.
   */
  storeCredit?: boolean;
  /**
   * Offer gift cards as a payment type: Kibo customer credits whose `creditType` is "GiftCard",
   * their balance read as a store credit's. No site setting says so either. Default false.
   */
  giftCards?: boolean;
}

/** What the adapter keeps of the tenant: its sites, each with its customer set. */
interface TenantData {
  sites: Listed<Site>;
}

const SITE_GONE = 'this site is not one of the tenant’s sites. Refresh the page.';
const PRODUCT_GONE = 'this product no longer exists. Search for it again.';
const CUSTOMER_GONE = 'this customer no longer exists. Search for the customer again.';
/** Kibo's largest page ("the maximum value is 200"). */
const MAX_PAGE = 200;
const DEFAULT_PAGE = 20;

/** Anything: the answer of a call whose body is not used (or a body read by the caller). */
const raw = (value: unknown) => value;

/** Creates an `OrderAdapter` over Kibo Commerce's REST API. */
export function createKiboAdapter(options: KiboAdapterOptions): OrderAdapter {
  const request = createKiboClient(options);
  let tenantData: TenantData | undefined;

  async function loadTenant(action: string, init?: CallInit): Promise<TenantData> {
    const tenantPath = pathOf`/platform/tenants/${String(options.tenantId)}`;
    const [tenant, sets] = await Promise.all([
      request({ action, method: 'GET', path: tenantPath, retry: true, decode: raw }, init),
      request(
        {
          action,
          method: 'GET',
          path: '/commerce/customer/customerSets',
          query: { pageSize: MAX_PAGE },
          retry: true,
          decode: raw,
        },
        init,
      ),
    ]);
    try {
      tenantData = { sites: d.sites(tenant, sets) };
    } catch (error) {
      if (error instanceof DecodeError) throw invalidResponse({ action }, error.message, 200);
      throw error;
    }
    return tenantData;
  }

  /** The site's currency and customer set, from the tenant (read once, then kept). */
  async function siteOf(
    siteId: string,
    action: string,
    init?: CallInit,
  ): Promise<{ currency: string; customerSet: string }> {
    const find = (data: TenantData) => data.sites.find((s) => s.id === siteId);
    const site = (tenantData && find(tenantData)) ?? find(await loadTenant(action, init));
    if (!site) throw new NotFoundError(`Could not ${action}: ${SITE_GONE}`);
    return { currency: site.currency, customerSet: site.customerSetId };
  }

  function read<T>(siteId: string, shape: Omit<KiboRequest<T>, 'method' | 'retry' | 'siteId'>, init?: CallInit) {
    return request({ ...shape, method: 'GET', retry: true, siteId }, init);
  }

  /** The account with its contacts, checked to be one (`decode.customer`), as Kibo answered it. */
  async function getAccount(siteId: string, accountId: string, action: string, init?: CallInit) {
    const path = pathOf`/commerce/customer/accounts/${accountId}`;
    const query = { responseGroups: 'Contacts' };
    const decode = (value: unknown, at: string) => ({
      raw: value as KiboCustomerAccount,
      customer: d.customer(value, at),
    });
    return read(siteId, { action, notFound: CUSTOMER_GONE, path, query, decode }, init);
  }

  /**
   * Saves the contacts of an edited customer to match its addresses: each address updates its
   * contact (by id, or, for an address added by an earlier save that was interrupted, by its
   * fields), or is added; the contacts of removed addresses are deleted. A contact without an
   * address (phones alone) stays, and takes the phones of a customer without addresses.
   */
  async function saveContacts(
    siteId: string,
    accountId: string,
    customer: CustomerInput,
    existing: KiboCustomerContact[],
    init?: CallInit,
  ) {
    const action = 'save the customer’s addresses';
    const contactsPath = pathOf`/commerce/customer/accounts/${accountId}/contacts`;
    const known = existing.map((raw, i) => ({ raw, address: d.contactAddress(raw, `contacts[${i}]`) }));
    const used = new Set<number>();
    const fields = (a: AddressInput | Omit<AddressInput, 'id'>) =>
      [a.name, a.line1, a.line2 ?? '', a.city, a.region, a.postalCode, a.country].join('\n');
    const match = (address: AddressInput) => {
      const byId = known.findIndex((k, i) => !used.has(i) && k.address !== null && k.address.id === address.id);
      if (byId !== -1) return byId;
      return known.findIndex((k, i) => !used.has(i) && k.address !== null && fields(k.address) === fields(address));
    };
    const sendContact = async (body: KiboCustomerContact, contactId: number | undefined) => {
      const shape = { action, siteId, fieldPaths: CUSTOMER_FIELDS, decode: raw };
      if (contactId === undefined) {
        // Never repeated: a lost answer must not add the address twice.
        await request({ ...shape, method: 'POST', path: contactsPath, body, retry: false }, init);
        return;
      }
      const path = pathOf`/commerce/customer/accounts/${accountId}/contacts/${String(contactId)}`;
      const withIds = { ...body, id: contactId, accountId: Number(accountId) };
      await request({ ...shape, method: 'PUT', path, body: withIds, retry: true }, init);
    };
    const primary = primaryAddressIndex(customer.addresses);
    for (const [i, address] of customer.addresses.entries()) {
      const found = match(address);
      if (found !== -1) used.add(found);
      const body = contact({ ...address, id: undefined }, customer.email, customer.phones, i === primary);
      await sendContact(body, found === -1 ? undefined : (known[found]!.raw.id ?? undefined));
    }
    if (!customer.addresses.length) {
      const [phones] = contacts(customer);
      const phonesOnly = known.find((k) => k.address === null && Number.isSafeInteger(k.raw.id));
      if (phones) await sendContact(phones, phonesOnly?.raw.id ?? undefined);
    }
    for (const [i, k] of known.entries()) {
      if (used.has(i) || k.address === null) continue;
      const path = pathOf`/commerce/customer/accounts/${accountId}/contacts/${String(k.raw.id)}`;
      try {
        await request({ action, method: 'DELETE', path, siteId, retry: false, decode: raw }, init);
      } catch (error) {
        // Already gone (an earlier save that was interrupted): what was asked for.
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
  }

  return {
    // Kibo's order list takes startIndex/pageSize natively: the orders list may jump to any page.
    orderOffsets: true,
    // No non-catalog items on a Kibo order (custom-lines.ts): "Add custom item" is not offered.
    customLines: false,

    async listSites(init) {
      return (await loadTenant('load the sites', init)).sites;
    },

    async listOrders({ siteId, cursor, offset, limit, customerId, since }, init) {
      const action = 'load the orders';
      if (cursor && !/^\d+$/.test(cursor)) {
        throw new ValidationError(`Could not ${action}: the page asked for is not known. Refresh the list.`, [
          { path: 'cursor', code: 'invalid', message: 'Refresh the list.' },
        ]);
      }
      // A customer id that is not a Kibo account id (an integer) has no orders.
      if (customerId !== undefined && !/^\d+$/.test(customerId)) return { items: [], nextCursor: null, total: 0 };
      const startIndex = offset !== undefined && offset >= 0 ? Math.floor(offset) : cursor ? Number(cursor) : 0;
      const pageSize = Math.min(Math.max(1, limit ?? DEFAULT_PAGE), MAX_PAGE);
      const filter = [
        customerId === undefined ? '' : `customerAccountId eq ${customerId}`,
        since === undefined ? '' : `submittedDate ge ${since}`,
      ]
        .filter(Boolean)
        .join(' and ');
      const query = { startIndex, pageSize, sortBy: 'submittedDate desc', filter };
      const page = await read(
        siteId,
        { action, notFound: SITE_GONE, path: '/commerce/orders', query, decode: raw },
        init,
      );
      return d.orderPage(page, startIndex, pageSize);
    },

    async searchCustomers({ siteId, query, limit }, init) {
      const action = 'search the customers';
      const { customerSet } = await siteOf(siteId, action, init);
      const params = {
        q: query,
        pageSize: Math.min(Math.max(1, limit ?? DEFAULT_PAGE), MAX_PAGE),
        responseGroups: 'Contacts',
        filter: `customerSet eq ${filterText(customerSet)}`,
      };
      const answer = await read(
        siteId,
        { action, path: '/commerce/customer/accounts', query: params, decode: raw },
        init,
      );
      return d.customers(answer, customerSet);
    },

    async createCustomer({ siteId, customer }, init) {
      const action = 'create the customer';
      const { customerSet } = await siteOf(siteId, action, init);
      const body: KiboCustomerAccount = newAccount(customer, customerSet);
      return request(
        {
          action,
          method: 'POST',
          path: '/commerce/customer/accounts',
          query: { responseGroups: 'Contacts' },
          body,
          siteId,
          // Never repeated: a lost answer must not create the customer twice.
          retry: false,
          fieldPaths: CUSTOMER_FIELDS,
          decode: d.customer,
        },
        init,
      );
    },

    async updateCustomer({ siteId, customerId, customer }, init): Promise<Customer> {
      const action = 'save the customer';
      if (!/^\d+$/.test(customerId)) throw new NotFoundError(`Could not ${action}: ${CUSTOMER_GONE}`);
      const current = await getAccount(siteId, customerId, action, init);
      // The account's own fields; whether a PUT with contacts replaces them is not in the
      // definitions, so the contacts are saved one by one (`saveContacts`).
      const body: KiboCustomerAccount = {
        id: Number(customerId),
        customerSet: current.customer.customerSetId,
        firstName: customer.firstName,
        lastName: customer.lastName,
        emailAddress: customer.email,
      };
      const path = pathOf`/commerce/customer/accounts/${customerId}`;
      const put = { action, notFound: CUSTOMER_GONE, method: 'PUT' as const, path, body, siteId };
      await request({ ...put, retry: true, fieldPaths: CUSTOMER_FIELDS, decode: raw }, init);
      await saveContacts(siteId, customerId, customer, current.raw.contacts ?? [], init);
      return (await getAccount(siteId, customerId, action, init)).customer;
    },

    async searchProducts({ siteId, query, limit }, init) {
      const action = 'search the products';
      const { currency } = await siteOf(siteId, action, init);
      const params = { query, pageSize: Math.min(Math.max(1, limit ?? DEFAULT_PAGE), MAX_PAGE) };
      const path = '/commerce/catalog/storefront/productsearch/search';
      const answer = await read(siteId, { action, path, query: params, decode: raw }, init);
      return d.products(answer, currency);
    },

    async getProduct({ siteId, productId }, init) {
      const action = 'load the product';
      const { currency } = await siteOf(siteId, action, init);
      const path = pathOf`/commerce/catalog/storefront/products/${productId}`;
      return read(siteId, { action, notFound: PRODUCT_GONE, path, decode: d.product(currency) }, init);
    },

    async configureProduct({ siteId, productId, options: chosen }, init) {
      const action = 'find this product configuration';
      const combination = 'this combination of options does not exist. Choose other options.';
      const { currency } = await siteOf(siteId, action, init);
      const productPath = pathOf`/commerce/catalog/storefront/products/${productId}`;
      const found = await read(siteId, { action, notFound: PRODUCT_GONE, path: productPath, decode: raw }, init);
      const selections = d.optionSelections(found, chosen);
      if (!selections) throw new NotFoundError(`Could not ${action}: ${combination}`);
      const body: KiboProductOptionSelections = { options: selections };
      const variant = await request(
        {
          action,
          notFound: combination,
          method: 'POST',
          path: pathOf`/commerce/catalog/storefront/products/${productId}/configure`,
          body,
          siteId,
          // Reads only: safe to repeat.
          retry: true,
          decode: (value) => d.configured(value, currency, chosen),
        },
        init,
      );
      if (!variant) throw new NotFoundError(`Could not ${action}: ${combination}`);
      return variant;
    },
    ...fulfillmentReads(request),
    async getShippingMethods({ draft }, init) {
      const action = 'load the shipping methods';
      refuseCustomLines(draft, action);
      if (!draft.siteId) {
        throw new ValidationError(`Could not ${action}: choose a site first.`, [
          { path: 'siteId', code: 'required', message: 'Choose a site.' },
        ]);
      }
      const { currency } = await siteOf(draft.siteId, action, init);
      const body = rateRequest(draft, draft.currency ?? currency);
      // Nothing shipped, or nowhere to ship to: no rates to ask for.
      if (!body) return [];
      return request(
        {
          action,
          method: 'POST',
          path: '/commerce/catalog/storefront/shipping/request-rates',
          body,
          siteId: draft.siteId,
          // Reads only: safe to repeat.
          retry: true,
          decode: (value) => shippingMethods(value, body.isoCurrencyCode ?? currency),
        },
        init,
      );
    },
    async listPriceLists({ siteId }, init) {
      const action = 'load the price lists';
      const lists = await Promise.all(
        (options.priceListCodes ?? []).map(async (code) => {
          const path = pathOf`/commerce/catalog/storefront/pricelists/${code}`;
          try {
            return await read(siteId, { action, path, decode: (value) => d.priceList(value, siteId) }, init);
          } catch (error) {
            // A code the tenant no longer has: not offered.
            if (error instanceof NotFoundError) return null;
            throw error;
          }
        }),
      );
      return lists.filter((list) => list !== null);
    },
    async priceOrder({ draft }, init) {
      const action = 'price the order';
      refuseCustomLines(draft, action);
      if (!draft.siteId) {
        throw new ValidationError(`Could not ${action}: choose a site first.`, [
          { path: 'siteId', code: 'required', message: 'Choose a site.' },
        ]);
      }
      const { currency: siteCurrency } = await siteOf(draft.siteId, action, init);
      const currency = draft.currency ?? siteCurrency;
      // Only what prices depend on: no notes, gift messages or payments.
      const body = pricingOrder(pricingDraft(draft), options.tenantId, currency);
      return request(
        {
          action,
          method: 'POST',
          path: '/commerce/orders/price',
          query: { refreshShipping: 'true' },
          body,
          siteId: draft.siteId,
          // Creates nothing: safe to repeat.
          retry: true,
          decode: (value) => pricing(value, draft, currency),
        },
        init,
      );
    },
    listPaymentTypes({ siteId }, init) {
      const action = 'load the payment types';
      const decode = (value: unknown) => paymentTypes(value, options.storeCredit === true, options.giftCards === true);
      return read(siteId, { action, path: '/commerce/settings/checkout', decode }, init);
    },

    async checkBalance({ siteId, typeId, code }, init) {
      const action = 'check the balance';
      // A gift card is a customer credit too (creditType "GiftCard"), read the same way; each type
      // takes only its own kind of credit.
      if (typeId !== STORE_CREDIT && typeId !== GIFT_CARD) {
        throw new ValidationError(`Could not ${action}: this payment type has no balance.`, [
          { path: 'typeId', code: 'invalid', message: 'Choose store credit or a gift card.' },
        ]);
      }
      const { currency } = await siteOf(siteId, action, init);
      const unknownCode = 'this code is not known. Check the code with the shopper.';
      const balance = await request(
        {
          action,
          notFound: unknownCode,
          method: 'GET',
          path: pathOf`/commerce/customer/credits/${code}`,
          siteId,
          retry: true,
          // A store credit or gift card code: never redirected, not even to the same origin.
          card: true,
          decode: (value) => {
            // A gift card's code asked as store credit (or the reverse) is not known either.
            if (!isCreditOfType(value, typeId)) throw new NotFoundError(`Could not ${action}: ${unknownCode}`);
            return creditBalance(value, code, Date.now(), typeId);
          },
        },
        init,
      );
      if (balance.available.currency !== currency) {
        throw new ValidationError(`Could not ${action}: this store credit is not in the site’s currency.`, [
          { path: 'code', code: 'currency', message: 'This store credit cannot pay for this site’s orders.' },
        ]);
      }
      return balance;
    },
    tokenizeCard: (card, init) => tokenizeCard(request, options.paymentServiceUrl, card, init),
    async submitOrder({ draft, idempotencyKey }, init) {
      const action = 'submit the order';
      refuseCustomLines(draft, action);
      const siteId = draft.siteId;
      if (!siteId) {
        throw new ValidationError(`Could not ${action}: choose a site first.`, [
          { path: 'siteId', code: 'required', message: 'Choose a site.' },
        ]);
      }
      const { currency } = await siteOf(siteId, action, init);
      return submitSequence(
        request,
        options.tenantId,
        { ...draft, siteId },
        draft.currency ?? currency,
        idempotencyKey,
        init,
      );
    },

    async findOrder({ siteId, idempotencyKey }, init) {
      const action = 'check whether the order was submitted';
      const query = { filter: `externalId eq ${filterText(externalIdOf(idempotencyKey))}`, pageSize: 1 };
      const decode = (value: unknown) => orderOfKey(value, idempotencyKey);
      return read(siteId, { action, path: '/commerce/orders', query, decode }, init);
    },

    async listLastOrderedItems({ siteId, customerId, limit }, init) {
      const action = 'load the last ordered items';
      // A customer id that is not a Kibo account id (an integer) has no orders.
      if (!/^\d+$/.test(customerId)) return [];
      const filter = `customerAccountId eq ${customerId}`;
      const query = { startIndex: 0, pageSize: LAST_ORDERS_READ, sortBy: 'submittedDate desc', filter };
      const decode = (value: unknown) => lastOrderedItems(value, Math.max(1, limit ?? 10));
      return read(siteId, { action, notFound: SITE_GONE, path: '/commerce/orders', query, decode }, init);
    },

    // Get Order; the customer from Get Account (a guest order, or an account gone: its billing contact).
    async getOrder({ siteId, orderId }, init) {
      const action = 'load the order';
      const path = pathOf`/commerce/orders/${orderId}`;
      // Checked as it arrives (a broken order is an invalid answer), read again once the customer is in.
      const decode = (value: unknown) => (orderRecord(value, null), value as { customerAccountId?: unknown });
      const order = await read(siteId, { action, notFound: 'this order no longer exists.', path, decode }, init);
      const accountId = order.customerAccountId;
      let customer: Customer | null = null;
      if (typeof accountId === 'number' && Number.isSafeInteger(accountId)) {
        try {
          customer = (await getAccount(siteId, String(accountId), action, init)).customer;
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
        }
      }
      return orderRecord(order, customer);
    },
  };
}

/**
 * Deterministic seed data for the mock backend: the same sites, customers, catalog, inventory
 * and existing orders on every run. Everything random is drawn from one seeded PRNG in a fixed
 * order; only dates depend on the injected `now` (they are relative to it).
 *
 * Fixture ids and names are fixed in docs/ARCHITECTURE.md ("Fixture ids"); tests rely on them.
 * The seed is built once per backend and never mutated: the backend layers what the agent
 * creates over it, which makes `reset()` instant.
 */
import type {
  Address,
  Customer,
  FutureStock,
  Inventory,
  OrderItemSummary,
  OrderStatus,
  OrderSummary,
  PaymentKind,
  PaymentType,
  Phones,
  ProductOption,
  ProductType,
  Site,
} from '../src/model/types.js';
import { priceDraft, type PricingCatalog, type PricingInput } from './pricing.js';
import { Prng } from './prng.js';

/** The number of the newest seeded order; the next submitted order gets the one after it. */
export const NEWEST_SEEDED_ORDER_NUMBER = 10541;

export interface SeedOptions {
  /** How many existing orders across the sites (default 2 100). */
  orders?: number;
  /** Only these sites (e.g. `['us']` for a one-site story). Defaults to all three. */
  siteIds?: string[];
  /** No existing orders at all (an "empty" story). */
  emptyOrders?: boolean;
}

export interface MockLocation {
  id: string;
  name: string;
  /** Direct Ship draws on the aggregate of the ship-from locations. */
  shipFrom: boolean;
  pickup: boolean;
  delivery: boolean;
  line1: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface CatalogVariant {
  id: string;
  code: string;
  options: Record<string, string>;
}

export interface CatalogProduct {
  id: string;
  code: string;
  name: string;
  type: ProductType;
  category: string;
  description: string;
  imageUrl: string;
  options: ProductOption[];
  variants: CatalogVariant[];
  /** List price per currency, integer minor units. */
  prices: Record<string, number>;
  /** Handling fee per unit per currency, when the product has one. */
  handling: Record<string, number> | null;
  /** Import duty on shipments to Canada, in basis points of the merchandise (600 = 6 %). */
  dutyBasisPoints: number;
  shippable: boolean;
  pickupAllowed: boolean;
  /** Lower-case, diacritic-free name and code, for search. */
  search: string;
}

export interface MockShippingMethod {
  id: string;
  name: string;
  description: string;
  /** Rate per currency, integer minor units. */
  rates: Record<string, number>;
}

export interface MockPriceList {
  id: string;
  name: string;
  description: string;
  /** Discount below the list price, basis points. */
  basisPointsOff: number;
  /** The customer sets whose sites offer this price list. */
  customerSetIds: string[];
}

export type MockCoupon =
  | { code: string; kind: 'percent-off-subtotal'; label: string; basisPoints: number }
  | { code: string; kind: 'amount-off'; label: string; amount: number; minimumSubtotal: number }
  | { code: string; kind: 'free-shipping'; label: string; shippingMethodId: string }
  | { code: string; kind: 'expired'; label: string };

export interface MockBalanceCode {
  typeId: 'gift-card' | 'store-credit';
  code: string;
  /** Minor units, in the currency of the site where it is checked. */
  amount: number;
}

export interface SeedData {
  /** The instant the dates are relative to. */
  now: Date;
  sites: Site[];
  /** The country a site's prices and default tax belong to. */
  siteCountries: Record<string, string>;
  customers: Customer[];
  locations: MockLocation[];
  products: CatalogProduct[];
  productById: Map<string, CatalogProduct>;
  variantById: Map<string, { product: CatalogProduct; variant: CatalogVariant }>;
  /** Stock per stock key (variant id, or product id of a simple product), per location id. */
  inventory: Map<string, Record<string, Inventory>>;
  shippingMethods: MockShippingMethod[];
  priceLists: MockPriceList[];
  coupons: MockCoupon[];
  paymentTypes: Record<string, PaymentType[]>;
  balances: MockBalanceCode[];
  /** Existing orders of every site, newest first. */
  orders: OrderSummary[];
  /** The highest seeded customer number, so created customers continue after it. */
  lastCustomerNumber: number;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

export const ALL_SITES: readonly Site[] = [
  { id: 'us', name: 'US Store', currency: 'USD', locale: 'en-US', customerSetId: 'retail', customerSetName: 'Retail' },
  {
    id: 'ca',
    name: 'Canada Store',
    currency: 'CAD',
    locale: 'en-CA',
    customerSetId: 'retail',
    customerSetName: 'Retail',
  },
  {
    id: 'wholesale',
    name: 'Wholesale',
    currency: 'USD',
    locale: 'en-US',
    customerSetId: 'wholesale',
    customerSetName: 'Wholesale',
  },
];

const SITE_COUNTRIES: Record<string, string> = { us: 'US', ca: 'CA', wholesale: 'US' };

/** Lower case without diacritics, so that "cote" finds "Côté". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Locations

const LOCATIONS: MockLocation[] = [
  {
    id: 'central-warehouse',
    name: 'Central Warehouse',
    shipFrom: true,
    pickup: false,
    delivery: false,
    line1: '4500 Logistics Pkwy',
    city: 'Round Rock',
    region: 'TX',
    postalCode: '78664',
    country: 'US',
  },
  {
    id: 'downtown',
    name: 'Downtown Store',
    shipFrom: false,
    pickup: true,
    delivery: false,
    line1: '301 Congress Ave',
    city: 'Austin',
    region: 'TX',
    postalCode: '78701',
    country: 'US',
  },
  {
    id: 'airport',
    name: 'Airport Kiosk',
    shipFrom: false,
    pickup: true,
    delivery: false,
    line1: '3600 Presidential Blvd',
    city: 'Austin',
    region: 'TX',
    postalCode: '78719',
    country: 'US',
  },
  {
    id: 'uptown',
    name: 'Uptown Store',
    shipFrom: false,
    pickup: true,
    delivery: true,
    line1: '11410 Century Oaks Ter',
    city: 'Austin',
    region: 'TX',
    postalCode: '78758',
    country: 'US',
  },
];

// ---------------------------------------------------------------------------------------------
// Customers

const FIRST_NAMES = [
  'Olivia',
  'Liam',
  'Emma',
  'Noah',
  'Ava',
  'Elijah',
  'Sophia',
  'James',
  'Isabella',
  'William',
  'Mia',
  'Benjamin',
  'Charlotte',
  'Lucas',
  'Amelia',
  'Henry',
  'Harper',
  'Theodore',
  'Evelyn',
  'Jack',
  'Abigail',
  'Levi',
  'Emily',
  'Alexander',
  'Ella',
  'Mateo',
  'Elizabeth',
  'Daniel',
  'Camila',
  'Michael',
  'Luna',
  'Mason',
  'Sofia',
  'Sebastian',
  'Avery',
  'Ethan',
  'Mila',
  'Logan',
  'Aria',
  'Owen',
  'Scarlett',
  'Samuel',
  'Penelope',
  'Jacob',
  'Layla',
  'Asher',
  'Chloe',
  'Aiden',
  'Victoria',
  'John',
  'Madison',
  'Joseph',
  'Eleanor',
  'Wyatt',
  'Hannah',
  'David',
  'Nora',
  'Leo',
  'Lily',
  'Priya',
  'Arjun',
  'Mei',
  'Wei',
  'Aisha',
  'Omar',
  'Fatima',
  'Hiroshi',
  'Yuki',
  'Sven',
  'Ingrid',
  'Diego',
  'Lucía',
  'Chidi',
  'Amara',
  'Nikolai',
  'Anya',
  'Siobhan',
  'Declan',
  'Zoé',
  'Rémi',
];

const LAST_NAMES = [
  'Smith',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Nguyen',
  'Hill',
  'Flores',
  'Green',
  'Adams',
  'Nelson',
  'Baker',
  'Hall',
  'Rivera',
  'Campbell',
  'Mitchell',
  'Carter',
  'Roberts',
  'Tremblay',
  'Gagnon',
  'Roy',
  'Côté',
  'Bouchard',
  'Gauthier',
  'Morin',
  'Lavoie',
  'Fortin',
  'Gagné',
  'Ouellet',
  'Patel',
  'Singh',
  'Kim',
  'Chen',
  'Wong',
  'Okafor',
  'Kowalski',
  'Novak',
  'Schmidt',
  'Rossi',
  'Silva',
  'Murphy',
  "O'Brien",
  'MacDonald',
  'Fraser',
];

const STREETS = [
  'Maple',
  'Oak',
  'Cedar',
  'Elm',
  'Pine',
  'Lakeview',
  'Hillcrest',
  'Park',
  'Main',
  'Church',
  'River',
  'Sunset',
  'Highland',
  'Willow',
  'Birch',
  'Spruce',
  'Chestnut',
  'Queen',
  'King',
  'Victoria',
  'Harbour',
  'Meadow',
  'Forest',
  'Ridge',
];
const US_SUFFIXES = ['St', 'Ave', 'Blvd', 'Dr', 'Ln', 'Rd', 'Way', 'Ct'];
const CA_SUFFIXES = ['St', 'Ave', 'Rd', 'Cres', 'Blvd', 'Dr'];

/** City, state, telephone area code, and the ZIP range of the city (5 digits, state-consistent). */
const US_CITIES: ReadonlyArray<readonly [string, string, string, number, number]> = [
  ['Austin', 'TX', '512', 78701, 78759],
  ['Dallas', 'TX', '214', 75201, 75254],
  ['Seattle', 'WA', '206', 98101, 98199],
  ['Portland', 'OR', '503', 97201, 97239],
  ['Denver', 'CO', '303', 80202, 80249],
  ['Chicago', 'IL', '312', 60601, 60661],
  ['Boston', 'MA', '617', 2108, 2137],
  ['New York', 'NY', '212', 10001, 10048],
  ['Atlanta', 'GA', '404', 30303, 30350],
  ['Miami', 'FL', '305', 33125, 33199],
  ['Phoenix', 'AZ', '602', 85003, 85054],
  ['Minneapolis', 'MN', '612', 55401, 55488],
  ['Nashville', 'TN', '615', 37201, 37250],
  ['San Diego', 'CA', '619', 92101, 92140],
  ['Raleigh', 'NC', '919', 27601, 27617],
];

/** City, province, area code, forward sortation areas (the first half of a postal code). */
const CA_CITIES: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ['Toronto', 'ON', '416', ['M5V', 'M4C', 'M6G', 'M5A', 'M4W']],
  ['Ottawa', 'ON', '613', ['K1P', 'K2P', 'K1N']],
  ['Vancouver', 'BC', '604', ['V6B', 'V5K', 'V6K']],
  ['Montréal', 'QC', '514', ['H2X', 'H3A', 'H2T']],
  ['Calgary', 'AB', '403', ['T2P', 'T3A', 'T2N']],
  ['Edmonton', 'AB', '780', ['T5J', 'T6E']],
  ['Winnipeg', 'MB', '204', ['R3C', 'R2M']],
  ['Halifax', 'NS', '902', ['B3H', 'B3K']],
];

/** Letters Canada Post uses in postal codes. */
const POSTAL_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';

function phone(areaCode: string, prng: Prng): string {
  // 555-0100…0199 is reserved for fiction: no real shopper can be dialled by mistake.
  return `(${areaCode}) 555-01${String(prng.int(0, 99)).padStart(2, '0')}`;
}

interface Place {
  city: string;
  region: string;
  postalCode: string;
  country: string;
  areaCode: string;
}

function usPlace(prng: Prng): Place {
  const [city, region, areaCode, low, high] = prng.pick(US_CITIES);
  return { city, region, areaCode, postalCode: String(prng.int(low, high)).padStart(5, '0'), country: 'US' };
}

function caPlace(prng: Prng): Place {
  const [city, region, areaCode, fsas] = prng.pick(CA_CITIES);
  const ldu = `${prng.int(0, 9)}${POSTAL_LETTERS[prng.int(0, POSTAL_LETTERS.length - 1)]}${prng.int(0, 9)}`;
  return { city, region, areaCode, postalCode: `${prng.pick(fsas)} ${ldu}`, country: 'CA' };
}

function streetLine(prng: Prng, country: string): string {
  const suffixes = country === 'CA' ? CA_SUFFIXES : US_SUFFIXES;
  return `${prng.int(10, 9899)} ${prng.pick(STREETS)} ${prng.pick(suffixes)}`;
}

function address(
  id: string,
  name: string,
  place: Place,
  prng: Prng,
  defaults: { billing: boolean; shipping: boolean },
): Address {
  const result: Address = {
    id,
    name,
    line1: streetLine(prng, place.country),
    city: place.city,
    region: place.region,
    postalCode: place.postalCode,
    country: place.country,
    isDefaultBilling: defaults.billing,
    isDefaultShipping: defaults.shipping,
  };
  if (prng.chance(0.2))
    result.line2 = prng.chance(0.5)
      ? `Apt ${prng.int(1, 30)}${prng.pick(['A', 'B', 'C'])}`
      : `Suite ${prng.int(100, 950)}`;
  return result;
}

function fixtureCustomers(): Customer[] {
  return [
    {
      id: 'ada',
      customerNumber: 'C000001',
      customerSetId: 'retail',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada.lovelace@example.com',
      phones: { home: '(512) 555-0100' },
      addresses: [
        {
          id: 'ada-home',
          name: 'Ada Lovelace',
          line1: '1815 Analytical Engine Way',
          city: 'Austin',
          region: 'TX',
          postalCode: '78701',
          country: 'US',
          phone: '(512) 555-0100',
          isDefaultBilling: true,
          isDefaultShipping: true,
        },
      ],
    },
    {
      id: 'grace',
      customerNumber: 'C000002',
      customerSetId: 'wholesale',
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace.hopper@example.com',
      phones: { work: '(703) 555-0101' },
      addresses: [
        {
          id: 'grace-office',
          name: 'Grace Hopper',
          line1: '1906 Compiler Ct',
          line2: 'Suite 200',
          city: 'Arlington',
          region: 'VA',
          postalCode: '22201',
          country: 'US',
          isDefaultBilling: true,
          isDefaultShipping: true,
        },
      ],
    },
    {
      // Fails the order rules on purpose: no phone, and no default shipping address.
      id: 'alan',
      customerNumber: 'C000003',
      customerSetId: 'retail',
      firstName: 'Alan',
      lastName: 'Turing',
      email: 'alan.turing@example.com',
      phones: {},
      addresses: [
        {
          id: 'alan-billing',
          name: 'Alan Turing',
          line1: '1912 Enigma Ln',
          city: 'Seattle',
          region: 'WA',
          postalCode: '98101',
          country: 'US',
          isDefaultBilling: true,
          isDefaultShipping: false,
        },
      ],
    },
    {
      id: 'katherine',
      customerNumber: 'C000004',
      customerSetId: 'retail',
      firstName: 'Katherine',
      lastName: 'Johnson',
      email: 'katherine.johnson@example.com',
      phones: { mobile: '(757) 555-0102' },
      addresses: [
        {
          id: 'katherine-billing',
          name: 'Katherine Johnson',
          line1: '1918 Orbit Rd',
          city: 'Hampton',
          region: 'VA',
          postalCode: '23666',
          country: 'US',
          isDefaultBilling: true,
          isDefaultShipping: false,
        },
        {
          id: 'katherine-shipping',
          name: 'Katherine Johnson',
          line1: '1962 Friendship Ave',
          city: 'Newport News',
          region: 'VA',
          postalCode: '23601',
          country: 'US',
          isDefaultBilling: false,
          isDefaultShipping: true,
        },
      ],
    },
    {
      // A Retail shopper who ships to Canada: Canadian tax and duty apply to his Direct Ship lines.
      id: 'frederick',
      customerNumber: 'C000005',
      customerSetId: 'retail',
      firstName: 'Frederick',
      lastName: 'Banting',
      email: 'frederick.banting@example.com',
      phones: { home: '(416) 555-0103', mobile: '(416) 555-0104' },
      addresses: [
        {
          id: 'frederick-home',
          name: 'Frederick Banting',
          line1: '1921 Insulin Cres',
          city: 'Toronto',
          region: 'ON',
          postalCode: 'M5S 1A8',
          country: 'CA',
          isDefaultBilling: true,
          isDefaultShipping: true,
        },
      ],
    },
  ];
}

function emailLocal(first: string, last: string): string {
  return fold(`${first}.${last}`).replace(/[^a-z.]/g, '');
}

const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];

function generateCustomers(prng: Prng): Customer[] {
  const customers: Customer[] = [];
  const usedEmails = new Set<string>(fixtureCustomers().map((c) => c.email));
  const plan: Array<{ set: string; country: string; count: number }> = [
    { set: 'retail', country: 'US', count: 300 },
    { set: 'retail', country: 'CA', count: 130 },
    { set: 'wholesale', country: 'US', count: 110 },
  ];
  let n = 0;
  for (const { set, country, count } of plan) {
    for (let i = 0; i < count; i++) {
      n++;
      const firstName = prng.pick(FIRST_NAMES);
      const lastName = prng.pick(LAST_NAMES);
      const id = `cust-${String(n).padStart(4, '0')}`;
      const name = `${firstName} ${lastName}`;
      const place = country === 'CA' ? caPlace(prng) : usPlace(prng);
      const domain = prng.pick(EMAIL_DOMAINS);
      let email = `${emailLocal(firstName, lastName)}@${domain}`;
      for (let k = 2; usedEmails.has(email); k++) email = `${emailLocal(firstName, lastName)}${k}@${domain}`;
      usedEmails.add(email);

      const phones: Phones = {};
      if (prng.chance(0.7)) phones.mobile = phone(place.areaCode, prng);
      if (prng.chance(0.4)) phones.home = phone(place.areaCode, prng);
      if (set === 'wholesale' || prng.chance(0.15)) phones.work = phone(place.areaCode, prng);
      if (!phones.mobile && !phones.home && !phones.work) phones.mobile = phone(place.areaCode, prng);

      const addresses: Address[] = [];
      if (prng.chance(0.2)) {
        // Separate billing and shipping addresses, in the same country.
        addresses.push(address(`${id}-a1`, name, place, prng, { billing: true, shipping: false }));
        const second = country === 'CA' ? caPlace(prng) : usPlace(prng);
        addresses.push(address(`${id}-a2`, name, second, prng, { billing: false, shipping: true }));
      } else {
        addresses.push(address(`${id}-a1`, name, place, prng, { billing: true, shipping: true }));
      }
      customers.push({
        id,
        customerNumber: `C${String(100 + n).padStart(6, '0')}`,
        customerSetId: set,
        firstName,
        lastName,
        email,
        phones,
        addresses,
      });
    }
  }
  return customers;
}

// ---------------------------------------------------------------------------------------------
// Catalog

function swatch(color: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="${color}"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const CATEGORY_IMAGES: Record<string, string> = {
  footwear: swatch('#8c4a2f'),
  apparel: swatch('#3a5a8c'),
  home: swatch('#c99a3c'),
  outdoor: swatch('#4a7a4a'),
  accessories: swatch('#6a4a7a'),
  gifts: swatch('#b03a5a'),
};

function product(init: Omit<CatalogProduct, 'search' | 'imageUrl'> & { imageUrl?: string }): CatalogProduct {
  return {
    ...init,
    imageUrl: init.imageUrl ?? CATEGORY_IMAGES[init.category]!,
    search: fold(`${init.name} ${init.code}`),
  };
}

function variantsOf(
  productId: string,
  code: string,
  options: ProductOption[],
  exists: (values: Record<string, string>) => boolean = () => true,
): CatalogVariant[] {
  let combos: Array<Record<string, string>> = [{}];
  for (const option of options) {
    combos = combos.flatMap((combo) => option.values.map((value) => ({ ...combo, [option.name]: value })));
  }
  return combos.filter(exists).map((values) => {
    const parts = options.map((o) => values[o.name]!);
    return {
      id: `${productId}-${parts.map(slug).join('-')}`,
      code: `${code}-${parts
        .map((p) =>
          /^\d+$/.test(p)
            ? p.padStart(2, '0')
            : fold(p)
                .replace(/[^a-z]/g, '')
                .slice(0, 3)
                .toUpperCase(),
        )
        .join('-')}`,
      options: values,
    };
  });
}

const TRAIL_RUNNER_OPTIONS: ProductOption[] = [
  { name: 'Size', required: true, values: ['7', '8', '9', '10', '11', '12'] },
  { name: 'Color', required: true, values: ['Red', 'Blue', 'Black'] },
];

function fixtureProducts(): CatalogProduct[] {
  return [
    product({
      id: 'trail-runner',
      code: 'TRS-100',
      name: 'Trail Runner Shoe',
      type: 'configurable',
      category: 'footwear',
      description: 'A light trail running shoe with a grippy outsole.',
      options: TRAIL_RUNNER_OPTIONS,
      variants: variantsOf('trail-runner', 'TRS-100', TRAIL_RUNNER_OPTIONS),
      prices: { USD: 8999, CAD: 11999 },
      handling: null,
      dutyBasisPoints: 600,
      shippable: true,
      pickupAllowed: true,
    }),
    product({
      id: 'canvas-tote',
      code: 'CTB-200',
      name: 'Canvas Tote Bag',
      type: 'simple',
      category: 'accessories',
      description: 'A sturdy cotton canvas tote.',
      options: [],
      variants: [],
      prices: { USD: 2499, CAD: 3299 },
      handling: null,
      dutyBasisPoints: 0,
      shippable: true,
      pickupAllowed: true,
    }),
    product({
      id: 'water-bottle',
      code: 'IWB-300',
      name: 'Insulated Water Bottle',
      type: 'simple',
      category: 'outdoor',
      description: 'Keeps drinks cold for 24 hours. Stocked in stores only.',
      options: [],
      variants: [],
      prices: { USD: 3200, CAD: 4200 },
      handling: { USD: 150, CAD: 150 },
      dutyBasisPoints: 0,
      shippable: true,
      pickupAllowed: true,
    }),
    product({
      id: 'gift-card',
      code: 'GFT-025',
      name: 'Gift Card',
      type: 'simple',
      category: 'gifts',
      description: 'Delivered by email; cannot be shipped or picked up.',
      options: [],
      variants: [],
      prices: { USD: 2500, CAD: 2500 },
      handling: null,
      dutyBasisPoints: 0,
      shippable: false,
      pickupAllowed: false,
    }),
  ];
}

interface Noun {
  noun: string;
  /** Handling fee per unit (same figure in USD and CAD), when the item is bulky. */
  handling?: number;
  duty?: number;
}

interface Category {
  id: string;
  prefix: string;
  low: number;
  high: number;
  nouns: Noun[];
  kind: 'shoe' | 'garment' | 'simple';
  duty: number;
}

const CATEGORIES: Category[] = [
  {
    id: 'footwear',
    prefix: 'FW',
    low: 59,
    high: 149,
    kind: 'shoe',
    duty: 600,
    nouns: ['Running Shoe', 'Hiking Boot', 'Sandal', 'Sneaker', 'Slip-On', 'Chelsea Boot', 'Loafer', 'Trail Shoe'].map(
      (noun) => ({ noun }),
    ),
  },
  {
    id: 'apparel',
    prefix: 'AP',
    low: 19,
    high: 129,
    kind: 'garment',
    duty: 0,
    nouns: [
      'T-Shirt',
      'Hoodie',
      'Rain Jacket',
      'Fleece Vest',
      'Flannel Shirt',
      'Joggers',
      'Puffer Jacket',
      'Polo Shirt',
    ].map((noun) => ({ noun })),
  },
  {
    id: 'home',
    prefix: 'HM',
    low: 14,
    high: 119,
    kind: 'simple',
    duty: 0,
    nouns: [
      { noun: 'Cast Iron Skillet', handling: 300 },
      { noun: 'Ceramic Mug' },
      { noun: 'Throw Blanket' },
      { noun: 'Cutting Board' },
      { noun: 'Desk Lamp', handling: 150 },
      { noun: 'French Press' },
      { noun: 'Dutch Oven', handling: 300 },
      { noun: 'Candle Set' },
    ],
  },
  {
    id: 'outdoor',
    prefix: 'OD',
    low: 12,
    high: 249,
    kind: 'simple',
    duty: 0,
    nouns: [
      { noun: 'Camping Chair', handling: 250 },
      { noun: 'Headlamp' },
      { noun: 'Trekking Poles' },
      { noun: 'Sleeping Bag', handling: 200 },
      { noun: 'Camp Stove', handling: 200 },
      { noun: 'Dry Bag' },
      { noun: 'Hammock' },
      { noun: 'Cooler', handling: 350 },
    ],
  },
  {
    id: 'accessories',
    prefix: 'AC',
    low: 15,
    high: 99,
    kind: 'simple',
    duty: 0,
    nouns: [
      { noun: 'Leather Wallet', duty: 300 },
      { noun: 'Sunglasses' },
      { noun: 'Backpack' },
      { noun: 'Leather Belt', duty: 300 },
      { noun: 'Duffel Bag' },
      { noun: 'Watch Strap' },
      { noun: 'Wool Scarf' },
      { noun: 'Baseball Cap' },
    ],
  },
];

const ADJECTIVES = [
  'Classic',
  'Ultralight',
  'Heritage',
  'Urban',
  'Alpine',
  'Coastal',
  'Summit',
  'Everyday',
  'Premium',
  'Recycled',
  'Organic',
  'Vintage',
  'Modern',
  'Rugged',
  'Compact',
];

const SHOE_COLORS = ['Black', 'Brown', 'Grey', 'Navy', 'White'];
const GARMENT_COLORS = ['Black', 'Heather Grey', 'Navy', 'Olive', 'Rust', 'White'];
const GARMENT_SIZES = ['S', 'M', 'L', 'XL'];

export const GENERATED_PRODUCT_COUNT = 320;

function generateProducts(prng: Prng): CatalogProduct[] {
  const combos: Array<{ category: Category; noun: Noun; adjective: string }> = [];
  for (const category of CATEGORIES) {
    for (const noun of category.nouns) {
      for (const adjective of ADJECTIVES) combos.push({ category, noun, adjective });
    }
  }
  const chosen = prng.shuffle(combos).slice(0, GENERATED_PRODUCT_COUNT);
  return chosen.map(({ category, noun, adjective }, index) => {
    const n = index + 1;
    const id = `p-${String(n).padStart(4, '0')}`;
    const code = `${category.prefix}-${1000 + n}`;
    const dollars = prng.int(category.low, category.high);
    const usd = dollars * 100 + prng.pick([99, 95, 0]);
    // CAD list prices end in .99, about 35 % above the USD figure.
    const cad = Math.round((usd * 135) / 10000) * 100 + 99;
    let options: ProductOption[] = [];
    let exists: (values: Record<string, string>) => boolean = () => true;
    if (category.kind === 'shoe') {
      options = [
        { name: 'Size', required: true, values: ['7', '8', '9', '10', '11', '12'] },
        { name: 'Color', required: true, values: prng.shuffle(SHOE_COLORS).slice(0, prng.int(2, 3)) },
      ];
    } else if (category.kind === 'garment') {
      const colors = prng.shuffle(GARMENT_COLORS).slice(0, prng.int(2, 4));
      options = [
        { name: 'Size', required: true, values: GARMENT_SIZES },
        { name: 'Color', required: true, values: colors },
      ];
      // Some garments skip XL in their last color: a combination that does not exist.
      if (prng.chance(0.5)) {
        const missing = colors[colors.length - 1]!;
        exists = (values) => !(values['Size'] === 'XL' && values['Color'] === missing);
      }
    }
    const type: ProductType = options.length > 0 ? 'configurable' : 'simple';
    const name = `${adjective} ${noun.noun}`;
    return product({
      id,
      code,
      name,
      type,
      category: category.id,
      description: `${name} from our ${category.id} range.`,
      options,
      variants: type === 'configurable' ? variantsOf(id, code, options, exists) : [],
      prices: { USD: usd, CAD: cad },
      handling: noun.handling ? { USD: noun.handling, CAD: noun.handling } : null,
      dutyBasisPoints: noun.duty ?? category.duty,
      shippable: true,
      pickupAllowed: category.id !== 'outdoor' || noun.handling === undefined,
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Inventory

function stockKeys(p: CatalogProduct): string[] {
  return p.type === 'configurable' ? p.variants.map((v) => v.id) : [p.id];
}

function emptyStock(): Record<string, Inventory> {
  return Object.fromEntries(LOCATIONS.map((l) => [l.id, { current: 0, future: [] }]));
}

function generateInventory(products: CatalogProduct[], prng: Prng, now: Date): Map<string, Record<string, Inventory>> {
  const inventory = new Map<string, Record<string, Inventory>>();
  const inDays = (days: number) => isoDate(new Date(now.getTime() + days * DAY));
  for (const p of products) {
    for (const key of stockKeys(p)) {
      const stock = emptyStock();
      if (p.id === 'gift-card') {
        // Unlimited in reality; the figure only shows that ship and pickup are refused for another reason.
        stock['central-warehouse'] = { current: 999, future: [] };
      } else if (p.id === 'canvas-tote') {
        stock['central-warehouse'] = { current: 240, future: [] };
        stock['downtown'] = { current: 18, future: [] };
        stock['airport'] = { current: 6, future: [] };
        stock['uptown'] = { current: 12, future: [] };
      } else if (p.id === 'water-bottle') {
        stock['downtown'] = { current: 9, future: [] };
        stock['airport'] = { current: 4, future: [] };
        stock['uptown'] = { current: 15, future: [] };
      } else if (key === 'trail-runner-12-red') {
        // Out of stock everywhere, nothing expected.
      } else if (key === 'trail-runner-9-blue') {
        stock['downtown'] = { current: 3, future: [] };
        stock['central-warehouse'] = {
          current: 0,
          future: [
            { quantity: 2, expectedDate: inDays(21) },
            { quantity: 5, expectedDate: inDays(42) },
          ],
        };
      } else if (p.id === 'trail-runner') {
        stock['central-warehouse'] = { current: prng.int(20, 60), future: [] };
        stock['downtown'] = { current: prng.int(0, 6), future: [] };
        stock['airport'] = { current: prng.int(0, 3), future: [] };
        stock['uptown'] = { current: prng.int(1, 6), future: [] };
      } else if (!prng.chance(0.03)) {
        for (const location of LOCATIONS) {
          const current = location.shipFrom
            ? prng.chance(0.1)
              ? 0
              : prng.int(5, 200)
            : prng.chance(0.3)
              ? 0
              : prng.int(1, 20);
          const future: FutureStock[] = [];
          if (location.shipFrom && prng.chance(0.15)) {
            future.push({ quantity: prng.int(10, 50), expectedDate: inDays(prng.int(7, 45)) });
          }
          stock[location.id] = { current, future };
        }
      }
      inventory.set(key, stock);
    }
  }
  return inventory;
}

// ---------------------------------------------------------------------------------------------
// Pricing rules, payments

const SHIPPING_METHODS: MockShippingMethod[] = [
  { id: 'ground', name: 'Ground', description: '5–7 business days', rates: { USD: 795, CAD: 795 } },
  { id: '2-day', name: '2-Day', description: '2 business days', rates: { USD: 1495, CAD: 1495 } },
  { id: 'overnight', name: 'Overnight', description: 'Next business day', rates: { USD: 2995, CAD: 2995 } },
];

const PRICE_LISTS: MockPriceList[] = [
  {
    id: 'vip',
    name: 'VIP',
    description: '10% below list',
    basisPointsOff: 1000,
    customerSetIds: ['retail', 'wholesale'],
  },
  { id: 'employee', name: 'Employee', description: '30% below list', basisPointsOff: 3000, customerSetIds: ['retail'] },
];

const COUPONS: MockCoupon[] = [
  { code: 'SAVE10', kind: 'percent-off-subtotal', label: '10% off', basisPoints: 1000 },
  { code: 'FREESHIP', kind: 'free-shipping', label: 'Free Ground shipping', shippingMethodId: 'ground' },
  { code: 'EXPIRED', kind: 'expired', label: 'Summer sale (ended)' },
  {
    code: 'BIGSPENDER',
    kind: 'amount-off',
    label: '20.00 off orders of 200.00 or more',
    amount: 2000,
    minimumSubtotal: 20000,
  },
];

function paymentType(id: string, kind: PaymentKind, label: string, extra: Partial<PaymentType> = {}): PaymentType {
  return { id, kind, label, ...extra };
}

const PURCHASE_ORDER = paymentType('purchase-order', 'purchase-order', 'Purchase Order', {
  terms: [
    { id: 'net-30', label: 'Net 30' },
    { id: 'net-60', label: 'Net 60' },
  ],
  fields: [{ name: 'buyer', label: 'Buyer', required: false }],
});

/** Wholesale purchase orders also name the buyer's cost center, which is required. */
const WHOLESALE_PURCHASE_ORDER: PaymentType = {
  ...PURCHASE_ORDER,
  fields: [...PURCHASE_ORDER.fields!, { name: 'costCenter', label: 'Cost center', required: true }],
};

const PAYMENT_TYPES: Record<string, PaymentType[]> = {
  us: [
    paymentType('credit-card', 'credit-card', 'Credit Card'),
    paymentType('check', 'check', 'Check'),
    PURCHASE_ORDER,
    paymentType('store-credit', 'store-credit', 'Store Credit'),
    paymentType('gift-card', 'gift-card', 'Gift Card'),
  ],
  ca: [
    paymentType('credit-card', 'credit-card', 'Credit Card'),
    paymentType('check', 'check', 'Cheque'),
    PURCHASE_ORDER,
    paymentType('store-credit', 'store-credit', 'Store Credit'),
    paymentType('gift-card', 'gift-card', 'Gift Card'),
  ],
  wholesale: [
    paymentType('credit-card', 'credit-card', 'Credit Card'),
    paymentType('check', 'check', 'Check'),
    WHOLESALE_PURCHASE_ORDER,
  ],
};

const BALANCES: MockBalanceCode[] = [
  { typeId: 'gift-card', code: 'GC-1000-0001', amount: 2500 },
  { typeId: 'gift-card', code: 'GC-5000-0002', amount: 10000 },
  { typeId: 'gift-card', code: 'GC-2500-0003', amount: 25000 },
  { typeId: 'gift-card', code: 'GC-0000-0004', amount: 0 },
  { typeId: 'store-credit', code: 'SC-ADA-0001', amount: 4000 },
  { typeId: 'store-credit', code: 'SC-KJ-0002', amount: 1550 },
  { typeId: 'store-credit', code: 'SC-0000-0003', amount: 0 },
];

// ---------------------------------------------------------------------------------------------
// Orders

function statusFor(ageMs: number, prng: Prng): OrderStatus {
  if (ageMs > DAY && prng.chance(0.03)) return 'cancelled';
  if (ageMs < DAY) return 'new';
  if (ageMs < 3 * DAY) return 'open';
  if (ageMs < 10 * DAY) return 'shipped';
  return 'completed';
}

function defaultShippingCountry(customer: Customer): string | undefined {
  return customer.addresses.find((a) => a.isDefaultShipping)?.country;
}

/** An order without its date: everything about it but `createdAt` is independent of the clock. */
interface TimelessOrder {
  ageMs: number;
  order: Omit<OrderSummary, 'createdAt'>;
}

function generateOrders(
  count: number,
  sites: Site[],
  customers: Customer[],
  products: CatalogProduct[],
  catalog: PricingCatalog,
  prng: Prng,
): TimelessOrder[] {
  if (count === 0 || sites.length === 0) return [];
  const eligible = new Map<string, Customer[]>();
  for (const site of sites) {
    const country = SITE_COUNTRIES[site.id];
    eligible.set(
      site.id,
      customers.filter(
        (c) =>
          c.customerSetId === site.customerSetId &&
          c.id !== 'alan' &&
          (site.customerSetId !== 'retail' || defaultShippingCountry(c) === country),
      ),
    );
  }
  const orderable = products.filter((p) => p.shippable);
  const weights: Record<string, number> = { us: 55, ca: 25, wholesale: 20 };
  const totalWeight = sites.reduce((sum, s) => sum + (weights[s.id] ?? 10), 0);
  const pickSite = (): Site => {
    let roll = prng.next() * totalWeight;
    for (const site of sites) {
      roll -= weights[site.id] ?? 10;
      if (roll < 0) return site;
    }
    return sites[sites.length - 1]!;
  };

  // Ada's recent order: the third newest, within the last 24 hours, on a Retail site.
  const adaSite = sites.find((s) => s.id === 'us') ?? sites.find((s) => s.customerSetId === 'retail');
  const adaIndex = Math.min(2, count - 1);
  const ada = customers.find((c) => c.id === 'ada')!;
  const tote = catalog.productById.get('canvas-tote')!;

  // Spread the orders over about a year; the newest ten are minutes to hours apart.
  const meanGap = Math.max(MINUTE, Math.floor((365 * DAY) / count));
  const orders: TimelessOrder[] = [];
  let age = prng.int(10, 40) * MINUTE;
  for (let index = 0; index < count; index++) {
    if (index > 0)
      age += index < 10 ? prng.int(20, 100) * MINUTE : prng.int(Math.floor(meanGap / 4), Math.floor((meanGap * 7) / 4));
    const isAda = index === adaIndex && adaSite !== undefined;
    const site = isAda ? adaSite : pickSite();
    const pool = eligible.get(site.id)!;
    if (pool.length === 0) continue;
    const customer = isAda ? ada : prng.pick(pool);

    const lines: PricingInput['lines'] = [];
    const items: OrderItemSummary[] = [];
    const lineCount = isAda ? 1 : prng.int(1, 3);
    for (let l = 0; l < lineCount; l++) {
      const p = isAda ? tote : prng.pick(orderable);
      const variant = p.type === 'configurable' ? prng.pick(p.variants) : null;
      const quantity = isAda ? 1 : prng.chance(0.75) ? 1 : prng.int(2, 4);
      lines.push({
        id: `l${l}`,
        productId: p.id,
        variantId: variant?.id ?? null,
        quantity,
        fulfillment: { kind: 'ship', locationId: null, locationName: null },
        adjustment: null,
      });
      items.push({ productId: p.id, productName: p.name, quantity });
    }
    const pricing = priceDraft(catalog, site, {
      siteId: site.id,
      currency: site.currency,
      customer,
      lines,
      shippingMethodId: prng.chance(0.8) ? 'ground' : '2-day',
      coupons: [],
      priceListId: null,
      orderAdjustment: null,
      shippingAdjustment: null,
    });
    const number = NEWEST_SEEDED_ORDER_NUMBER - index;
    orders.push({
      ageMs: age,
      order: {
        id: `ord-${number}`,
        number: String(number),
        siteId: site.id,
        customerId: customer.id,
        customerName: `${customer.firstName} ${customer.lastName}`,
        status: statusFor(age, prng),
        total: pricing.total,
        items,
      },
    });
  }
  return orders;
}

// ---------------------------------------------------------------------------------------------

export const DEFAULT_ORDER_COUNT = 2100;

interface TimelessSeed {
  customers: Customer[];
  products: CatalogProduct[];
  productById: Map<string, CatalogProduct>;
  variantById: Map<string, { product: CatalogProduct; variant: CatalogVariant }>;
}

let timeless: TimelessSeed | undefined;
let inventoryCache: { day: string; inventory: Map<string, Record<string, Inventory>> } | undefined;
const ordersCache = new Map<string, TimelessOrder[]>();
const ORDERS_CACHE_SIZE = 8;

/**
 * Customers and catalog do not depend on the clock or the options, so every backend of the page
 * shares one copy (stories and tests build many backends). Nothing may mutate it: the backend
 * layers its changes over the seed and hands out clones.
 */
function timelessSeed(): TimelessSeed {
  if (!timeless) {
    const prng = new Prng(0x5eed0001);
    const customers = [...fixtureCustomers(), ...generateCustomers(prng)];
    const products = [...fixtureProducts(), ...generateProducts(prng)];
    const productById = new Map(products.map((p) => [p.id, p]));
    const variantById = new Map<string, { product: CatalogProduct; variant: CatalogVariant }>();
    for (const p of products) for (const variant of p.variants) variantById.set(variant.id, { product: p, variant });
    timeless = { customers, products, productById, variantById };
  }
  return timeless;
}

/**
 * Builds the seed. The same options and `now` always give equal data; different `now`s shift
 * only the dates.
 */
export function createSeed(now: Date, options: SeedOptions = {}): SeedData {
  const sites = options.siteIds ? ALL_SITES.filter((s) => options.siteIds!.includes(s.id)) : ALL_SITES.slice();
  const { customers, products, productById, variantById } = timelessSeed();
  // Inventory and orders draw from their own streams, so that changing the order count
  // (a "many orders" story) leaves customers, catalog and stock exactly as they were.
  // Expected dates are whole days from today, so the stock is the same all day long.
  const day = isoDate(now);
  if (inventoryCache?.day !== day)
    inventoryCache = { day, inventory: generateInventory(products, new Prng(0x5eed0002), now) };
  const { inventory } = inventoryCache;
  const catalog: PricingCatalog = {
    locations: LOCATIONS,
    productById,
    variantById,
    shippingMethods: SHIPPING_METHODS,
    priceLists: PRICE_LISTS,
    coupons: COUPONS,
    siteCountries: SITE_COUNTRIES,
  };
  const orderCount = options.emptyOrders ? 0 : Math.max(0, options.orders ?? DEFAULT_ORDER_COUNT);
  // Orders are kept by age, so that backends built at other instants (every test, every story)
  // only date them: pricing 2,000-10,000 orders happens once per page and option set.
  const key = `${orderCount}|${sites.map((s) => s.id).join(',')}`;
  let timelessOrders = ordersCache.get(key);
  if (!timelessOrders) {
    timelessOrders = generateOrders(orderCount, sites, customers, products, catalog, new Prng(0x5eed0003));
    if (ordersCache.size >= ORDERS_CACHE_SIZE) ordersCache.delete(ordersCache.keys().next().value!);
    ordersCache.set(key, timelessOrders);
  }
  const nowMs = now.getTime();
  const orders: OrderSummary[] = timelessOrders.map(({ ageMs, order }) => ({
    ...order,
    createdAt: new Date(nowMs - ageMs).toISOString(),
  }));
  return {
    now,
    sites,
    siteCountries: SITE_COUNTRIES,
    customers,
    locations: LOCATIONS,
    products,
    productById,
    variantById,
    inventory,
    shippingMethods: SHIPPING_METHODS,
    priceLists: PRICE_LISTS,
    coupons: COUPONS,
    paymentTypes: PAYMENT_TYPES,
    balances: BALANCES,
    orders,
    lastCustomerNumber: Math.max(...customers.map((c) => Number(c.customerNumber.slice(1)))),
  };
}

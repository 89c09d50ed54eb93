/**
 * The seed's customers: the five fixtures (Ada Lovelace, Grace Hopper, …) and 540 generated ones
 * with fictional phones, example.com emails and addresses consistent with their city.
 */
import type { Address, Customer, Phones } from '../src/model/types.js';
import type { Prng } from './prng.js';
import { fold } from './text.js';

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

/** A US city: its state, telephone area code and ZIP range (5 digits, state-consistent). */
interface UsCity {
  city: string;
  state: string;
  areaCode: string;
  zipLow: number;
  zipHigh: number;
}

/** A Canadian city: its province, area code and forward sortation areas (the first half of a postal code). */
interface CanadianCity {
  city: string;
  province: string;
  areaCode: string;
  sortationAreas: readonly string[];
}

const US_CITIES: readonly UsCity[] = [
  { city: 'Austin', state: 'TX', areaCode: '512', zipLow: 78701, zipHigh: 78759 },
  { city: 'Dallas', state: 'TX', areaCode: '214', zipLow: 75201, zipHigh: 75254 },
  { city: 'Seattle', state: 'WA', areaCode: '206', zipLow: 98101, zipHigh: 98199 },
  { city: 'Portland', state: 'OR', areaCode: '503', zipLow: 97201, zipHigh: 97239 },
  { city: 'Denver', state: 'CO', areaCode: '303', zipLow: 80202, zipHigh: 80249 },
  { city: 'Chicago', state: 'IL', areaCode: '312', zipLow: 60601, zipHigh: 60661 },
  { city: 'Boston', state: 'MA', areaCode: '617', zipLow: 2108, zipHigh: 2137 },
  { city: 'New York', state: 'NY', areaCode: '212', zipLow: 10001, zipHigh: 10048 },
  { city: 'Atlanta', state: 'GA', areaCode: '404', zipLow: 30303, zipHigh: 30350 },
  { city: 'Miami', state: 'FL', areaCode: '305', zipLow: 33125, zipHigh: 33199 },
  { city: 'Phoenix', state: 'AZ', areaCode: '602', zipLow: 85003, zipHigh: 85054 },
  { city: 'Minneapolis', state: 'MN', areaCode: '612', zipLow: 55401, zipHigh: 55488 },
  { city: 'Nashville', state: 'TN', areaCode: '615', zipLow: 37201, zipHigh: 37250 },
  { city: 'San Diego', state: 'CA', areaCode: '619', zipLow: 92101, zipHigh: 92140 },
  { city: 'Raleigh', state: 'NC', areaCode: '919', zipLow: 27601, zipHigh: 27617 },
];

const CA_CITIES: readonly CanadianCity[] = [
  { city: 'Toronto', province: 'ON', areaCode: '416', sortationAreas: ['M5V', 'M4C', 'M6G', 'M5A', 'M4W'] },
  { city: 'Ottawa', province: 'ON', areaCode: '613', sortationAreas: ['K1P', 'K2P', 'K1N'] },
  { city: 'Vancouver', province: 'BC', areaCode: '604', sortationAreas: ['V6B', 'V5K', 'V6K'] },
  { city: 'Montréal', province: 'QC', areaCode: '514', sortationAreas: ['H2X', 'H3A', 'H2T'] },
  { city: 'Calgary', province: 'AB', areaCode: '403', sortationAreas: ['T2P', 'T3A', 'T2N'] },
  { city: 'Edmonton', province: 'AB', areaCode: '780', sortationAreas: ['T5J', 'T6E'] },
  { city: 'Winnipeg', province: 'MB', areaCode: '204', sortationAreas: ['R3C', 'R2M'] },
  { city: 'Halifax', province: 'NS', areaCode: '902', sortationAreas: ['B3H', 'B3K'] },
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
  const { city, state, areaCode, zipLow, zipHigh } = prng.pick(US_CITIES);
  return {
    city,
    region: state,
    areaCode,
    postalCode: String(prng.int(zipLow, zipHigh)).padStart(5, '0'),
    country: 'US',
  };
}

function caPlace(prng: Prng): Place {
  const { city, province, areaCode, sortationAreas } = prng.pick(CA_CITIES);
  // The local delivery unit (the second half): digit, letter, digit.
  const localUnit = `${prng.int(0, 9)}${POSTAL_LETTERS[prng.int(0, POSTAL_LETTERS.length - 1)]}${prng.int(0, 9)}`;
  return { city, region: province, areaCode, postalCode: `${prng.pick(sortationAreas)} ${localUnit}`, country: 'CA' };
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

export function fixtureCustomers(): Customer[] {
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

export function generateCustomers(prng: Prng): Customer[] {
  const customers: Customer[] = [];
  const usedEmails = new Set<string>(fixtureCustomers().map((c) => c.email));
  const plan: Array<{ set: string; country: string; count: number }> = [
    { set: 'retail', country: 'US', count: 300 },
    { set: 'retail', country: 'CA', count: 130 },
    { set: 'wholesale', country: 'US', count: 110 },
  ];
  let serial = 0;
  for (const { set, country, count } of plan) {
    for (let i = 0; i < count; i++) {
      serial++;
      const firstName = prng.pick(FIRST_NAMES);
      const lastName = prng.pick(LAST_NAMES);
      const id = `cust-${String(serial).padStart(4, '0')}`;
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
        customerNumber: `C${String(100 + serial).padStart(6, '0')}`,
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

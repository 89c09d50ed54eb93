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

/**
 * The seed's catalog: the four fixture products (Trail Runner Shoe, Canvas Tote Bag, …) and 320
 * generated ones, with their options and variants.
 */
import type { ProductOption, ProductType } from '../src/model/types.js';
import type { CatalogProduct, CatalogVariant } from './catalog-types.js';
import type { Prng } from './prng.js';
import { fold, slug } from './text.js';

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

/** An option value in a variant code: a size as two digits ("09"), a word as its first three letters ("BLU"). */
function variantCodePart(value: string): string {
  if (/^\d+$/.test(value)) return value.padStart(2, '0');
  return fold(value)
    .replace(/[^a-z]/g, '')
    .slice(0, 3)
    .toUpperCase();
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
      code: `${code}-${parts.map(variantCodePart).join('-')}`,
      options: values,
    };
  });
}

const TRAIL_RUNNER_OPTIONS: ProductOption[] = [
  { name: 'Size', required: true, values: ['7', '8', '9', '10', '11', '12'] },
  { name: 'Color', required: true, values: ['Red', 'Blue', 'Black'] },
];

export function fixtureProducts(): CatalogProduct[] {
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
      digital: true,
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

export function generateProducts(prng: Prng): CatalogProduct[] {
  const combos: Array<{ category: Category; noun: Noun; adjective: string }> = [];
  for (const category of CATEGORIES) {
    for (const noun of category.nouns) {
      for (const adjective of ADJECTIVES) combos.push({ category, noun, adjective });
    }
  }
  const chosen = prng.shuffle(combos).slice(0, GENERATED_PRODUCT_COUNT);
  return chosen.map(({ category, noun, adjective }, index) => {
    const serial = index + 1;
    const id = `p-${String(serial).padStart(4, '0')}`;
    const code = `${category.prefix}-${1000 + serial}`;
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

// The tables of the "Theming" docs page (stories/Theming.mdx), read from custom-elements.json when
// Storybook is built: what `@cssprop` and `@csspart` say on each element class, never a copy.
import manifest from '../custom-elements.json';

interface ManifestEntry {
  name: string;
  description?: string;
  default?: string;
}

interface ElementDeclaration {
  tagName?: string;
  cssProperties?: ManifestEntry[];
  cssParts?: ManifestEntry[];
}

/** One `--oo-*` token: its default (the builder's, which documents every token) and what it affects per element. */
export interface TokenRow {
  name: string;
  default: string;
  uses: { element: string; description: string }[];
}

/** One part of one element. */
export interface PartRow {
  element: string;
  name: string;
  description: string;
}

const elements: ElementDeclaration[] = (manifest as { modules: { declarations?: ElementDeclaration[] }[] }).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName !== undefined);

// The builder first: its order (colours, type, spacing, shape) is the one tokens.styles.ts keeps.
const byBuilderFirst = [...elements].sort(
  (a, b) => Number(b.tagName === 'offline-order-builder') - Number(a.tagName === 'offline-order-builder'),
);

function tokenRows(): TokenRow[] {
  const rows = new Map<string, TokenRow>();
  for (const element of byBuilderFirst) {
    for (const property of element.cssProperties ?? []) {
      const row = rows.get(property.name) ?? { name: property.name, default: property.default ?? '', uses: [] };
      if (!row.default && property.default) row.default = property.default;
      row.uses.push({ element: element.tagName ?? '', description: property.description ?? '' });
      rows.set(property.name, row);
    }
  }
  return [...rows.values()];
}

export const TOKENS: TokenRow[] = tokenRows();

export const PARTS: PartRow[] = elements.flatMap((element) =>
  (element.cssParts ?? []).map((part) => ({
    element: element.tagName ?? '',
    name: part.name,
    description: part.description ?? '',
  })),
);

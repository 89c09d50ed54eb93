// The React host example's build (npm run example:react): React 19 + TypeScript, JSX transformed
// by vite itself; the package resolved by its own name (its exports, in dist/). MSW's worker comes
// from the repository's public/.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  publicDir: resolve(here, '../../public'),
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // React, the elements, the mock backend and msw in one page: an example, not a budget.
    chunkSizeWarningLimit: 1500,
  },
  preview: { port: 4174, host: '127.0.0.1' },
});

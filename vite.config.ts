import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

const root = import.meta.dirname;

// `vite build`            → the library (ES modules; lit and msw stay out of it) into dist/
// `vite --mode demo`      → the demo host admin page with the mock backend (npm start)
// `vite build --mode demo`→ the demo as static files, msw worker included, into dist-demo/
export default defineConfig(({ mode }) => {
  if (mode === 'demo') {
    return {
      root: resolve(root, 'demo'),
      base: './',
      plugins: [minifyTemplatesPlugin()],
      publicDir: resolve(root, 'public'),
      server: { port: 5173, host: '127.0.0.1' },
      preview: { port: 4173, host: '127.0.0.1' },
      build: {
        outDir: resolve(root, 'dist-demo'),
        emptyOutDir: true,
        target: 'es2022',
      },
    };
  }
  return {
    publicDir: false,
    // The templates' indentation is not shipped (see scripts/minify-templates.mjs).
    plugins: [minifyTemplatesPlugin()],
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: {
          index: resolve(root, 'src/index.ts'),
          define: resolve(root, 'src/define.ts'),
          // `offline-order-elements/kibo`: the Kibo Commerce adapter, outside the main entry.
          kibo: resolve(root, 'src/kibo.ts'),
          // `offline-order-elements/mocks`: the mock backend (msw, a peer dependency, stays external).
          mocks: resolve(root, 'mocks/index.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^msw($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});

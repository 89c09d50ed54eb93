export default {
  globs: ['src/**/*.ts'],
  // Style sheets are left out: a CSS tweak should not change the public manifest.
  // The model, the adapters (the Kibo one included) have no elements: the manifest is the elements'.
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/model/**', 'src/adapter/**', 'src/kibo/**', 'src/kibo.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // Modules in path order: the files' order on disk differs between machines and clones, and
      // CI compares the regenerated manifest with the committed one.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};

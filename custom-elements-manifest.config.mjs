export default {
  globs: ['src/**/*.ts'],
  // Style sheets are left out: a CSS tweak should not change the public manifest.
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/model/**', 'src/adapter/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/model/**', 'src/adapter/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};

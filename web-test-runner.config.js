// Browser tests: web-test-runner + @open-wc/testing in the machine's Chromium, MSW in the page.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser.mjs';
import { mockHttpPlugin } from './test/adapter/http/mock-http-plugin.mjs';
import { openapiContractPlugin } from './test/adapter/openapi-contract-plugin.mjs';
import { kiboSchemaPlugin } from './test/kibo/kibo-schema-plugin.mjs';

const executablePath = process.env.CHROME_PATH || findBrowser();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
    // Validates the HTTP exchanges of test/adapter against api/openapi.yaml (Ajv runs in Node).
    openapiContractPlugin(),
    // Validates bodies against Kibo Commerce's definitions (test/kibo/kibo-openapi.json; Ajv in Node).
    kiboSchemaPlugin(),
    // The mock backend over real HTTP (mocks/http) for test/adapter/http: one server per run, in Node.
    mockHttpPlugin(),
  ],
  middleware: [
    // public/ is the root of the demo and Storybook: msw's worker must be served from the root so
    // that it controls the whole page, and the fake payment provider's page is found where they have it.
    function publicAtRoot(context, next) {
      if (context.url === '/mockServiceWorker.js' || context.url.startsWith('/example-pay/'))
        context.url = `/public${context.url}`;
      return next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['**/node_modules/**', 'test/**', 'mocks/**'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reporters: ['text-summary', 'lcov'],
  },
};

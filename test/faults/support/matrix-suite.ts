/**
 * A file of the fault matrix: every step of `steps` × every fault, over one transport. MSW and
 * HTTP run in files of their own: once MSW's service worker controls a page, the page's requests
 * to the HTTP mock pass through it, where an abort (the adapter's timeout) no longer reaches the
 * connection, and hung connections pile up as they never would in production.
 */
import { expect } from '@open-wc/testing';
import { faultCases, runRow, type MatrixEnv, type MatrixStep } from './matrix.js';
import { reportRow } from './report.js';
import type { Transport } from './transports.js';

export function matrixSuite(name: string, over: () => Transport, steps: (env: MatrixEnv) => MatrixStep[]): void {
  const transport = over();
  describe(`fault matrix over ${transport.injector.transport}: ${name}`, function () {
    this.timeout(60_000);

    afterEach(() => {
      sessionStorage.clear();
      localStorage.clear();
    });

    for (const step of steps(transport.env)) {
      describe(step.call, () => {
        for (const fault of faultCases(step.fieldPath)) {
          const why = step.skip?.[fault.name];
          if (why) {
            // Listed in the table as skipped, with why; mocha shows it pending.
            it(`${step.call} × ${fault.name}`, async function () {
              const row = { transport: transport.injector.transport, call: step.call, fault: fault.name, message: '' };
              await reportRow('fault matrix', { ...row, result: `skipped: ${why}` });
              this.skip();
            });
            continue;
          }
          it(`${step.call} × ${fault.name}`, async () => {
            expect(await runRow('fault matrix', transport.injector, step, fault)).to.equal('ok');
          });
        }
      });
    }
  });
}

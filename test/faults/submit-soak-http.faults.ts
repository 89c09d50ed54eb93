/**
 * The submit soak (support/soak-suite.ts) over real HTTP: every lane on its own instance of the
 * mock server (its own origin and backend), faults, holds and the audit through its control endpoint.
 */
import { httpSoak } from './support/soak-backend-http.js';
import { soakSuite } from './support/soak-suite.js';

soakSuite(httpSoak);

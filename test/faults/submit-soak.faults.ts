/** The submit soak (support/soak-suite.ts) over MSW: every lane in front of one shared backend. */
import { useMockBackend } from '../support/mock.js';
import { mswSoak } from './support/soak-backend.js';
import { soakSuite } from './support/soak-suite.js';

soakSuite(() => mswSoak(useMockBackend()));

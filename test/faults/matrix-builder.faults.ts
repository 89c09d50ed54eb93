import { builderSteps } from './support/steps-builder.js';
import { matrixSuite } from './support/matrix-suite.js';
import { overMsw } from './support/transports.js';

matrixSuite('the builder (sites, orders, pricing, submit)', overMsw, builderSteps);

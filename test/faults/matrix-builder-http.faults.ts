import { builderSteps } from './support/steps-builder.js';
import { matrixSuite } from './support/matrix-suite.js';
import { overHttp } from './support/transports.js';

matrixSuite('the builder (sites, orders, pricing, submit)', overHttp, builderSteps);

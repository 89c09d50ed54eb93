import { detailsSteps } from './support/steps-details.js';
import { matrixSuite } from './support/matrix-suite.js';
import { overMsw } from './support/transports.js';

matrixSuite('Order Details (shipping rates, price lists, pricing with a coupon)', overMsw, detailsSteps);

import { detailsSteps } from './support/steps-details.js';
import { matrixSuite } from './support/matrix-suite.js';
import { overHttp } from './support/transports.js';

matrixSuite('Order Details (shipping rates, price lists, pricing with a coupon)', overHttp, detailsSteps);

import { paymentSteps } from './support/steps-payments.js';
import { matrixSuite } from './support/matrix-suite.js';
import { overHttp } from './support/transports.js';

matrixSuite('the payment panel (payment types, tokenize, balance)', overHttp, paymentSteps);

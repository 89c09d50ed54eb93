import { itemSteps } from './support/steps-items.js';
import { matrixSuite } from './support/matrix-suite.js';
import { overHttp } from './support/transports.js';

matrixSuite('<line-item-editor> (product search, product, configure, stock and locations)', overHttp, itemSteps);

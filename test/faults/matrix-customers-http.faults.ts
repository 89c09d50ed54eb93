import { customerSteps } from './support/steps-customers.js';
import { matrixSuite } from './support/matrix-suite.js';
import { overHttp } from './support/transports.js';

matrixSuite('<customer-search> (search, create, update)', overHttp, customerSteps);

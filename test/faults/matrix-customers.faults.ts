import { customerSteps } from './support/steps-customers.js';
import { matrixSuite } from './support/matrix-suite.js';
import { overMsw } from './support/transports.js';

matrixSuite('<customer-search> (search, create, update)', overMsw, customerSteps);

import { runStandalone } from '../../common/src/run-standalone';
import { receiptsSubgraph } from './index';

runStandalone(receiptsSubgraph);

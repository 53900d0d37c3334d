import { runStandalone } from '../../common/src/run-standalone';
import { analyticsSubgraph } from './index';

runStandalone(analyticsSubgraph);

import { runStandalone } from '../../common/src/run-standalone';
import { prescriptionsSubgraph } from './index';

runStandalone(prescriptionsSubgraph);

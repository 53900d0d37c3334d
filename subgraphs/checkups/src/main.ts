import { runStandalone } from '../../common/src/run-standalone';
import { checkupsSubgraph } from './index';

runStandalone(checkupsSubgraph);

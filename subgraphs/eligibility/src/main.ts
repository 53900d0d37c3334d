import { runStandalone } from '../../common/src/run-standalone';
import { eligibilitySubgraph } from './index';

runStandalone(eligibilitySubgraph);

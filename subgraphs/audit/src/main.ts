import { runStandalone } from '../../common/src/run-standalone';
import { auditSubgraph } from './index';

runStandalone(auditSubgraph);

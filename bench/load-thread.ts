import autocannon from 'autocannon';
import { parentPort, workerData } from 'node:worker_threads';
import { isWhole } from './record-query';

/**
 * Runs autocannon in a worker thread of its own, so the load it generates does not take turns
 * with the servers on the main event loop. Posts the aggregated result back.
 */
const options = workerData as Omit<autocannon.Options, 'verifyBody'>;
autocannon({ ...options, verifyBody: isWhole }).then(
  (raw) => parentPort!.postMessage(autocannon.aggregateResult([raw], options)),
  (error: Error) => {
    throw error;
  },
);

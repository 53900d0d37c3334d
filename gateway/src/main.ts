import { configFromEnv } from './config';
import { startGateway } from './gateway';

/** Standalone gateway: the subgraphs run elsewhere (SUBGRAPH_URLS or the supergraph's URLs). */
async function main(): Promise<void> {
  const gateway = await startGateway(configFromEnv(), (m) => console.error(m));
  console.log(`gateway ready at ${gateway.url}`);
  const stop = () => void gateway.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  console.error(`gateway failed to start: ${error.message}`);
  process.exit(1);
});

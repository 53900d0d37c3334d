import { parseArgs } from 'node:util';
import { BrokenLink } from '../common/src/audit/chain-verifier';
import { verifyAccessLog } from '../common/src/audit/verify-access-log';

const USAGE = `npm run audit:verify -- [--database-url URL] [--since ISO-INSTANT]

Checks the access log's hash chains (the audit schema of DATABASE_URL, or of --database-url):
every event's hash, every link to the event before it, no gap, no event twice, no chain that no
gateway started, no started chain left empty. Prints the first broken link of each broken chain,
earliest first, and exits 1 if there is one; prints the head (last sequence and hash) of each
intact chain and exits 0 otherwise. --since checks only the events recorded from then on (after
older months were detached for retention). Reads as hig_audit_reader: it changes nothing.`;

const describe = (link: BrokenLink): string =>
  link.sequence === null
    ? `chain ${link.chainId}: ${link.kind}: ${link.detail}`
    : `chain ${link.chainId}, event ${link.sequence} (id ${link.eventId}, recorded ${link.recordedAt?.toISOString()}): ${link.kind}: ${link.detail}`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { 'database-url': { type: 'string' }, since: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(`DATABASE_URL or --database-url is required\n\n${USAGE}`);
    return 2;
  }
  const since = values.since === undefined ? undefined : new Date(values.since);
  if (since !== undefined && Number.isNaN(since.getTime())) {
    console.error(`--since must be an ISO 8601 instant, got ${values.since}`);
    return 2;
  }
  const result = await verifyAccessLog({ databaseUrl, since });
  if (result.broken.length > 0) {
    console.log(`access log BROKEN: ${result.broken.length} of ${result.chains} chain(s), ${result.events} event(s) read`);
    console.log(`first broken link: ${describe(result.broken[0]!)}`);
    for (const link of result.broken.slice(1)) console.log(`also: ${describe(link)}`);
    return 1;
  }
  console.log(`access log intact: ${result.events} event(s) in ${result.chains} chain(s), every hash and link verified`);
  for (const head of result.heads) console.log(`head: chain ${head.chainId} at event ${head.sequence}, hash ${head.hash}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`audit:verify failed: ${error.message}`);
    process.exit(2);
  },
);

import { join } from 'node:path';
import { startApolloSubgraph } from '../../common/src/apollo-subgraph';
import { newContext } from '../../common/src/context';
import { Database } from '../../common/src/database';
import { StartOptions, SubgraphModule } from '../../common/src/module';
import { readSchema } from '../../common/src/schema-file';
import { startWithGrants } from '../../common/src/start-with-grants';
import { BASIS_RULES } from '../../../common/src/policy/bases';
import { withEmergencyResolvers } from './emergency/emergency-resolvers';
import { Consents } from './grants/consents';
import { withConsentResolvers } from './grants/grant-resolvers';
import { DEFAULT_CONSENT_VERIFICATION_WINDOW_SECONDS } from './grants/verification-window';
import { ELIGIBILITY_RECORD_FACTS } from './record-facts';
import { resolvers } from './resolvers';
import { asResolverMap } from './resolvers/resolver-map';
import { eligibilitySeeder } from './seed';

/**
 * 資格確認: owns Person, Insurer and Institution, consent, and the emergency and disaster accesses
 * with their registries; on @apollo/server + @apollo/subgraph.
 */
export const eligibilitySubgraph: SubgraphModule = {
  name: 'eligibility',
  schema: 'eligibility',
  defaultPort: 4101,
  migrations: join(__dirname, '..', 'migrations'),
  seeder: eligibilitySeeder,
  async start(options: StartOptions) {
    const { pool, accessContextSecret, port, host } = options;
    const db = new Database(pool);
    const reauthenticationWindowSeconds = options.reauthenticationWindowSeconds ?? BASIS_RULES.EMERGENCY_NO_CARD.reauthenticationMinutes! * 60;
    const verificationWindowSeconds = options.consentVerificationWindowSeconds ?? DEFAULT_CONSENT_VERIFICATION_WINDOW_SECONDS;
    return startWithGrants('eligibility', db, options, ELIGIBILITY_RECORD_FACTS, ({ grants, fieldPolicy }) =>
      startApolloSubgraph({
        name: 'eligibility',
        typeDefs: readSchema('eligibility'),
        resolvers: asResolverMap(
          withEmergencyResolvers(withConsentResolvers(resolvers, new Consents(pool, db, grants, () => new Date(), verificationWindowSeconds)), {
            db,
            pool,
            stats: db.stats,
            store: grants,
            reauthenticationWindowSeconds,
          }),
        ),
        context: (access) => newContext(db, access, grants),
        fieldPolicy,
        accessContextSecret,
        port,
        host,
      }),
    );
  },
};

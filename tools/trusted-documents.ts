import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_MANIFEST_PATH, manifestOf, TRUSTED_DOCUMENTS_DIRECTORY } from '../gateway/src/trusted-documents/manifest';

/**
 * Writes gateway/trusted-documents/manifest.json from the `.graphql` files beside it (the portals'
 * operations). `--check` fails when the manifest is stale.
 */
const text = `${JSON.stringify(manifestOf(TRUSTED_DOCUMENTS_DIRECTORY), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(DEFAULT_MANIFEST_PATH, 'utf8') !== text) {
    console.error('gateway/trusted-documents/manifest.json is stale: run `npm run trusted-documents`.');
    process.exit(1);
  }
} else {
  writeFileSync(DEFAULT_MANIFEST_PATH, text);
}

import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';
import { DEFAULT_SUPERGRAPH_PATH } from '../../../gateway/src/config';
import { DEFAULT_MANIFEST_PATH, documentHash, manifestOf, readManifest, TRUSTED_DOCUMENTS_DIRECTORY } from '../../../gateway/src/trusted-documents/manifest';

describe('the trusted documents manifest', () => {
  it('is up to date with the .graphql files beside it (`npm run trusted-documents`)', () => {
    expect(readFileSync(DEFAULT_MANIFEST_PATH, 'utf8')).toBe(`${JSON.stringify(manifestOf(TRUSTED_DOCUMENTS_DIRECTORY), null, 2)}\n`);
  });

  it('holds operations valid against the supergraph, each under the SHA-256 of its text', () => {
    const schema = Supergraph.build(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();
    for (const document of readManifest(DEFAULT_MANIFEST_PATH).values()) {
      expect([document.name, validate(schema, parse(document.body))]).toEqual([document.name, []]);
      expect(document.id).toBe(documentHash(document.body));
    }
  });
});

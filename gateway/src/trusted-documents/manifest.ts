import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOperationAST, parse } from 'graphql';

/** One registered operation, as Apollo's persisted query manifests list them. */
export interface TrustedDocument {
  /** The SHA-256 of `body`, in hex: what a client sends as `documentId`. */
  readonly id: string;
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription';
  readonly body: string;
}

/** A manifest of trusted documents (format `apollo-persisted-query-manifest`, version 1). */
export interface TrustedDocumentManifest {
  readonly format: 'apollo-persisted-query-manifest';
  readonly version: 1;
  readonly operations: readonly TrustedDocument[];
}

/** The repository's own manifest: the portals' operations. */
export const TRUSTED_DOCUMENTS_DIRECTORY = join(__dirname, '..', '..', 'trusted-documents');
export const DEFAULT_MANIFEST_PATH = join(TRUSTED_DOCUMENTS_DIRECTORY, 'manifest.json');

export const documentHash = (body: string): string => createHash('sha256').update(body, 'utf8').digest('hex');

/** The manifest of the `.graphql` files under `directory` (one named operation each), sorted by name. */
export function manifestOf(directory: string): TrustedDocumentManifest {
  const files = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql')).sort();
  const operations = files.map((file): TrustedDocument => {
    const body = readFileSync(join(directory, file), 'utf8');
    const operation = getOperationAST(parse(body));
    if (!operation?.name) throw new Error(`${file}: a trusted document holds exactly one named operation`);
    return { id: documentHash(body), name: operation.name.value, type: operation.operation, body };
  });
  return { format: 'apollo-persisted-query-manifest', version: 1, operations: operations.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Reads a manifest, checking each operation's id is its body's hash. */
export function readManifest(path: string): Map<string, TrustedDocument> {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as TrustedDocumentManifest;
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    throw new Error(`${path}: not a persisted query manifest (format apollo-persisted-query-manifest, version 1)`);
  }
  const documents = new Map<string, TrustedDocument>();
  for (const operation of manifest.operations) {
    if (documentHash(operation.body) !== operation.id) throw new Error(`${path}: operation ${operation.name}'s id is not the SHA-256 of its body`);
    documents.set(operation.id, operation);
  }
  return documents;
}

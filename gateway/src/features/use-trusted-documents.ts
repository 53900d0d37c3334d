import { ERRORS } from '../../../common/src/errors';
import { Role } from '../../../common/src/policy';
import { documentHash, TrustedDocument } from '../trusted-documents/manifest';
import { GatewayFeature, GraphQLRequestParams, RequestAdmission } from './feature';

export interface TrustedDocumentsOptions {
  /** The registered operations by their id (the SHA-256 of their text): see readManifest. */
  readonly documents: ReadonlyMap<string, TrustedDocument>;
  /** The roles (as the registries know the caller) that may also send operations not registered. Default none. */
  readonly adHocRoles?: readonly Role[];
}

const hashSent = (params: GraphQLRequestParams): unknown => {
  if (params.documentId !== undefined) return params.documentId;
  const extensions = params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  return extensions?.persistedQuery?.sha256Hash;
};

/** The parameters with the registered text as the query, and no hash left for Apollo Server's automatic persisted queries. */
function withDocument(params: GraphQLRequestParams, document: TrustedDocument): GraphQLRequestParams {
  const { documentId: _documentId, extensions, ...rest } = params;
  const { persistedQuery: _persistedQuery, ...otherExtensions } = (extensions ?? {}) as Record<string, unknown>;
  return { ...rest, query: document.body, ...(Object.keys(otherExtensions).length > 0 ? { extensions: otherExtensions } : {}) };
}

/**
 * Trusted documents: the gateway runs only registered operations, sent by hash (`documentId`, or
 * `extensions.persistedQuery.sha256Hash` as Apollo clients send it) or as their exact text. An
 * unknown hash is TRUSTED_DOCUMENT_NOT_FOUND (400), other text TRUSTED_DOCUMENT_REQUIRED (403)
 * unless the caller's role is one of `adHocRoles`, before anything is parsed. The gateway turns
 * Apollo Server's automatic persisted queries off with it: they would let anyone register an operation.
 */
export function useTrustedDocuments(options: TrustedDocumentsOptions): GatewayFeature & { readonly admit: RequestAdmission } {
  const adHocRoles = new Set<string>(options.adHocRoles ?? []);
  return {
    name: 'trusted-documents',
    admit: (params, access) => {
      const hash = hashSent(params);
      if (hash !== undefined) {
        const document = typeof hash === 'string' ? options.documents.get(hash) : undefined;
        if (!document) throw ERRORS.TRUSTED_DOCUMENT_NOT_FOUND('No operation is registered under this hash');
        if (params.query !== undefined && params.query !== document.body) throw ERRORS.BAD_REQUEST('The query sent is not the registered operation of this hash');
        return withDocument(params, document);
      }
      if (typeof params.query === 'string' && options.documents.has(documentHash(params.query))) return params;
      if (adHocRoles.has(access.caller.role)) return params;
      throw ERRORS.TRUSTED_DOCUMENT_REQUIRED('Only registered operations are accepted from this caller: send its documentId');
    },
  };
}

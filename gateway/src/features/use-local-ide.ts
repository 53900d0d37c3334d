import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GatewayFeature } from './feature';

export interface LocalIdeOptions {
  /** Path of the IDE page. Default `/ide`. */
  readonly path?: string;
  /** The GraphQL endpoint the IDE talks to; a browser opening it is shown the IDE too. Default `/graphql`. */
  readonly endpoint?: string;
  /** The operation shown when the IDE opens. Default: a short example. */
  readonly defaultQuery?: string;
}

/**
 * GraphiQL served entirely from this server's own files (the npm packages' builds): the
 * networks of medical institutions are closed, so the IDE must not load anything from a CDN.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
};

/** A file of an installed package (its `exports` may not list the prebuilt bundles). */
const packageFile = (pkg: string, file: string): Buffer => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));

/** What the Headers tab starts with; GraphiQL keeps headers in memory only unless asked to persist them. */
const DEFAULT_HEADERS = '{\n  "Authorization": "Bearer <token>"\n}';

const CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const DEFAULT_QUERY = `# Health-insurance gateway — synthetic data only.
# Every request needs a bearer token: run \`npm run -s token -- physician\` and paste
# its output over <token> in the Headers tab below (\`--help\` lists the personas).
# Set the variable "id" to a person id (npm start prints one), then run.
query PersonRecord($id: ID!) {
  person(id: $id) {
    name { kanji kana }
    birthDate
    currentQualification { insurer { name type } benefitRatio }
    claims(first: 3) {
      totalCount
      nodes { treatmentMonth institutionName totalPoints diagnoses { name } procedures { section name points } }
    }
    checkups(first: 1) { nodes { examinedOn items { bmi waistCm } guidance { level group } } }
    medications(first: 5) { nodes { dispensedOn drugName days } }
  }
}
`;

export function useLocalIde(options: LocalIdeOptions = {}): GatewayFeature {
  const path = options.path ?? '/ide';
  const endpoint = options.endpoint ?? '/graphql';
  const assets = new Map<string, { body: Buffer; type: string }>();
  for (const [name, asset] of Object.entries(ASSETS)) assets.set(name, { body: packageFile(asset.pkg, asset.file), type: asset.type });
  const boot = Buffer.from(
    `const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
  fetcher: GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} }),
  defaultQuery: ${JSON.stringify(options.defaultQuery ?? DEFAULT_QUERY)},
  defaultHeaders: ${JSON.stringify(DEFAULT_HEADERS)},
  defaultEditorToolsVisibility: 'headers',
}));
`,
  );
  assets.set('ide.js', { body: boot, type: 'text/javascript' });
  const page = Buffer.from(`<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>Health-insurance gateway — GraphQL IDE</title>
<link rel="stylesheet" href="${path}/assets/graphiql.min.css">
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading…</div>
<script src="${path}/assets/react.production.min.js"></script>
<script src="${path}/assets/react-dom.production.min.js"></script>
<script src="${path}/assets/graphiql.min.js"></script>
<script src="${path}/assets/ide.js"></script>
</body>
</html>
`);
  const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' };
  return {
    name: 'local-ide',
    route: (request, response, url) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return false;
      const wantsHtml = (request.headers.accept ?? '').includes('text/html');
      if (url.pathname === path || (url.pathname === endpoint && wantsHtml && !url.searchParams.has('query'))) {
        response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
        response.end(request.method === 'HEAD' ? undefined : page);
        return true;
      }
      if (url.pathname.startsWith(`${path}/assets/`)) {
        const asset = assets.get(url.pathname.slice(path.length + '/assets/'.length));
        if (!asset) return false;
        response.writeHead(200, { ...headers, 'content-type': `${asset.type}; charset=utf-8`, 'content-length': asset.body.length, 'cache-control': 'public, max-age=86400' });
        response.end(request.method === 'HEAD' ? undefined : asset.body);
        return true;
      }
      return false;
    },
  };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * "No input reaches SQL unparameterised" (issue: hardening, input fuzzing), checked on the source:
 * in the code that serves requests, every SQL text is a literal, or a template whose every `${…}`
 * is a `$n` parameter number, a module constant (UPPER_SNAKE_CASE: column lists, table names), or
 * one of the reviewed expressions below. A new interpolation fails this test until it is reviewed.
 */

const ROOT = join(__dirname, '..', '..');
const SERVICE_CODE = ['gateway/src', 'common/src', ...readdirSync(join(ROOT, 'subgraphs')).map((name) => `subgraphs/${name}/src`)];
const SQL = /\b(SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|WHERE|ORDER\s+BY|LISTEN|CREATE|SET\s+LOCAL)\b/;
const CONSTANT = /^[A-Z][A-Z0-9_]*(\[[a-z][A-Za-z]*\]|\('\$\d+::[a-z]+'\))?$/;

/** Reviewed interpolations: file, expression, and why no input can reach it. */
const REVIEWED: ReadonlyArray<readonly [file: string, expression: string, why: string]> = [
  ['subgraphs/common/src/migrate.ts', 'schema', "the subgraph module's own schema name, a constant of its package"],
  ['subgraphs/receipts/src/claim-queries.ts', 'where', 'built by filterConditions from fixed clauses with $n parameters'],
  ['subgraphs/receipts/src/claim-queries.ts', 'table', 'a ClaimLineTable, a key of LINE_COLUMNS chosen by the resolver, never an argument'],
  ['subgraphs/audit/src/event-queries.ts', 'conditions.where', 'the Conditions of fixed clauses whose values are $n parameters'],
  ['subgraphs/analytics/src/resolvers/stored-groups.ts', "conditions.map((c) => ` AND ${c}`).join('')", 'clauses `coordinates[d] = $n`, d a dimension index'],
  ['subgraphs/prescriptions/src/dispensings.ts', "page.after ? PAGE_AFTER : ''", 'a constant clause or nothing'],
  ['common/src/access/open-grants.ts', 'institution', 'a fixed clause with a $n parameter, or nothing'],
  ['gateway/src/audit/access-log-writer.ts', "EVENT_COLUMNS.join(', ')", 'the constant list of the access-log columns'],
  ['subgraphs/analytics/src/families/consents.ts', "CONSENT_CATEGORIES.map((_, k) => `$${k + 1} = ANY (g.categories)`).join(', ')", 'one $n parameter per constant category'],
  ['subgraphs/audit/src/event-queries.ts', "this.clauses.join(' AND ')", 'fixed clauses whose values are $n parameters'],
  ['subgraphs/prescriptions/src/electronic-prescriptions.ts', "page.after ? PAGE_AFTER : ''", 'a constant clause or nothing'],
];

function serviceFiles(directory: string): string[] {
  const absolute = join(ROOT, directory);
  return readdirSync(absolute).flatMap((entry) => {
    const path = join(absolute, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' ? [] : serviceFiles(relative(ROOT, path));
    return entry.endsWith('.ts') ? [relative(ROOT, path)] : [];
  });
}

/** The interpolations of SQL templates in `text` that are neither parameter numbers, constants nor reviewed. */
function unreviewedInterpolations(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTemplateExpression(node)) {
      const literal = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (SQL.test(literal)) {
        node.templateSpans.forEach((span, index) => {
          const before = index === 0 ? node.head.text : node.templateSpans[index - 1]!.literal.text;
          const expression = span.expression.getText(source);
          const parameterNumber = before.endsWith('$');
          const reviewed = REVIEWED.some(([f, e]) => f === file && e === expression);
          if (!parameterNumber && !CONSTANT.test(expression) && !reviewed) {
            found.push(`${file}:${source.getLineAndCharacterOfPosition(span.getStart()).line + 1} \${${expression}}`);
          }
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('SQL text in the code that serves requests', () => {
  const files = SERVICE_CODE.flatMap(serviceFiles);

  it('interpolates only parameter numbers, constants and reviewed expressions', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => unreviewedInterpolations(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('finds a value interpolated into a query (what the check is for)', () => {
    const code = "export const find = (db, name) => db.query(`SELECT id FROM people WHERE name_kanji = '${name}' AND sex = $1`, ['F']);";
    expect(unreviewedInterpolations('subgraphs/eligibility/src/example.ts', code)).toEqual(['subgraphs/eligibility/src/example.ts:1 ${name}']);
    expect(unreviewedInterpolations('subgraphs/eligibility/src/example.ts', 'db.query(`SELECT ${PERSON_COLUMNS} FROM people WHERE id = $${values.length}`)')).toEqual([]);
  });

  it('every reviewed expression is still in its file (the list does not outlive the code)', () => {
    for (const [file, expression] of REVIEWED) expect(`${file}: ${readFileSync(join(ROOT, file), 'utf8').includes(`\${${expression}}`)}`).toBe(`${file}: true`);
  });
});

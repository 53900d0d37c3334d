import { QueryResultRow } from 'pg';

/** What the grant store needs of PostgreSQL: parameterised statements returning rows (a subgraph's Database). */
export interface SqlReader {
  query<R extends QueryResultRow>(text: string, values?: readonly unknown[]): Promise<R[]>;
}

import DataLoader from 'dataloader';
import { SubgraphContext } from '../../common/src/context';
import { groupBy, indexBy } from '../../common/src/loaders';
import { INSTITUTION_COLUMNS, INSURER_COLUMNS } from './columns';
import { InstitutionRow, InsurerRow, StaffRow, TerminalRow } from './rows';

/** Institutions by 医療機関コード: the gateway resolves many references (from claims, prescriptions) in one batch. */
export function institutionByCode(context: SubgraphContext): DataLoader<string, InstitutionRow | null> {
  return context.loaders.get<string, InstitutionRow | null>('institutionByCode', async (codes) => {
    const rows = await context.db.query<InstitutionRow>(`SELECT ${INSTITUTION_COLUMNS} FROM institutions i WHERE i.code = ANY($1::text[])`, [codes]);
    return indexBy(codes, rows, (r) => r.code);
  });
}

export function terminalsByInstitution(context: SubgraphContext): DataLoader<string, TerminalRow[]> {
  return context.loaders.get<string, TerminalRow[]>('terminalsByInstitution', async (codes) => {
    const rows = await context.db.query<TerminalRow>(
      `SELECT t.id::text AS id, t.institution_code AS "institutionCode", t.kind, t.label, t.retired_at AS "retiredAt"
       FROM terminals t WHERE t.institution_code = ANY($1::text[]) ORDER BY t.institution_code, t.id`,
      [codes],
    );
    return groupBy(codes, rows, (r) => r.institutionCode);
  });
}

export function staffByInstitution(context: SubgraphContext): DataLoader<string, StaffRow[]> {
  return context.loaders.get<string, StaffRow[]>('staffByInstitution', async (codes) => {
    const rows = await context.db.query<StaffRow>(
      `SELECT s.id::text AS id, s.institution_code AS "institutionCode", s.name, s.qualification
       FROM staff s WHERE s.institution_code = ANY($1::text[]) ORDER BY s.institution_code, s.id`,
      [codes],
    );
    return groupBy(codes, rows, (r) => r.institutionCode);
  });
}

export function insurerByNumber(context: SubgraphContext): DataLoader<string, InsurerRow | null> {
  return context.loaders.get<string, InsurerRow | null>('insurerByNumber', async (numbers) => {
    const rows = await context.db.query<InsurerRow>(`SELECT ${INSURER_COLUMNS} FROM insurers i WHERE i.number = ANY($1::text[])`, [numbers]);
    return indexBy(numbers, rows, (r) => r.number);
  });
}

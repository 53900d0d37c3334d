import { Database } from '../../common/src/database';
import { DrugRow } from './rows';

/** A drugs row (alias `dr`) as the JSON object resolvers use for `Drug`. */
export const DRUG_JSON = `json_build_object(
  'code', dr.code, 'name', dr.name, 'ingredientCode', dr.ingredient_code, 'ingredientName', dr.ingredient_name,
  'route', dr.route, 'asNeeded', dr.as_needed, 'drugClass', dr.drug_class, 'unit', dr.unit)`;

export async function selectDrugs(db: Database, codes: readonly string[]): Promise<DrugRow[]> {
  const rows = await db.query<{ drug: DrugRow }>(`SELECT ${DRUG_JSON} AS drug FROM drugs dr WHERE dr.code = ANY($1::text[])`, [codes]);
  return rows.map((r) => r.drug);
}

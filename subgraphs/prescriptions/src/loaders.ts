import DataLoader from 'dataloader';
import { SubgraphContext } from '../../common/src/context';
import { Page, connectionOf, pageKey } from '../../common/src/pagination';
import { groupBy, indexBy } from '../../common/src/loaders';
import { DateRange, countMedications, selectMedicationPages, selectPossiblyCurrent } from './dispensings';
import { selectDrugs } from './drugs';
import { countPrescriptions, selectItems, selectPrescriptionPages, selectPrescriptions } from './electronic-prescriptions';
import { ElectronicPrescriptionStatus } from './generated/resolvers';
import {
  DispensingConnectionModel, DispensingRow, DrugRow, ElectronicPrescriptionConnectionModel, ElectronicPrescriptionRow, PrescriptionItemRow,
} from './rows';

/**
 * The request-scoped loaders of this subgraph: every list and reference is read for all the
 * keys of one tick in one statement, so a request's statement count does not grow with its data.
 */

/** Person ids are lowercase UUIDs (eligibility's opaque id); anything else has no records here. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID_DIGITS = /^[0-9]{1,18}$/;

/** Runs `select` for the keys that can exist and answers the others with `empty`. */
async function forValid<K, V>(keys: readonly K[], valid: (key: K) => boolean, empty: V, select: (keys: K[]) => Promise<V[]>): Promise<V[]> {
  const wanted = keys.filter(valid);
  const found = wanted.length > 0 ? await select(wanted) : [];
  const byKey = new Map(wanted.map((k, i) => [k, found[i]!]));
  return keys.map((k) => byKey.get(k) ?? empty);
}

const isUuid = (id: string): boolean => UUID.test(id);
const isNumericId = (id: string): boolean => ID_DIGITS.test(id);

export function drugByCode(ctx: SubgraphContext): DataLoader<string, DrugRow | null> {
  return ctx.loaders.get<string, DrugRow | null>('drugByCode', async (codes) => indexBy(codes, await selectDrugs(ctx.db, codes), (d) => d.code));
}

export function prescriptionById(ctx: SubgraphContext): DataLoader<string, ElectronicPrescriptionRow | null> {
  return ctx.loaders.get<string, ElectronicPrescriptionRow | null>('prescriptionById', (ids) =>
    forValid(ids, isNumericId, null, async (wanted) => indexBy(wanted, await selectPrescriptions(ctx.db, wanted), (e) => e.id)),
  );
}

export function itemsOfPrescription(ctx: SubgraphContext): DataLoader<string, PrescriptionItemRow[]> {
  return ctx.loaders.get<string, PrescriptionItemRow[]>('itemsOfPrescription', (ids) =>
    forValid(ids, isNumericId, [], async (wanted) => groupBy(wanted, await selectItems(ctx.db, wanted), (i) => i.prescriptionId)),
  );
}

function medicationCount(ctx: SubgraphContext, range: DateRange): DataLoader<string, number> {
  return ctx.loaders.get<string, number>(`medicationCount:${range.from}:${range.to}`, (ids) =>
    forValid(ids, isUuid, 0, async (wanted) => indexBy(wanted, await countMedications(ctx.db, wanted, range), (r) => r.personId).map((r) => r?.count ?? 0)),
  );
}

export function medicationsOf(ctx: SubgraphContext, page: Page, range: DateRange): DataLoader<string, DispensingConnectionModel> {
  const count = (personId: string) => () => medicationCount(ctx, range).load(personId);
  return ctx.loaders.get<string, DispensingConnectionModel>(`medications:${pageKey(page, range.from, range.to)}`, async (ids) => {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length > 0 ? await selectMedicationPages(ctx.db, wanted, page, range) : [];
    return groupBy(ids, rows, (r) => r.personId).map((personRows, i) => connectionOf(personRows, page, (r) => [r.dispensedOn, r.id], count(ids[i]!)));
  });
}

function prescriptionCount(ctx: SubgraphContext, status: ElectronicPrescriptionStatus | null): DataLoader<string, number> {
  return ctx.loaders.get<string, number>(`prescriptionCount:${status}`, (ids) =>
    forValid(ids, isUuid, 0, async (wanted) => indexBy(wanted, await countPrescriptions(ctx.db, wanted, status), (r) => r.personId).map((r) => r?.count ?? 0)),
  );
}

export function prescriptionsOf(ctx: SubgraphContext, page: Page, status: ElectronicPrescriptionStatus | null): DataLoader<string, ElectronicPrescriptionConnectionModel> {
  const count = (personId: string) => () => prescriptionCount(ctx, status).load(personId);
  return ctx.loaders.get<string, ElectronicPrescriptionConnectionModel>(`prescriptions:${pageKey(page, status)}`, async (ids) => {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length > 0 ? await selectPrescriptionPages(ctx.db, wanted, page, status) : [];
    return groupBy(ids, rows, (r) => r.personId).map((personRows, i) => connectionOf(personRows, page, (r) => [r.issuedOn, r.id], count(ids[i]!)));
  });
}

/** Dispensings that may be current on `asOf`, per person (the duplicate check filters them exactly). */
export function possiblyCurrentOf(ctx: SubgraphContext, asOf: string, windowStart: string): DataLoader<string, DispensingRow[]> {
  return ctx.loaders.get<string, DispensingRow[]>(`possiblyCurrent:${asOf}:${windowStart}`, (ids) =>
    forValid(ids, isUuid, [], async (wanted) => groupBy(wanted, await selectPossiblyCurrent(ctx.db, wanted, asOf, windowStart), (r) => r.personId)),
  );
}

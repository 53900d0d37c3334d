import { Pool } from 'pg';
import { withCheckDigit } from '../../../common/src/identifiers';
import { DrugMaster } from '../../../data/src/masters';

/**
 * Hand-made rows for the integration tests, inserted straight into the prescriptions schema.
 * Crafted people use indexes from 900000 up, so their ids never meet the generated ones.
 */
export interface CraftedInstitution {
  readonly code: string;
  readonly name: string;
}

export const institution = (body: string, name: string): CraftedInstitution => ({ code: withCheckDigit(body), name });

export const CLINIC_A = institution('131000001', 'テスト内科クリニック');
export const CLINIC_B = institution('131000002', 'テスト第二内科医院');
export const PHARMACY = institution('134000003', 'テスト薬局');

export function craftedPersonId(index: number): string {
  return `c0000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

export interface CraftedDispensing {
  readonly id: number;
  readonly personId: string;
  readonly dispensedOn: string;
  readonly drug: DrugMaster;
  readonly days: number;
  readonly dailyQuantity?: number;
  readonly prescriber?: CraftedInstitution;
  readonly pharmacy?: CraftedInstitution;
  readonly prescribedOn?: string;
  readonly electronicPrescriptionId?: number | null;
}

export async function insertDispensings(pool: Pool, rows: readonly CraftedDispensing[]): Promise<void> {
  for (const r of rows) {
    const daily = r.dailyQuantity ?? 1;
    const prescriber = r.prescriber ?? CLINIC_A;
    const pharmacy = r.pharmacy ?? PHARMACY;
    await pool.query(
      `INSERT INTO dispensings (id, person_id, dispensed_on, drug_code, drug_name, quantity, unit, days, daily_quantity,
         dispensing_institution_code, dispensing_institution_name, prescribing_institution_code, prescribing_institution_name, prescribed_on, electronic_prescription_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [r.id, r.personId, r.dispensedOn, r.drug.code, r.drug.name, daily * r.days, r.drug.unit, r.days, daily,
        pharmacy.code, pharmacy.name, prescriber.code, prescriber.name, r.prescribedOn ?? r.dispensedOn, r.electronicPrescriptionId ?? null],
    );
  }
}

export interface CraftedPrescription {
  readonly id: number;
  readonly personId: string;
  readonly issuedOn: string;
  readonly status: 'ISSUED' | 'DISPENSED' | 'CANCELLED' | 'EXPIRED';
  readonly items: ReadonlyArray<{ drug: DrugMaster; days: number; dailyQuantity?: number }>;
  readonly issuer?: CraftedInstitution;
  readonly pharmacy?: CraftedInstitution;
}

/** An e-prescription and its items; a DISPENSED one is dispensed at the pharmacy on the issue date. */
export async function insertPrescription(pool: Pool, p: CraftedPrescription): Promise<void> {
  const issuer = p.issuer ?? CLINIC_A;
  const pharmacy = p.status === 'DISPENSED' ? (p.pharmacy ?? PHARMACY) : null;
  await pool.query(
    `INSERT INTO electronic_prescriptions (id, person_id, issued_on, issuing_institution_code, issuing_institution_name, status,
       dispensed_on, dispensing_institution_code, dispensing_institution_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [p.id, p.personId, p.issuedOn, issuer.code, issuer.name, p.status, pharmacy ? p.issuedOn : null, pharmacy?.code ?? null, pharmacy?.name ?? null],
  );
  for (const [i, item] of p.items.entries()) {
    await pool.query(
      `INSERT INTO electronic_prescription_items (prescription_id, seq, drug_code, drug_name, daily_quantity, days, as_needed) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [p.id, i + 1, item.drug.code, item.drug.name, item.dailyQuantity ?? 1, item.days, item.drug.asNeeded],
    );
  }
}

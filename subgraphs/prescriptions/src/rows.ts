import { Connection } from '../../common/src/pagination';
import type { DrugRoute, DuplicateReason, ElectronicPrescriptionStatus } from './generated/resolvers';

/**
 * The shapes resolvers receive (codegen mappers): rows as read from the `prescriptions`
 * schema, dates as ISO strings, with the drug-master row joined where a field needs it.
 */
export interface DrugRow {
  readonly code: string;
  readonly name: string;
  readonly ingredientCode: string;
  readonly ingredientName: string;
  readonly route: DrugRoute;
  readonly asNeeded: boolean;
  readonly drugClass: string;
  readonly unit: string;
}

export interface DispensingRow {
  readonly id: string;
  readonly personId: string;
  readonly dispensedOn: string;
  readonly drug: DrugRow;
  readonly drugCode: string;
  readonly drugName: string;
  readonly quantity: number;
  readonly unit: string;
  readonly days: number;
  readonly dailyQuantity: number;
  readonly dispensingInstitutionCode: string;
  readonly dispensingInstitutionName: string;
  readonly prescribingInstitutionCode: string;
  readonly prescribingInstitutionName: string;
  readonly prescribedOn: string;
  readonly electronicPrescriptionId: string | null;
}

export interface ElectronicPrescriptionRow {
  readonly id: string;
  readonly personId: string;
  readonly issuedOn: string;
  readonly issuingInstitutionCode: string;
  readonly issuingInstitutionName: string;
  readonly status: ElectronicPrescriptionStatus;
  readonly dispensedOn: string | null;
  readonly dispensingInstitutionCode: string | null;
  readonly dispensingInstitutionName: string | null;
}

export interface PrescriptionItemRow {
  readonly prescriptionId: string;
  readonly seq: number;
  readonly drug: DrugRow;
  readonly drugCode: string;
  readonly drugName: string;
  readonly dailyQuantity: number;
  readonly days: number;
  readonly asNeeded: boolean;
}

/** A person as this subgraph knows it: only the id the gateway sends. */
export interface PersonRef {
  readonly id: string;
}

export type DispensingConnectionModel = Connection<DispensingRow>;
export type DispensingEdgeModel = DispensingConnectionModel['edges'][number];
export type ElectronicPrescriptionConnectionModel = Connection<ElectronicPrescriptionRow>;
export type ElectronicPrescriptionEdgeModel = ElectronicPrescriptionConnectionModel['edges'][number];

export interface DuplicateFindingModel {
  readonly candidate: DrugRow | null;
  readonly current: DispensingRow;
  readonly other: DispensingRow | null;
  readonly reason: DuplicateReason;
}

export interface DuplicateCheckResultModel {
  readonly checkedOn: string;
  readonly findings: readonly DuplicateFindingModel[];
}

export interface InstitutionRef {
  readonly code: string;
}

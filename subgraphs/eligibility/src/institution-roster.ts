import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES } from '../../../data/src/names';
import { Rng } from '../../../data/src/rng';
import { Institution, addDays } from '../../../data/src/world';
import { StaffRow, TerminalRow } from './rows';

export interface RosterTerminal extends TerminalRow {
  /** When the terminal was registered with the system (ISO timestamp, JST). */
  readonly registeredAt: string;
}

export interface RosterStaff extends StaffRow {
  readonly loginId: string;
}

/** An emergency ID (救急用の専用ID) issued to a staff member: a login of its own. */
export interface RosterEmergencyId {
  readonly loginId: string;
  readonly staffId: string;
  readonly institutionCode: string;
  readonly issuedAt: string;
}

/** Disaster authority an operator granted a staff member. */
export interface RosterDisasterAuthority {
  readonly staffId: string;
  readonly grantedAt: string;
}

export interface InstitutionRoster {
  readonly terminals: readonly RosterTerminal[];
  readonly staff: readonly RosterStaff[];
  readonly emergencyIds: readonly RosterEmergencyId[];
  readonly disasterAuthorities: readonly RosterDisasterAuthority[];
}

/** A staff login `<institution code>-<nn>` gives the emergency ID `<institution code>-E<nn>` (as migration 004 derives them too). */
export const emergencyIdOf = (staffLoginId: string): string => staffLoginId.replace('-', '-E');

/** Ids are the institution's position in the world times ten plus a slot, so they are stable for a seed. */
const MAX_PER_INSTITUTION = 10;

const EXAMINATION_ROOM_LABEL: Record<Institution['kind'], string> = {
  HOSPITAL: '診察室',
  MEDICAL_CLINIC: '診察室',
  DENTAL_CLINIC: '診療室',
  PHARMACY: '投薬窓口',
};

function examinationRooms(rng: Rng, kind: Institution['kind']): number {
  if (kind === 'HOSPITAL') return rng.int(2, 4);
  if (kind === 'PHARMACY') return 0;
  return rng.int(1, 2);
}

function professionals(rng: Rng, kind: Institution['kind']): Array<StaffRow['qualification']> {
  if (kind === 'HOSPITAL') return [...Array<StaffRow['qualification']>(rng.int(3, 5)).fill('PHYSICIAN'), 'NURSE'];
  if (kind === 'MEDICAL_CLINIC') return rng.chance(0.5) ? ['PHYSICIAN', 'NURSE'] : ['PHYSICIAN'];
  if (kind === 'DENTAL_CLINIC') return ['DENTIST'];
  return rng.chance(0.4) ? ['PHARMACIST', 'PHARMACIST'] : ['PHARMACIST'];
}

function syntheticName(rng: Rng): string {
  const surname = rng.pick(SURNAMES)[0];
  const given = rng.pick(rng.chance(0.5) ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES)[0];
  return `${surname} ${given}`;
}

/**
 * The registered terminals and staff of the institution at `index` of the world: 1-2 reception
 * terminals, examination-room terminals at hospitals and clinics, an emergency-only terminal
 * (救急専用端末) at about a third of hospitals; a clerk and the professionals its kind needs. At a
 * hospital with an emergency-only terminal, each physician holds an emergency ID and the nurse has
 * disaster authority, registered when its terminals were.
 */
export function institutionRoster(seed: number, index: number, institution: Institution): InstitutionRoster {
  const rng = Rng.for(seed, 'institution-roster', index);
  const registeredAt = `${addDays('2021-03-01', rng.int(0, 700))}T09:00:00+09:00`;
  const terminalSlots: Array<Pick<TerminalRow, 'kind' | 'label'>> = [];
  const receptions = rng.int(1, 2);
  for (let i = 1; i <= receptions; i++) terminalSlots.push({ kind: 'RECEPTION', label: `受付${i}` });
  const rooms = examinationRooms(rng, institution.kind);
  for (let i = 1; i <= rooms; i++) terminalSlots.push({ kind: 'EXAMINATION_ROOM', label: `${EXAMINATION_ROOM_LABEL[institution.kind]}${i}` });
  if (institution.kind === 'HOSPITAL' && rng.chance(1 / 3)) terminalSlots.push({ kind: 'EMERGENCY_ONLY', label: '救急外来' });

  const qualifications: Array<StaffRow['qualification']> = ['CLERK', ...professionals(rng, institution.kind)];
  const id = (slot: number): string => String(index * MAX_PER_INSTITUTION + slot);
  const staff: RosterStaff[] = qualifications.map((qualification, slot) => ({
    id: id(slot),
    institutionCode: institution.code,
    name: syntheticName(rng),
    qualification,
    loginId: `${institution.code}-${String(slot + 1).padStart(2, '0')}`,
  }));
  const emergencyCare = terminalSlots.some((t) => t.kind === 'EMERGENCY_ONLY');
  const holding = (qualification: StaffRow['qualification']) => (emergencyCare ? staff.filter((s) => s.qualification === qualification) : []);
  return {
    terminals: terminalSlots.map((t, slot) => ({ ...t, id: id(slot), institutionCode: institution.code, registeredAt })),
    staff,
    emergencyIds: holding('PHYSICIAN').map((s) => ({ loginId: emergencyIdOf(s.loginId), staffId: s.id, institutionCode: institution.code, issuedAt: registeredAt })),
    disasterAuthorities: holding('NURSE').map((s) => ({ staffId: s.id, grantedAt: registeredAt })),
  };
}

import { Institution, Person, World, ageOn } from '../../../data/src/world';
import { InstitutionRoster, RosterStaff, RosterTerminal, institutionRoster } from '../../../subgraphs/eligibility/src/institution-roster';
import { INTERNAL_USERS, InternalUser } from '../../../subgraphs/eligibility/src/seed';
import { DEMO_PEOPLE, DEMO_SEED } from '../../../data/src/demo';

/** The demo data set `npm start` loads (tools/start.ts): seed 42, 2,000 people. */

export const PERSONA_NAMES = ['clerk', 'physician', 'pharmacist', 'emergency-physician', 'disaster-nurse', 'patient', 'analyst', 'operator', 'auditor'] as const;
export type PersonaName = (typeof PERSONA_NAMES)[number];

/**
 * A demo caller: the identifiers a development token carries for someone in the demo data.
 * What the caller may do follows from the registries these identifiers name, not from here.
 */
export interface Persona {
  readonly name: PersonaName;
  /** Whom it stands for. */
  readonly description: string;
  /** A staff member's or internal user's login id, or the person's opaque id. */
  readonly sub: string;
  readonly institution: string | null;
  readonly terminal: string | null;
  /** How the caller authenticated (RFC 8176 values). */
  readonly amr: readonly string[];
}

export const isPersonaName = (name: string): name is PersonaName => (PERSONA_NAMES as readonly string[]).includes(name);

/** Password; with a one-time code (two factors) where the seeds ask for more. */
const PASSWORD = ['pwd'];
const TWO_FACTOR = ['pwd', 'otp', 'mfa'];
/** The My Number card's certificate (smart card) and a face match at the card reader. */
const CARD_AND_FACE = ['sc', 'face'];

interface Placed {
  readonly institution: Institution;
  readonly roster: InstitutionRoster;
}

const KIND_NAMES: Record<Institution['kind'], string> = {
  HOSPITAL: 'hospital',
  MEDICAL_CLINIC: 'clinic',
  DENTAL_CLINIC: 'dental clinic',
  PHARMACY: 'pharmacy',
};

const at = ({ institution }: Placed): string => `at ${institution.name} (${KIND_NAMES[institution.kind]} ${institution.code})`;
const on = (terminal: RosterTerminal): string => `terminal ${terminal.label} (${terminal.id})`;

class DemoRegistry {
  private readonly rosters = new Map<number, InstitutionRoster>();

  constructor(readonly world: World) {}

  /** The first institution of the world (in its order) for which `select` finds something. */
  first<T>(select: (placed: Placed) => T | undefined): T {
    const { institutions } = this.world;
    for (let index = 0; index < institutions.length; index++) {
      const found = select({ institution: institutions[index]!, roster: this.roster(index) });
      if (found !== undefined) return found;
    }
    throw new Error('the demo data has no institution the persona needs');
  }

  private roster(index: number): InstitutionRoster {
    let roster = this.rosters.get(index);
    if (!roster) {
      roster = institutionRoster(this.world.options.seed, index, this.world.institutions[index]!);
      this.rosters.set(index, roster);
    }
    return roster;
  }
}

const terminalOf = ({ roster }: Placed, kind: RosterTerminal['kind']): RosterTerminal | undefined => roster.terminals.find((t) => t.kind === kind);
const staffOf = ({ roster }: Placed, qualification: RosterStaff['qualification'], except?: RosterStaff): RosterStaff | undefined =>
  roster.staff.find((s) => s.qualification === qualification && s.loginId !== except?.loginId);

function staffPersona(name: PersonaName, placed: Placed, staff: RosterStaff, terminal: RosterTerminal, amr: readonly string[], role: string, login = staff.loginId): Persona {
  const signIn = login === staff.loginId ? `login ${login}` : `emergency ID ${login}`;
  return {
    name,
    description: `${role} ${staff.name} (${signIn}) ${at(placed)}, ${on(terminal)}`,
    sub: login,
    institution: placed.institution.code,
    terminal: terminal.id,
    amr,
  };
}

const emergencyIdOf = ({ roster }: Placed, staff: RosterStaff): string | undefined => roster.emergencyIds.find((e) => e.staffId === staff.id)?.loginId;
const hasDisasterAuthority = ({ roster }: Placed, staff: RosterStaff): boolean => roster.disasterAuthorities.some((d) => d.staffId === staff.id);
const located = ({ institution }: Placed): string => `, in ${institution.municipality} (prefecture ${institution.prefectureCode}, municipality ${institution.municipalityCode})`;

function patient(world: World): Person {
  const { asOf, people } = world.options;
  for (let index = 0; index < people; index++) {
    const person = world.person(index);
    const card = person.certificates.some((c) => c.kind === 'CARD' && c.issuedOn <= asOf && asOf < c.expiresOn);
    if (card && ageOn(person.birthDate, asOf) >= 18) return person;
  }
  throw new Error('the demo data has no adult with a My Number card');
}

function internalPersona(name: PersonaName, role: InternalUser['role'], whom: string): Persona {
  const user = INTERNAL_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no internal user with the role ${role}`);
  return { name, description: `${whom} ${user.name} (internal login ${user.loginId})`, sub: user.loginId, institution: null, terminal: null, amr: TWO_FACTOR };
}

/**
 * The demo personas, found deterministically in the demo data set (its World and the
 * eligibility registry's rosters and internal users). `asOf` is the day the data describes.
 */
export function demoPersonas(asOf: string = new Date().toISOString().slice(0, 10)): Persona[] {
  return personasIn(new World({ seed: DEMO_SEED, people: DEMO_PEOPLE, asOf }));
}

/** The personas, found the same way in the data set of any world. */
export function personasIn(world: World): Persona[] {
  const registry = new DemoRegistry(world);

  const hospital = registry.first((p) => {
    const [room, reception, physician, clerk] = [terminalOf(p, 'EXAMINATION_ROOM'), terminalOf(p, 'RECEPTION'), staffOf(p, 'PHYSICIAN'), staffOf(p, 'CLERK')];
    return p.institution.kind === 'HOSPITAL' && room && reception && physician && clerk ? { placed: p, room, reception, physician, clerk } : undefined;
  });
  const pharmacy = registry.first((p) => {
    const [terminal, pharmacist] = [terminalOf(p, 'RECEPTION'), staffOf(p, 'PHARMACIST')];
    return p.institution.kind === 'PHARMACY' && terminal && pharmacist ? { placed: p, terminal, pharmacist } : undefined;
  });
  // Another physician than the physician persona, should the first emergency hospital be the same one.
  const emergency = registry.first((p) => {
    const [terminal, physician] = [terminalOf(p, 'EMERGENCY_ONLY'), staffOf(p, 'PHYSICIAN', hospital.physician)];
    const emergencyId = physician && emergencyIdOf(p, physician);
    return p.institution.kind === 'HOSPITAL' && terminal && physician && emergencyId ? { placed: p, terminal, physician, emergencyId } : undefined;
  });
  const disaster = registry.first((p) => {
    const [terminal, nurse] = [terminalOf(p, 'EXAMINATION_ROOM'), staffOf(p, 'NURSE')];
    return p.institution.kind === 'HOSPITAL' && terminal && nurse && hasDisasterAuthority(p, nurse) ? { placed: p, terminal, nurse } : undefined;
  });
  const person = patient(world);
  const disasterNurse = staffPersona('disaster-nurse', disaster.placed, disaster.nurse, disaster.terminal, PASSWORD, 'Nurse with disaster authority (災害時閲覧権限):');

  return [
    staffPersona('clerk', hospital.placed, hospital.clerk, hospital.reception, PASSWORD, 'Reception clerk (eligibility only):'),
    staffPersona('physician', hospital.placed, hospital.physician, hospital.room, PASSWORD, 'Physician (medical data with consent):'),
    staffPersona('pharmacist', pharmacy.placed, pharmacy.pharmacist, pharmacy.terminal, PASSWORD, 'Pharmacist (medications with consent):'),
    staffPersona(
      'emergency-physician',
      emergency.placed,
      emergency.physician,
      emergency.terminal,
      TWO_FACTOR,
      'Emergency physician (emergency ID at an emergency-only terminal, 救急専用端末):',
      emergency.emergencyId,
    ),
    { ...disasterNurse, description: `${disasterNurse.description}${located(disaster.placed)}` },
    {
      name: 'patient',
      description: `Patient ${person.nameKanji} (person ${person.id}), signed in with the My Number card and a face match: their own data`,
      sub: person.id,
      institution: null,
      terminal: null,
      amr: CARD_AND_FACE,
    },
    internalPersona('analyst', 'ANALYST', 'Analyst (aggregates only, never a person):'),
    internalPersona('operator', 'OPERATOR', 'Operator (declares disasters, registers terminals and IDs):'),
    internalPersona('auditor', 'AUDITOR', 'Auditor (reads access logs):'),
  ];
}

export function demoPersona(name: PersonaName, asOf?: string): Persona {
  return demoPersonas(asOf).find((p) => p.name === name)!;
}

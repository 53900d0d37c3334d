import { World } from '../../../data/src/world';
import { DEMO_PEOPLE, DEMO_SEED } from '../../../data/src/demo';
import { PERSONA_NAMES, Persona, demoPersona, demoPersonas, isPersonaName } from '../../../gateway/src/auth/personas';
import { institutionRoster } from '../../../subgraphs/eligibility/src/institution-roster';
import { INTERNAL_USERS } from '../../../subgraphs/eligibility/src/seed';

const AS_OF = '2026-11-01';
const world = new World({ seed: DEMO_SEED, people: DEMO_PEOPLE, asOf: AS_OF });
const personas = demoPersonas(AS_OF);
const firstOfKind = (kind: string): number => world.institutions.findIndex((i) => i.kind === kind);
const persona = (name: Persona['name']): Persona => personas.find((p) => p.name === name)!;

/** What the eligibility registry says of a staff persona: its institution, login and terminal. */
function registry(p: Persona) {
  const index = world.institutions.findIndex((i) => i.code === p.institution);
  const institution = world.institutions[index]!;
  const roster = institutionRoster(DEMO_SEED, index, institution);
  return {
    institution,
    roster,
    staff: roster.staff.find((s) => s.loginId === p.sub || roster.emergencyIds.some((e) => e.loginId === p.sub && e.staffId === s.id)),
    terminal: roster.terminals.find((t) => t.id === p.terminal),
  };
}

describe('demo personas', () => {
  test('the nine, in order, each with whom it stands for', () => {
    expect(personas.map((p) => p.name)).toEqual(['clerk', 'physician', 'pharmacist', 'emergency-physician', 'disaster-nurse', 'patient', 'analyst', 'operator', 'auditor']);
    expect(PERSONA_NAMES).toEqual(personas.map((p) => p.name));
    for (const p of personas) expect(p.description.length).toBeGreaterThan(20);
    expect(isPersonaName('clerk')).toBe(true);
    expect(isPersonaName('root')).toBe(false);
  });

  test('are deterministic, and the same whatever the day the demo data describes', () => {
    expect(demoPersonas(AS_OF)).toEqual(personas);
    const subjects = (list: Persona[]) => list.map((p) => [p.name, p.sub, p.institution, p.terminal]);
    expect(subjects(demoPersonas('2025-04-01'))).toEqual(subjects(personas));
    expect(subjects(demoPersonas('2028-02-29'))).toEqual(subjects(personas));
    expect(demoPersona('auditor', AS_OF)).toEqual(persona('auditor'));
  });

  test('subjects are distinct', () => {
    expect(new Set(personas.map((p) => p.sub)).size).toBe(personas.length);
  });

  test('physician: the first physician of the first hospital, on an examination-room terminal there', () => {
    const r = registry(persona('physician'));
    expect(r.institution.kind).toBe('HOSPITAL');
    expect(world.institutions.indexOf(r.institution)).toBe(firstOfKind('HOSPITAL'));
    expect(r.staff).toBe(r.roster.staff.find((s) => s.qualification === 'PHYSICIAN'));
    expect(r.terminal?.kind).toBe('EXAMINATION_ROOM');
  });

  test('clerk: the clerk of that hospital, on its reception terminal', () => {
    const r = registry(persona('clerk'));
    expect(persona('clerk').institution).toBe(persona('physician').institution);
    expect(r.staff?.qualification).toBe('CLERK');
    expect(r.terminal?.kind).toBe('RECEPTION');
  });

  test('pharmacist: a pharmacist of the first pharmacy, on its terminal', () => {
    const r = registry(persona('pharmacist'));
    expect(r.institution.kind).toBe('PHARMACY');
    expect(world.institutions.indexOf(r.institution)).toBe(firstOfKind('PHARMACY'));
    expect(r.staff?.qualification).toBe('PHARMACIST');
    expect(r.terminal).toBeDefined();
  });

  test('emergency-physician: a physician of a hospital with an emergency-only terminal, signed in with their emergency ID on that terminal', () => {
    const p = persona('emergency-physician');
    const r = registry(p);
    expect(r.institution.kind).toBe('HOSPITAL');
    expect(r.staff?.qualification).toBe('PHYSICIAN');
    expect(r.roster.emergencyIds.find((e) => e.loginId === p.sub)?.staffId).toBe(r.staff?.id);
    expect(p.sub).toBe(`${r.staff?.loginId.replace('-', '-E')}`);
    expect(r.terminal?.kind).toBe('EMERGENCY_ONLY');
    expect(p.amr).toEqual(expect.arrayContaining(['mfa']));
    expect(p.description).toContain(`emergency ID ${p.sub}`);
  });

  test('disaster-nurse: a nurse with disaster authority, on an examination-room terminal, with where the hospital is', () => {
    const p = persona('disaster-nurse');
    const r = registry(p);
    expect(r.institution.kind).toBe('HOSPITAL');
    expect(r.staff?.qualification).toBe('NURSE');
    expect(r.roster.disasterAuthorities.map((d) => d.staffId)).toContain(r.staff?.id);
    expect(r.terminal?.kind).toBe('EXAMINATION_ROOM');
    expect(p.description).toContain(`municipality ${r.institution.municipalityCode}`);
  });

  test('patient: an adult of the demo data with a valid My Number card certificate, by opaque id, card and face', () => {
    const p = persona('patient');
    const index = [...Array(DEMO_PEOPLE).keys()].find((i) => world.person(i).id === p.sub)!;
    const person = world.person(index);
    expect(person.certificates.some((c) => c.kind === 'CARD' && c.issuedOn <= AS_OF && AS_OF < c.expiresOn)).toBe(true);
    expect(p).toMatchObject({ institution: null, terminal: null, amr: ['sc', 'face'] });
  });

  test.each([
    ['analyst', 'ANALYST'],
    ['operator', 'OPERATOR'],
    ['auditor', 'AUDITOR'],
  ] as const)('%s: an internal user of the registry with the role %s', (name, role) => {
    const p = persona(name);
    const user = INTERNAL_USERS.find((u) => u.loginId === p.sub);
    expect(user?.role).toBe(role);
    expect(p).toMatchObject({ institution: null, terminal: null });
    expect(p.description).toContain(user!.name);
  });

  test('carry identifiers only: no role, qualification or terminal kind', () => {
    for (const p of personas) expect(Object.keys(p).sort()).toEqual(['amr', 'description', 'institution', 'name', 'sub', 'terminal']);
  });
});

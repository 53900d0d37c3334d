import { World } from '../../../data/src/world';
import { institutionRoster } from '../../../subgraphs/eligibility/src/institution-roster';

const world = new World({ seed: 1, people: 0, institutions: 3000, asOf: '2026-11-01' });
const rosters = world.institutions.map((institution, index) => ({ institution, roster: institutionRoster(1, index, institution) }));
const count = <T>(items: readonly T[], predicate: (item: T) => boolean): number => items.filter(predicate).length;

describe('institutionRoster', () => {
  test('is deterministic for a seed and index', () => {
    expect(institutionRoster(1, 7, world.institutions[7]!)).toEqual(institutionRoster(1, 7, world.institutions[7]!));
  });

  test('every institution has 1-2 reception terminals and a clerk', () => {
    for (const { roster } of rosters) {
      expect(count(roster.terminals, (t) => t.kind === 'RECEPTION')).toBeGreaterThanOrEqual(1);
      expect(count(roster.terminals, (t) => t.kind === 'RECEPTION')).toBeLessThanOrEqual(2);
      expect(count(roster.staff, (s) => s.qualification === 'CLERK')).toBe(1);
    }
  });

  test.each([
    ['HOSPITAL', 'PHYSICIAN', 3, 2],
    ['MEDICAL_CLINIC', 'PHYSICIAN', 1, 1],
    ['DENTAL_CLINIC', 'DENTIST', 1, 1],
    ['PHARMACY', 'PHARMACIST', 1, 0],
  ] as const)('a %s has at least %s x%d on staff and at least %d examination-room terminals', (kind, professional, professionals, rooms) => {
    const ofKind = rosters.filter((r) => r.institution.kind === kind);
    expect(ofKind.length).toBeGreaterThan(0);
    for (const { roster } of ofKind) {
      expect(count(roster.staff, (s) => s.qualification === professional)).toBeGreaterThanOrEqual(professionals);
      expect(count(roster.terminals, (t) => t.kind === 'EXAMINATION_ROOM')).toBeGreaterThanOrEqual(rooms);
    }
  });

  test('pharmacies have no examination-room terminals', () => {
    for (const { roster } of rosters.filter((r) => r.institution.kind === 'PHARMACY')) {
      expect(count(roster.terminals, (t) => t.kind === 'EXAMINATION_ROOM')).toBe(0);
    }
  });

  test('emergency-only terminals are at hospitals only, about a third of them', () => {
    const withEmergency = rosters.filter((r) => r.roster.terminals.some((t) => t.kind === 'EMERGENCY_ONLY'));
    expect(withEmergency.every((r) => r.institution.kind === 'HOSPITAL')).toBe(true);
    const hospitals = count(rosters, (r) => r.institution.kind === 'HOSPITAL');
    expect(withEmergency.length / hospitals).toBeGreaterThan(0.2);
    expect(withEmergency.length / hospitals).toBeLessThan(0.47);
  });

  test('terminal ids, staff ids and login ids are unique across institutions', () => {
    const terminalIds = rosters.flatMap((r) => r.roster.terminals.map((t) => t.id));
    const staffIds = rosters.flatMap((r) => r.roster.staff.map((s) => s.id));
    const logins = rosters.flatMap((r) => r.roster.staff.map((s) => s.loginId));
    expect(new Set(terminalIds).size).toBe(terminalIds.length);
    expect(new Set(staffIds).size).toBe(staffIds.length);
    expect(new Set(logins).size).toBe(logins.length);
  });
});

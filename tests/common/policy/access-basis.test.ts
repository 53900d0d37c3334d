import { AccessBasisRequest, Caller, decideAccessBasis, DeclaredPeriod } from '../../../common/src/policy';
import { clerk, disasterNurse, emergencyPhysician, hoursAfter, nurse, operator, patient, physician, SUMMARY_NOW } from './fixtures';

const MINUTE_MS = 60_000;
const minutesBefore = (minutes: number): Date => new Date(SUMMARY_NOW.getTime() - minutes * MINUTE_MS);
const refused = (refusal: string) => ({ allow: false, refusal });

const emergency = (basis: 'EMERGENCY_WITH_CARD' | 'EMERGENCY_NO_CARD', caller: Caller, authTime: Date | null = minutesBefore(1)): AccessBasisRequest => ({
  basis,
  caller,
  authTime,
  disasterPeriods: [],
  at: SUMMARY_NOW,
});

describe('decideAccessBasis: emergency (DOMAIN.md §4.2, §4.3)', () => {
  it.each(['EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD'] as const)('%s opens for half an hour to qualified staff with an emergency ID at an emergency-only terminal', (basis) => {
    expect(decideAccessBasis(emergency(basis, emergencyPhysician))).toEqual({ allow: true, expiresAt: hoursAfter(SUMMARY_NOW, 0.5), disasterId: null });
  });

  it.each([
    ['an ordinary terminal', { ...emergencyPhysician, terminalKind: 'EXAMINATION_ROOM' }, 'EMERGENCY_TERMINAL_REQUIRED'],
    ['no terminal kind', { ...emergencyPhysician, terminalKind: undefined }, 'EMERGENCY_TERMINAL_REQUIRED'],
    ['a login without an emergency ID', { ...physician, terminalKind: 'EMERGENCY_ONLY' }, 'EMERGENCY_ID_REQUIRED'],
    ['a nurse with an emergency ID', { ...nurse, terminalKind: 'EMERGENCY_ONLY', emergencyId: true }, 'QUALIFICATION_REQUIRED'],
    ['a clerk', { ...clerk, terminalKind: 'EMERGENCY_ONLY', emergencyId: true }, 'QUALIFICATION_REQUIRED'],
    ['a patient', patient, 'ROLE_NOT_PERMITTED'],
    ['an operator', operator, 'ROLE_NOT_PERMITTED'],
  ] as const)('refuses %s', (_case, caller, refusal) => {
    expect(decideAccessBasis(emergency('EMERGENCY_WITH_CARD', caller as Caller))).toEqual(refused(refusal));
    expect(decideAccessBasis(emergency('EMERGENCY_NO_CARD', caller as Caller))).toEqual(refused(refusal));
  });

  it('without a card, the user must have authenticated within the window: 5 minutes unless configured', () => {
    const noCard = (authTime: Date | null, reauthenticationWindowMs?: number) =>
      decideAccessBasis({ ...emergency('EMERGENCY_NO_CARD', emergencyPhysician, authTime), reauthenticationWindowMs });
    expect(noCard(minutesBefore(5)).allow).toBe(true);
    expect(noCard(new Date(SUMMARY_NOW.getTime() - 5 * MINUTE_MS - 1))).toEqual(refused('REAUTHENTICATION_REQUIRED'));
    expect(noCard(null)).toEqual(refused('REAUTHENTICATION_REQUIRED'));
    // An authentication after the request is not one.
    expect(noCard(new Date(SUMMARY_NOW.getTime() + 1000))).toEqual(refused('REAUTHENTICATION_REQUIRED'));
    expect(noCard(minutesBefore(9), 10 * MINUTE_MS).allow).toBe(true);
    expect(noCard(minutesBefore(2), 1 * MINUTE_MS)).toEqual(refused('REAUTHENTICATION_REQUIRED'));
    // With the card, an old authentication does.
    expect(decideAccessBasis(emergency('EMERGENCY_WITH_CARD', emergencyPhysician, minutesBefore(50))).allow).toBe(true);
  });
});

describe('decideAccessBasis: disaster (DOMAIN.md §4.4)', () => {
  const period = (disasterId: string, startHours: number, endHours: number): DeclaredPeriod => ({
    disasterId,
    startsAt: hoursAfter(SUMMARY_NOW, startHours),
    endsAt: hoursAfter(SUMMARY_NOW, endHours),
  });
  const disaster = (caller: Caller, disasterPeriods: readonly DeclaredPeriod[]): AccessBasisRequest => ({
    basis: 'DISASTER',
    caller,
    authTime: null,
    disasterPeriods,
    at: SUMMARY_NOW,
  });

  it('opens during a declared period, until it ends, to qualified staff and staff with disaster authority', () => {
    const week = [period('d1', -24, 24 * 6)];
    expect(decideAccessBasis(disaster(physician, week))).toEqual({ allow: true, expiresAt: hoursAfter(SUMMARY_NOW, 24 * 6), disasterId: 'd1' });
    expect(decideAccessBasis(disaster(disasterNurse, week)).allow).toBe(true);
    expect(decideAccessBasis(disaster(nurse, week))).toEqual(refused('QUALIFICATION_REQUIRED'));
    expect(decideAccessBasis(disaster(clerk, week))).toEqual(refused('QUALIFICATION_REQUIRED'));
  });

  it('is inactive before a period begins, once it has ended, and where none is declared', () => {
    expect(decideAccessBasis(disaster(physician, [period('d1', 1, 48)]))).toEqual(refused('DISASTER_MODE_INACTIVE'));
    expect(decideAccessBasis(disaster(physician, [period('d1', -48, 0)]))).toEqual(refused('DISASTER_MODE_INACTIVE'));
    expect(decideAccessBasis(disaster(physician, []))).toEqual(refused('DISASTER_MODE_INACTIVE'));
  });

  it('of two disasters in force in the region, goes with the one that lasts longer', () => {
    const decision = decideAccessBasis(disaster(physician, [period('short', -1, 2), period('long', -1, 30), period('ended', -10, -1)]));
    expect(decision).toEqual({ allow: true, expiresAt: hoursAfter(SUMMARY_NOW, 30), disasterId: 'long' });
  });
});

import { SubgraphContext } from '../../../common/src/context';
import { FacilityShare, InstitutionKind, Rollout, RolloutSnapshot, TargetDistance } from '../generated/resolvers';
import { percentAsPrinted, pointsBetween } from '../published/percent';
import { PrintedShare, PUBLISHED_SNAPSHOTS, PublishedSnapshot } from '../published/rollout-snapshots';
import { ROLLOUT_TARGETS } from '../published/rollout-targets';
import { aggregateCount } from './aggregate-count';
import { mayRead } from './guard';

const KINDS: readonly InstitutionKind[] = ['HOSPITAL', 'MEDICAL_CLINIC', 'DENTAL_CLINIC', 'PHARMACY'];

const shareOf = ({ facilities, ofFacilities, percent }: PrintedShare): FacilityShare => ({
  facilities,
  ofFacilities,
  percent,
  percentFromCounts: facilities !== null && ofFacilities !== null ? percentAsPrinted(facilities, ofFacilities) : null,
});

/** How far a share of facilities is from each target: points, and facilities where the counts are known. */
export function againstTargets(asOf: string, share: FacilityShare | null): TargetDistance[] {
  if (!share || share.percent === null || share.percent === undefined) return [];
  const percent = share.percent;
  return ROLLOUT_TARGETS.map((target) => {
    const { facilities, ofFacilities } = share;
    // The facilities the target's share of all of them comes to, rounded up: 60 % of 228,321 is 136,993.
    const needed = ofFacilities === null || ofFacilities === undefined ? null : Math.ceil((target.percent * 10 * ofFacilities) / 1000);
    const facilitiesToGo = needed === null || facilities === null || facilities === undefined ? null : Math.max(0, needed - facilities);
    return {
      target,
      pointsToGo: pointsBetween(target.percent, percent),
      facilitiesToGo,
      beforeDeadline: asOf <= target.by,
      met: facilitiesToGo === null ? percent >= target.percent : facilitiesToGo === 0,
    };
  });
}

function publishedSnapshot(snapshot: PublishedSnapshot): RolloutSnapshot {
  const applications = shareOf(snapshot.cardReaderApplications);
  const registrations = snapshot.insuranceUseRegistrations;
  return {
    asOf: snapshot.asOf,
    source: snapshot.source,
    notes: [...snapshot.notes],
    cardReaderApplications: applications,
    cardReaderApplicationsByKind: KINDS.flatMap((kind) => {
      const share = snapshot.byKind[kind];
      return share ? [{ kind, share: shareOf(share) }] : [];
    }),
    portalAccounts: snapshot.portalAccounts ? shareOf(snapshot.portalAccounts) : null,
    insuranceUseRegistrations: registrations && {
      registrations: aggregateCount(registrations.registrations),
      cardsIssued: registrations.cardsIssued,
      percentOfCardsIssued: registrations.percent,
      insuredPersons: null,
      percentOfInsuredPersons: null,
    },
    myNumberCards: snapshot.myNumberCards,
    publicInstitutions: [...snapshot.publicInstitutions],
    againstTargets: againstTargets(snapshot.asOf, applications),
  };
}

const COMPUTED_NOTES = [
  'Computed from the data: a facility counts once a terminal of it is registered (the data records registered terminals, not card-reader applications), out of every facility in the registry.',
  'Registrations: persons with a My Number card certificate linked to them, from the first issued; the data holds no card that is not linked, so no share of cards issued. Counts under 10 are withheld.',
];

interface FacilitiesRow {
  as_of: string;
  institution_kind: InstitutionKind;
  facilities: number;
  with_terminal: number;
}

interface RegistrationsRow {
  as_of: string;
  registrations: number | null;
  insured_persons: number | null;
}

async function computedSnapshots({ db }: SubgraphContext): Promise<RolloutSnapshot[]> {
  const [facilities, registrations] = await Promise.all([
    db.query<FacilitiesRow>('SELECT as_of::text AS as_of, institution_kind, facilities, with_terminal FROM rollout_facilities ORDER BY as_of, institution_kind'),
    db.query<RegistrationsRow>('SELECT as_of::text AS as_of, registrations, insured_persons FROM rollout_registrations ORDER BY as_of'),
  ]);
  const registrationsOn = new Map(registrations.map((row) => [row.as_of, row]));
  const days = [...new Set(facilities.map((row) => row.as_of))];
  return days.map((asOf) => {
    const rows = facilities.filter((row) => row.as_of === asOf);
    const share = (withTerminal: number, of: number): FacilityShare => ({ facilities: withTerminal, ofFacilities: of, percent: percentAsPrinted(withTerminal, of), percentFromCounts: percentAsPrinted(withTerminal, of) });
    const all = share(rows.reduce((n, r) => n + r.with_terminal, 0), rows.reduce((n, r) => n + r.facilities, 0));
    const registered = registrationsOn.get(asOf);
    const count = registered?.registrations ?? null;
    const insured = registered?.insured_persons ?? null;
    return {
      asOf,
      source: 'Computed from the data (the institution registry and its terminals, the card certificates, the qualifications).',
      notes: COMPUTED_NOTES,
      cardReaderApplications: all,
      cardReaderApplicationsByKind: KINDS.flatMap((kind) => {
        const row = rows.find((r) => r.institution_kind === kind);
        return row ? [{ kind, share: share(row.with_terminal, row.facilities) }] : [];
      }),
      portalAccounts: null,
      insuranceUseRegistrations: {
        registrations: aggregateCount(count),
        cardsIssued: null,
        percentOfCardsIssued: null,
        insuredPersons: aggregateCount(insured),
        percentOfInsuredPersons: count === null || insured === null ? null : percentAsPrinted(count, insured),
      },
      myNumberCards: null,
      publicInstitutions: [],
      againstTargets: againstTargets(asOf, all),
    };
  });
}

export async function rollout(_: unknown, __: unknown, context: SubgraphContext): Promise<Rollout> {
  if (!(await mayRead(context, 'Rollout.computed'))) return {};
  const computed = await computedSnapshots(context);
  return {
    targets: [...ROLLOUT_TARGETS],
    published: PUBLISHED_SNAPSHOTS.map(publishedSnapshot),
    computed,
    current: computed.at(-1) ?? null,
  };
}

import { PersonaName } from '../../gateway/src/auth/personas';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInJapan } from '../../common/src/japan-calendar';
import { startTestStack, TestStack } from '../support/stack';

/**
 * Analytics end to end (DOMAIN.md §3 and §7): development tokens, the gateway over HTTP, the
 * analytics subgraph with its aggregates computed from the test stack's synthetic data as it
 * started. Analysts reach the aggregates and nothing about a person; the operator the published
 * figures only; everyone else nothing, FORBIDDEN with ROLE_NOT_PERMITTED like any other denial.
 */

let t: TestStack;

beforeAll(async () => {
  t = await startTestStack({ people: 150 });
});
afterAll(async () => t?.stop());

const ask = async <T>(persona: PersonaName, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> =>
  postGraphQL<T>(t.url, query, variables, await t.authorization(persona));

/** Each error by its path: the reason of a FORBIDDEN, the code of anything else. */
const deniedAt = (response: GraphQLResponse<unknown>): Record<string, string> =>
  Object.fromEntries((response.errors ?? []).map((e) => [(e.path ?? []).join('.'), String(e.extensions?.code === 'FORBIDDEN' ? e.extensions.reason : e.extensions?.code)]));

const FIRST_SEEN = `{
  rollout {
    published { asOf cardReaderApplications { facilities ofFacilities percent } }
    current { asOf cardReaderApplications { percent } insuranceUseRegistrations { registrations { value suppressed } } againstTargets { target { by } pointsToGo } }
  }
  subsidyEstimate(input: { facilityKind: HOSPITAL, readers: 2, costYen: 3000000, appliedOn: "2021-01-15" }) {
    beforeRevision { subsidyYen } afterRevision { subsidyYen } applicable { rules { id } }
  }
}`;

describe('the analyst', () => {
  it('follows the rollout against its targets and prices a facility’s subsidy', async () => {
    const response = await ask<{
      rollout: { published: Array<{ asOf: string; cardReaderApplications: { facilities: number | null; ofFacilities: number | null; percent: number } }>; current: { asOf: string; cardReaderApplications: { percent: number }; againstTargets: unknown[] } };
      subsidyEstimate: { beforeRevision: { subsidyYen: number }; afterRevision: { subsidyYen: number }; applicable: { rules: { id: string } } };
    }>('analyst', FIRST_SEEN);
    expect(response.errors).toBeUndefined();
    expect(response.data!.rollout.published.map((s) => [s.asOf, s.cardReaderApplications.facilities, s.cardReaderApplications.percent])).toEqual([
      ['2020-10-18', null, 15.3],
      ['2020-12-13', 44_466, 19.5],
      ['2021-01-03', 48_866, 21.4],
    ]);
    expect(response.data!.rollout.current.againstTargets).toHaveLength(2);
    expect(response.data!.subsidyEstimate).toEqual({ beforeRevision: { subsidyYen: 1_001_000 }, afterRevision: { subsidyYen: 2_002_000 }, applicable: { rules: { id: 'ACCELERATION_PLAN' } } });
  });

  it('compares an insurer’s checkups with the average, the insurer named by the eligibility subgraph', async () => {
    const [busiest] = await t.sql<{ insurer: string; year: number }>(
      `SELECT insurer_number AS insurer, fiscal_year AS year FROM checkups.checkups WHERE age_at_exam BETWEEN 40 AND 74
        GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1`,
    );
    const response = await ask<{ healthScoring: { insurer: { number: string; name: string }; examined: { value: number | null }; risks: Array<{ risk: string }> } }>(
      'analyst',
      'query($year: Int!, $insurer: String!) { healthScoring(fiscalYear: $year, insurerNumber: $insurer) { insurer { number name } examined { value suppressed } risks { risk insurer { value suppressed percent } allInsurers { value percent } index } } }',
      { year: busiest!.year, insurer: busiest!.insurer },
    );
    expect(response.errors).toBeUndefined();
    const [{ name }] = await t.sql<{ name: string }>('SELECT name FROM eligibility.insurers WHERE number = $1', [busiest!.insurer]);
    expect(response.data!.healthScoring.insurer).toEqual({ number: busiest!.insurer, name });
    expect(response.data!.healthScoring.risks).toHaveLength(6);
  });

  it('reads checkup results in which nothing under 10 is shown', async () => {
    const [{ year }] = await t.sql<{ year: number }>('SELECT max(fiscal_year) AS year FROM checkups.checkups');
    type Count = { value: number | null; suppressed: boolean };
    const response = await ask<{ checkupResults: { rows: Array<{ examined: Count; guidanceLevels: Array<{ count: Count }>; metabolicSyndrome: Array<{ count: Count }> }> } }>(
      'analyst',
      'query($year: Int!) { checkupResults(fiscalYear: $year, by: [SEX, AGE_BAND]) { rows { sex ageBand examined { value suppressed } guidanceLevels { count { value suppressed } } metabolicSyndrome { count { value suppressed } } } } }',
      { year },
    );
    expect(response.errors).toBeUndefined();
    const counts = response.data!.checkupResults.rows.flatMap((r) => [r.examined, ...r.guidanceLevels.map((g) => g.count), ...r.metabolicSyndrome.map((m) => m.count)]);
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count.value === null ? count.suppressed : count.value >= 10 && !count.suppressed).toBe(true);
    expect(counts.some((c) => c.suppressed)).toBe(true);
  });

  it('still reaches nothing about a person', async () => {
    const [person] = await t.sql<{ id: string }>('SELECT id::text AS id FROM eligibility.people ORDER BY id LIMIT 1');
    const response = await ask('analyst', 'query($id: ID!) { person(id: $id) { name { kanji } birthDate checkups(first: 1) { nodes { examinedOn } } } }', { id: person!.id });
    expect(deniedAt(response)).toEqual({ 'person.name': 'NO_PERSON_ACCESS', 'person.birthDate': 'NO_PERSON_ACCESS', 'person.checkups': 'NO_PERSON_ACCESS' });
  });
});

describe('everyone else', () => {
  const ANALYTICS = `{
    rollout { current { asOf insuranceUseRegistrations { registrations { value } } } }
    checkupResults(fiscalYear: 2025, by: [INSURER]) { rows { examined { value } } }
    consentRates(month: "2026-10") { rows { consents { value } } }
  }`;

  it.each(['clerk', 'physician', 'pharmacist', 'emergency-physician', 'patient', 'auditor'] as const)('%s: FORBIDDEN, ROLE_NOT_PERMITTED, before anything is planned', async (persona) => {
    const before = t.stack.subgraphs.analytics!.stats.statements;
    const response = await ask(persona, ANALYTICS);
    expect(deniedAt(response)).toEqual({
      'rollout.current': 'ROLE_NOT_PERMITTED',
      'checkupResults.rows': 'ROLE_NOT_PERMITTED',
      'consentRates.rows': 'ROLE_NOT_PERMITTED',
    });
    expect(response.errors!.every((e) => e.extensions?.code === 'FORBIDDEN' && typeof e.extensions.field === 'string')).toBe(true);
    expect(t.stack.subgraphs.analytics!.stats.statements - before).toBe(0);
  });

  it('the operator: the published figures and the facility counts, not the counts over persons', async () => {
    const response = await ask<{ rollout: { current: { asOf: string; insuranceUseRegistrations: unknown } } }>('operator', ANALYTICS);
    expect(response.data!.rollout.current.asOf).toBeDefined();
    expect(deniedAt(response)).toEqual({
      'rollout.current.insuranceUseRegistrations': 'ROLE_NOT_PERMITTED',
      'checkupResults.rows': 'ROLE_NOT_PERMITTED',
      'consentRates.rows': 'ROLE_NOT_PERMITTED',
    });
  });
});

describe('the aggregates as computed from the test data', () => {
  it('the rollout ends today and counts every institution of the data, and those with a terminal', async () => {
    const response = await ask<{ rollout: { current: { asOf: string; cardReaderApplications: { facilities: number; ofFacilities: number } } } }>(
      'analyst',
      '{ rollout { current { asOf cardReaderApplications { facilities ofFacilities } } } }',
    );
    const [{ total, registered }] = await t.sql<{ total: number; registered: number }>(
      'SELECT count(*)::int AS total, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM eligibility.terminals t WHERE t.institution_code = i.code))::int AS registered FROM eligibility.institutions i',
    );
    expect(response.data!.rollout.current).toEqual({ asOf: todayInJapan(), cardReaderApplications: { facilities: registered, ofFacilities: total } });
  });
});

describe("the README's analytics examples", () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Analytics'), readme.indexOf('## How it is built'));
  const examples = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it('there are examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((example, i) => [i + 1, example]))('example %i runs as the analyst: valid, allowed, its arguments accepted', async (_i, example) => {
    const response = await ask('analyst', example as string);
    const codes = (response.errors ?? []).map((e) => e.extensions?.code);
    // The data may lack the example insurer's checkups that year (NOT_FOUND); nothing else may go wrong.
    expect(codes.filter((code) => code !== 'NOT_FOUND')).toEqual([]);
    expect(response.data).toBeTruthy();
  });
});

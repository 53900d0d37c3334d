import { Emit, SubgraphSeeder } from '../../../data/src/seeder';
import { Story } from '../../../data/src/story';
import { World } from '../../../data/src/world';
import { institutionRoster } from './institution-roster';

/** Qualification ids are the person's index times ten plus the qualification's position, stable for a seed. */
const QUALIFICATIONS_PER_PERSON = 10;

export const eligibilitySeeder: SubgraphSeeder = {
  schema: 'eligibility',
  tables: [
    { table: 'insurers', columns: ['number', 'name', 'type', 'prefecture_code'] },
    { table: 'institutions', columns: ['code', 'name', 'kind', 'prefecture_code', 'municipality_code', 'municipality', 'address'] },
    { table: 'terminals', columns: ['id', 'institution_code', 'kind', 'label', 'registered_at'] },
    { table: 'staff', columns: ['id', 'institution_code', 'name', 'qualification', 'login_id'] },
    {
      table: 'people',
      columns: ['id', 'name_kanji', 'name_kana', 'sex', 'birth_date', 'prefecture_code', 'municipality_code', 'municipality', 'address_line', 'postal_code'],
    },
    {
      table: 'qualifications',
      columns: ['id', 'person_id', 'insurer_number', 'symbol', 'number', 'branch', 'relationship', 'acquired_on', 'lost_on', 'benefit_ratio', 'high_cost_category'],
    },
    { table: 'card_certificates', columns: ['serial', 'person_id', 'kind', 'issued_on', 'expires_on', 'revoked_on'] },
  ],

  reference(world: World, emit: Emit): void {
    for (const i of world.insurers) emit('insurers', [i.number, i.name, i.type, i.prefectureCode]);
    world.institutions.forEach((inst, index) => {
      emit('institutions', [inst.code, inst.name, inst.kind, inst.prefectureCode, inst.municipalityCode, inst.municipality, inst.address]);
      const roster = institutionRoster(world.options.seed, index, inst);
      for (const t of roster.terminals) emit('terminals', [t.id, t.institutionCode, t.kind, t.label, t.registeredAt]);
      for (const s of roster.staff) emit('staff', [s.id, s.institutionCode, s.name, s.qualification, s.loginId]);
    });
  },

  person(story: Story, emit: Emit): void {
    const p = story.person;
    emit('people', [p.id, p.nameKanji, p.nameKana, p.sex, p.birthDate, p.prefectureCode, p.municipalityCode, p.municipality, p.addressLine, p.postalCode]);
    p.qualifications.forEach((q, k) => {
      emit('qualifications', [
        p.index * QUALIFICATIONS_PER_PERSON + k, p.id, q.insurerNumber, q.symbol, q.number, q.branch, q.relationship,
        q.acquiredOn, q.lostOn, q.benefitRatio, q.highCostCategory,
      ]);
    });
    for (const c of p.certificates) emit('card_certificates', [c.serial, p.id, c.kind, c.issuedOn, c.expiresOn, null]);
  },
};

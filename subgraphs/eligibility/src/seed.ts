import { Emit, SubgraphSeeder } from '../../../data/src/seeder';
import { Story } from '../../../data/src/story';
import { World } from '../../../data/src/world';
import { institutionRoster } from './institution-roster';

/** Qualification ids are the person's index times ten plus the qualification's position, stable for a seed. */
const QUALIFICATIONS_PER_PERSON = 10;

export interface InternalUser {
  readonly id: string;
  readonly loginId: string;
  readonly name: string;
  readonly role: 'ANALYST' | 'OPERATOR' | 'AUDITOR';
}

/** Synthetic internal users of the operating organisation: the same in every data set. */
export const INTERNAL_USERS: readonly InternalUser[] = [
  { id: '1', loginId: 'internal-analyst-01', name: '青木 直樹', role: 'ANALYST' },
  { id: '2', loginId: 'internal-analyst-02', name: '石田 美穂', role: 'ANALYST' },
  { id: '3', loginId: 'internal-operator-01', name: '上田 健一', role: 'OPERATOR' },
  { id: '4', loginId: 'internal-operator-02', name: '大塚 陽子', role: 'OPERATOR' },
  { id: '5', loginId: 'internal-auditor-01', name: '片山 誠', role: 'AUDITOR' },
];

export const eligibilitySeeder: SubgraphSeeder = {
  schema: 'eligibility',
  tables: [
    { table: 'insurers', columns: ['number', 'name', 'type', 'prefecture_code'] },
    { table: 'institutions', columns: ['code', 'name', 'kind', 'prefecture_code', 'municipality_code', 'municipality', 'address'] },
    { table: 'terminals', columns: ['id', 'institution_code', 'kind', 'label', 'registered_at'] },
    { table: 'staff', columns: ['id', 'institution_code', 'name', 'qualification', 'login_id'] },
    { table: 'emergency_ids', columns: ['login_id', 'staff_id', 'institution_code', 'issued_at'] },
    { table: 'disaster_authorities', columns: ['staff_id', 'granted_at'] },
    {
      table: 'people',
      columns: ['id', 'name_kanji', 'name_kana', 'sex', 'birth_date', 'prefecture_code', 'municipality_code', 'municipality', 'address_line', 'postal_code'],
    },
    {
      table: 'qualifications',
      columns: ['id', 'person_id', 'insurer_number', 'symbol', 'number', 'branch', 'relationship', 'acquired_on', 'lost_on', 'benefit_ratio', 'high_cost_category'],
    },
    { table: 'card_certificates', columns: ['serial', 'person_id', 'kind', 'issued_on', 'expires_on', 'revoked_on'] },
    { table: 'internal_users', columns: ['id', 'login_id', 'name', 'role'] },
  ],

  reference(world: World, emit: Emit): void {
    for (const i of world.insurers) emit('insurers', [i.number, i.name, i.type, i.prefectureCode]);
    world.institutions.forEach((inst, index) => {
      emit('institutions', [inst.code, inst.name, inst.kind, inst.prefectureCode, inst.municipalityCode, inst.municipality, inst.address]);
      const roster = institutionRoster(world.options.seed, index, inst);
      for (const t of roster.terminals) emit('terminals', [t.id, t.institutionCode, t.kind, t.label, t.registeredAt]);
      for (const s of roster.staff) emit('staff', [s.id, s.institutionCode, s.name, s.qualification, s.loginId]);
      for (const e of roster.emergencyIds) emit('emergency_ids', [e.loginId, e.staffId, e.institutionCode, e.issuedAt]);
      for (const d of roster.disasterAuthorities) emit('disaster_authorities', [d.staffId, d.grantedAt]);
    });
    for (const u of INTERNAL_USERS) emit('internal_users', [u.id, u.loginId, u.name, u.role]);
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

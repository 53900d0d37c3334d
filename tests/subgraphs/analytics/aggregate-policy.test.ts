import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { Caller } from '../../../common/src/policy';
import { SubgraphContext } from '../../../subgraphs/common/src/context';
import { withAggregatePolicy } from '../../../subgraphs/analytics/src/aggregate-policy';

const SDL = `
type Query { checkupResults: CheckupResults! }
type CheckupResults { rows: [CheckupResultRow!] fiscalYear: Int }
type CheckupResultRow { examined: Int unknownField: Int }
`;

const contextOf = (caller: Caller) => ({ access: { caller }, at: new Date('2026-11-01T12:00:00+09:00') }) as unknown as SubgraphContext;
/** What the default resolver reads of the resolve info: the field's name. */
const info = (fieldName: string) => ({ fieldName }) as GraphQLResolveInfo;

describe('the field policy of the analytics subgraph', () => {
  const root = { rows: [{ examined: 12, unknownField: 3 }], fiscalYear: 2025 };
  const resolvers = withAggregatePolicy(SDL, { Query: { checkupResults: () => root } });

  it('guards every field of every object type of the SDL, the resolvers given and the default ones alike', () => {
    expect(Object.keys(resolvers).sort()).toEqual(['CheckupResultRow', 'CheckupResults', 'Query']);
    expect(Object.keys(resolvers.CheckupResultRow!).sort()).toEqual(['examined', 'unknownField']);
  });

  it('the analyst reads the aggregates; root fields (structural) run for anyone', () => {
    const analyst = contextOf({ role: 'ANALYST' });
    expect(resolvers.Query!.checkupResults!(undefined, {}, analyst, info('checkupResults'))).toBe(root);
    expect(resolvers.CheckupResults!.fiscalYear!(root, {}, analyst, info('fiscalYear'))).toBe(2025);
    expect(resolvers.CheckupResultRow!.examined!(root.rows[0], {}, analyst, info('examined'))).toBe(12);
    expect(resolvers.Query!.checkupResults!(undefined, {}, contextOf({ role: 'CLERK', institutionCode: '1310000017' }), info('checkupResults'))).toBe(root);
  });

  it('anyone else is refused with FORBIDDEN and the reason, and the field is not read', () => {
    const clerk = contextOf({ role: 'CLERK', institutionCode: '1310000017', qualification: 'CLERK' });
    const read = () => resolvers.CheckupResults!.rows!(root, {}, clerk, info('rows'));
    expect(read).toThrow(GraphQLError);
    try {
      read();
    } catch (error) {
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_PERMITTED', field: 'CheckupResults.rows' });
    }
  });

  it('a field without a rule is denied to everyone, the analyst too (NO_POLICY)', () => {
    expect(() => resolvers.CheckupResultRow!.unknownField!(root.rows[0], {}, contextOf({ role: 'ANALYST' }), info('unknownField'))).toThrow('Forbidden: The field has no access rule');
  });
});

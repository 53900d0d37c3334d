import { buildSchema, execute, ExecutionResult, GraphQLObjectType, GraphQLSchema, parse } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { rule, shield } from 'graphql-shield';

/**
 * patches/graphql-shield+7.6.5.patch: shield's field middleware and its rules settle at once
 * where the rule and the resolver do, and behave as before otherwise (graphql-shield issue #1522).
 * Without the patch every field is a promise and `execute` returns one.
 */
const typeDefs = `type Query { record: Record } type Record { open: String secret: String failing: String later: String }`;

/** What a shield rule may answer. */
type RuleResult = boolean | string | Error;

interface Options {
  readonly rule?: (field: string) => RuleResult | Promise<RuleResult>;
  readonly allowExternalErrors?: boolean;
  readonly debug?: boolean;
}

function schemaWith(options: Options = {}): GraphQLSchema {
  const base = buildSchema(typeDefs);
  const record = {};
  const resolvers: Record<string, () => unknown> = {
    open: () => 'open',
    secret: () => 'secret',
    failing: () => {
      throw new Error('resolver failed');
    },
    later: () => Promise.resolve('later'),
  };
  base.getQueryType()!.getFields().record!.resolve = () => record;
  for (const [name, field] of Object.entries((base.getType('Record') as GraphQLObjectType).getFields())) field.resolve = resolvers[name];
  const decide = options.rule ?? ((field: string) => field !== 'secret');
  const policy = rule({ cache: 'no_cache' })((_parent, _args, _context, info) => (info.parentType.name === 'Query' ? true : decide(info.fieldName)));
  return applyMiddleware(
    base,
    shield({}, { fallbackRule: policy, fallbackError: 'Not authorised!', allowExternalErrors: options.allowExternalErrors ?? false, debug: options.debug ?? false }),
  );
}

const run = (schema: GraphQLSchema, query: string) => execute({ schema, document: parse(query), contextValue: {} });

const messages = (result: ExecutionResult) => (result.errors ?? []).map((error) => `${error.path?.join('.')}: ${error.message}`).sort();

describe('graphql-shield, patched to settle synchronously', () => {
  test('a synchronous rule over synchronous resolvers executes synchronously', () => {
    const result = run(schemaWith(), '{ record { open } }');
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({ data: { record: { open: 'open' } } });
  });

  test('a denied field is null with the fallback error, at once', () => {
    const result = run(schemaWith(), '{ record { open secret } }') as ExecutionResult;
    expect(result).not.toBeInstanceOf(Promise);
    expect(result.data).toEqual({ record: { open: 'open', secret: null } });
    expect(messages(result)).toEqual(['record.secret: Not authorised!']);
  });

  test('a rule that returns a promise is waited for, allowed and denied alike', async () => {
    const schema = schemaWith({ rule: (field) => Promise.resolve(field !== 'secret') });
    const result = await run(schema, '{ record { open secret } }');
    expect(result.data).toEqual({ record: { open: 'open', secret: null } });
    expect(messages(result)).toEqual(['record.secret: Not authorised!']);
  });

  test('a resolver that returns a promise is waited for', async () => {
    const result = await run(schemaWith(), '{ record { open later } }');
    expect(result).toEqual({ data: { record: { open: 'open', later: 'later' } } });
  });

  test("a resolver's own error passes through with allowExternalErrors", () => {
    const result = run(schemaWith({ allowExternalErrors: true }), '{ record { failing } }') as ExecutionResult;
    expect(messages(result)).toEqual(['record.failing: resolver failed']);
  });

  test("a resolver's own error becomes the fallback error without allowExternalErrors", () => {
    const result = run(schemaWith(), '{ record { failing } }') as ExecutionResult;
    expect(messages(result)).toEqual(['record.failing: Not authorised!']);
  });

  test('a rule that throws denies the field, or throws in debug mode', () => {
    const throwing = () => {
      throw new Error('rule failed');
    };
    expect(messages(run(schemaWith({ rule: throwing }), '{ record { open } }') as ExecutionResult)).toEqual(['record.open: Not authorised!']);
    expect(messages(run(schemaWith({ rule: throwing, debug: true }), '{ record { open } }') as ExecutionResult)).toEqual(['record.open: rule failed']);
  });

  test('a rule that returns an error or a message denies the field with it', async () => {
    expect(messages(run(schemaWith({ rule: () => new Error('custom refusal') }), '{ record { open } }') as ExecutionResult)).toEqual(['record.open: custom refusal']);
    expect(messages(run(schemaWith({ rule: () => 'said no' }), '{ record { open } }') as ExecutionResult)).toEqual(['record.open: said no']);
    expect(messages(await run(schemaWith({ rule: () => Promise.reject(new Error('x')) }), '{ record { open } }'))).toEqual(['record.open: Not authorised!']);
  });
});

import { buildSchema, parse, validate } from 'graphql';
import { queryLimitRules } from './query-limits';

const schema = buildSchema(`
  type Node { id: ID child: Node name: String }
  type Query { node: Node }
`);
const nested = (depth: number) =>
  `{ ${'node { child '.repeat(1)}${'{ child '.repeat(Math.max(0, depth - 3))}{ id }${' }'.repeat(Math.max(0, depth - 3))} } }`;
const errors = (query: string, maxDepth = 4, maxFields = 10) =>
  validate(schema, parse(query), queryLimitRules(maxDepth, maxFields)).map((e) => e.message);

describe(queryLimitRules.name, () => {
  it('accepts a query up to the depth limit and refuses one deeper', () => {
    expect(errors(nested(4))).toEqual([]);
    expect(errors(nested(5))).toEqual(['the operation is nested deeper than 4 levels']);
  });

  it('counts depth through fragments', () => {
    expect(
      errors(
        `query Deep { node { ...F } } fragment F on Node { child { child { child { id } } } }`,
      ),
    ).toEqual(['Deep is nested deeper than 4 levels']);
  });

  it('refuses a query selecting too many fields, aliases included', () => {
    const wide = Array.from({ length: 11 }, (_, i) => `a${i}: node { id }`).join(' ');
    expect(errors(`{ ${wide} }`, 4, 20)).toEqual(['the operation selects more than 20 fields']);
  });

  it('lets introspection through', () => {
    expect(
      errors(
        '{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }',
      ),
    ).toEqual([]);
  });
});

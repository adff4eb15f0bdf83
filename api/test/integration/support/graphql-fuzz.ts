import * as fc from 'fast-check';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

/** Real ids, slugs and references of the data, so that some operations get as far as the services. */
export interface KnownValues {
  ids: string[];
  slugs: string[];
  references: string[];
}

/** A request body (or something posing as one) and whether a signed-in executive sends it. */
export interface FuzzRequest {
  body: unknown;
  signedIn: boolean;
}

/** A token written into a literal as it is (an enum value, a huge number); in a variable, its text. */
class Raw {
  constructor(readonly text: string) {}
}

type Value = null | boolean | number | string | Raw | Value[] | { [key: string]: Value };

/** An argument sent as a variable: its declared type (right or wrong) and its value. */
class Variable {
  constructor(
    readonly type: string,
    readonly value: Value,
  ) {}
}

/** A piece of a document: text, or a variable numbered when the operation is put together. */
type Part = string | Variable;

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '🙂👩🏽‍💻',
  '\u202Eabc\u202C',
  'שלום عليكم',
  '\uD800',
  '\uDFFFx',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '99999999999999999999',
  'null',
  'undefined',
  '__proto__',
  "'; DROP TABLE plan; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '2024-02-30',
  'C1',
  'R1',
];
const LONG_STRINGS = ['x'.repeat(101), 'é'.repeat(5_001), '🙂'.repeat(10_001), 'a-'.repeat(25_000)];
const RAW_TOKENS = ['99999999999999999999999999', '1e999', '-0', '0x1F', '$undeclared', 'NaN', 'true', 'null'];
const ODD_KEYS = ['nope', 'id', 'slug', '__proto__', 'constructor', 'first'];

/** Numbers, huge ones included; with `faults`, NaN and the infinities too. */
const numbersOf = (faults: boolean): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: -5, max: 120 }) },
    { weight: 2, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e308, -1e308, -0, 0.5) },
    { weight: 1, arbitrary: fc.double({ noNaN: !faults, noDefaultInfinity: !faults }) },
  );

function stringsFrom(known: KnownValues): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
    { weight: 1, arbitrary: fc.constantFrom(...LONG_STRINGS) },
    { weight: 4, arbitrary: fc.constantFrom(...known.ids, ...known.slugs, ...known.references) },
    { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
  );
}

/** `arbitrary`'s value one time in `oneIn`, else null. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

/** Writes a value as a GraphQL literal. */
function literal(value: Value): string {
  if (value === null) return 'null';
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, field]) => `${key}: ${literal(field)}`)
      .join(', ')}}`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The same value as JSON for a variable: raw tokens become strings. */
function json(value: Value): unknown {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return value.map(json);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, json(field)]));
  return value;
}

/**
 * Generates operations from a schema. Without `faults`, each is a valid document whose values
 * have the declared types (odd ones: huge numbers, unicode, very long text, ids that exist or not),
 * so that it reaches the resolvers; with `faults`, wrong types, nulls, unknown arguments and
 * fields, missing selections and wrong variable types are mixed in.
 */
class OperationFuzz {
  private readonly strings: fc.Arbitrary<string>;
  private readonly numbers: fc.Arbitrary<number>;
  private readonly anything: fc.Arbitrary<Value>;

  constructor(
    private readonly schema: GraphQLSchema,
    known: KnownValues,
    private readonly faults: boolean,
  ) {
    this.strings = stringsFrom(known);
    this.numbers = numbersOf(faults);
    const leaves = fc.oneof(
      fc.constant<Value>(null),
      fc.boolean(),
      this.numbers,
      this.strings,
      fc.constantFrom(...RAW_TOKENS).map((text) => new Raw(text)),
    );
    this.anything = fc.letrec<{ value: Value }>((tie) => ({
      value: fc.oneof(
        { maxDepth: 2 },
        { weight: 4, arbitrary: leaves },
        { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
        { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...ODD_KEYS), tie('value'), { maxKeys: 3 }) },
      ),
    })).value;
  }

  /** With `faults`, `fault` one time in `oneIn`, else null; without, always null. */
  private fault<T>(fault: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> {
    return this.faults ? sometimes(fault, oneIn) : fc.constant(null);
  }

  /** An operation of the schema's Query or Mutation type (a subscription, with faults). */
  operation(): fc.Arbitrary<unknown> {
    const kind = fc.oneof(
      { weight: 6, arbitrary: fc.constant('query' as const) },
      { weight: 4, arbitrary: fc.constant('mutation' as const) },
      { weight: this.faults ? 1 : 0, arbitrary: fc.constant('subscription' as const) },
    );
    const names = this.faults ? ['Fuzz', 'query', 'Ünïcode', '__proto__', 'n'.repeat(300)] : ['Fuzz', 'Other'];
    const operationNames = this.faults
      ? (['same', 'same', 'none', 'none', 'other', 'number'] as const)
      : (['same', 'none'] as const);
    return fc
      .record({
        kind,
        name: fc.option(fc.constantFrom(...names), { freq: 2 }),
        operationName: fc.constantFrom(...operationNames),
        limit: fc.integer({ min: 2, max: this.faults ? 11 : 8 }),
      })
      .chain(({ kind, name, operationName, limit }) => {
        const root = kind === 'mutation' ? this.schema.getMutationType() : this.schema.getQueryType();
        // Signing out would end the executive's session for the operations after this one.
        const fields = Object.values(root!.getFields()).filter((field) => field.name !== 'logout');
        return fc
          .shuffledSubarray(fields, { minLength: 1, maxLength: kind === 'mutation' ? 2 : 4 })
          .chain((chosen) => fc.tuple(...chosen.map((field) => this.field(field, 1, limit))))
          .map((selections) => {
            const sent = { same: name ?? undefined, other: 'Other', none: undefined, number: 42 };
            return {
              ...assemble(`${kind}${name ? ` ${name}` : ''}`, ['{ ', ...selections.flat(), '}']),
              operationName: sent[operationName],
            };
          });
      });
  }

  /** A field with its alias, arguments and selection, `depth` levels down. */
  private field(field: GraphQLField<unknown, unknown>, depth: number, limit: number): fc.Arbitrary<Part[]> {
    const type = getNamedType(field.type);
    const selection: fc.Arbitrary<Part[]> = isLeafType(type)
      ? this.fault(fc.constant<Part[]>(['{ id }']), 15).map((sub) => sub ?? [])
      : depth >= limit
        ? fc.constant<Part[]>(['{ __typename }'])
        : fc
            .tuple(this.fault(fc.constant<Part[]>([]), 12), this.selectionSet(type, depth + 1, limit))
            .map(([missing, sub]) => missing ?? sub);
    const alias = fc.oneof(
      sometimes(
        fc.constantFrom('Alias', 'X').map((suffix) => `${field.name}${suffix}`),
        5,
      ),
      this.fault(fc.constantFrom('a', 'b', 'constructor'), 6),
    );
    return fc
      .tuple(alias, this.arguments(field), selection)
      .map(([name, args, sub]) => [`${name ? `${name}: ` : ''}${field.name}`, ...args, ' ', ...sub, ' ']);
  }

  private selectionSet(type: GraphQLNamedType, depth: number, limit: number): fc.Arbitrary<Part[]> {
    const extra = this.fault(
      fc.constantFrom('nope ', 'id(nope: 1) ', '... on Nope { id } ', '...Missing ', '__schema { types { name } } '),
      8,
    );
    if (isUnionType(type)) {
      return fc
        .shuffledSubarray([...type.getTypes()], { minLength: 1 })
        .chain((members) =>
          fc
            .tuple(...members.map((member) => this.selectionSet(member, depth, limit)))
            .map((sets) => [
              '{ __typename ',
              ...members.flatMap((member, i) => [`... on ${member.name} `, ...sets[i], ' ']),
              '}',
            ]),
        );
    }
    if (!isObjectType(type)) return fc.constant(['{ __typename }']);
    const fields = Object.values(type.getFields());
    return fc
      .tuple(
        fc.shuffledSubarray(fields, { minLength: 1, maxLength: Math.min(fields.length, depth < 3 ? 5 : 3) }),
        extra,
      )
      .chain(([chosen, more]) =>
        fc
          .tuple(...chosen.map((field) => this.field(field, depth, limit)))
          .map((selections): Part[] => ['{ ', ...selections.flat(), more ?? '', '}']),
      );
  }

  /** The field's arguments, each inline or as a variable; with faults, some left out, some unknown. */
  private arguments(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Part[]> {
    const each = field.args.map((arg) => {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      const given = fc.record({
        value: this.value(arg.type),
        asVariable: fc.boolean(),
        declared: fc
          .tuple(fc.constant(String(arg.type)), this.fault(fc.constantFrom('String', 'Int!', '[ID]', 'Nope'), 6))
          .map(([declared, wrong]) => wrong ?? declared),
      });
      if (required && !this.faults) return given;
      return fc.option(given, { freq: required ? 12 : 2 });
    });
    const unknown = this.fault(fc.tuple(fc.constantFrom('nope', 'limit', '__proto__', 'first'), this.anything), 10);
    return fc.tuple(fc.tuple(...each), unknown).map(([values, extra]) => {
      const parts: Part[][] = [];
      values.forEach((given, i) => {
        if (!given) return;
        const value: Part = given.asVariable ? new Variable(given.declared, given.value) : literal(given.value);
        parts.push([`${field.args[i].name}: `, value]);
      });
      if (extra) parts.push([`${extra[0]}: ${literal(extra[1])}`]);
      if (parts.length === 0) return [];
      return ['(', ...parts.flatMap((part, i) => (i === 0 ? part : [', ', ...part])), ')'];
    });
  }

  /** A value for an input type: of that type, or with faults sometimes anything at all (null included). */
  private value(type: GraphQLInputType): fc.Arbitrary<Value> {
    return fc.tuple(this.typed(type), this.fault(this.anything, 5)).map(([typed, wrong]) => wrong ?? typed);
  }

  private typed(type: GraphQLInputType): fc.Arbitrary<Value> {
    if (isNonNullType(type)) return this.typed(type.ofType);
    if (isListType(type)) {
      const item = type.ofType;
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(this.value(item), { maxLength: 3 }) },
        { weight: 2, arbitrary: this.value(item) },
        { weight: 1, arbitrary: fc.array(this.typed(item), { minLength: 101, maxLength: 120 }) },
      );
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => new Raw(v.name));
      return fc.constantFrom(...values, ...(this.faults ? [new Raw('NOT_A_VALUE')] : []));
    }
    if (isInputObjectType(type)) return this.inputObject(type);
    switch (type.name) {
      case 'Int':
      case 'Float':
        return this.numbers;
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return fc.oneof(
          fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          this.strings,
        );
      default:
        return this.strings;
    }
  }

  private inputObject(type: GraphQLInputObjectType): fc.Arbitrary<Value> {
    const fields = Object.values(type.getFields());
    const each = fields.map((field) => {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required && !this.faults) return this.value(field.type);
      return fc.option(this.value(field.type), { freq: required ? 10 : 2, nil: undefined });
    });
    const unknown = this.fault(fc.tuple(fc.constantFrom(...ODD_KEYS), this.anything), 8);
    return fc.tuple(fc.tuple(...each), unknown).map(([values, extra]) => {
      const object: Record<string, Value> = {};
      values.forEach((value, i) => {
        if (value !== undefined) object[fields[i].name] = value;
      });
      if (extra) object[extra[0]] = extra[1];
      return object;
    });
  }
}

/**
 * Requests generated from a schema: valid operations with odd values, operations with faults,
 * very deep or wide ones, and bodies that are not GraphQL requests at all; each sent signed out or
 * as a signed-in executive.
 */
export function fuzzRequests(schema: GraphQLSchema, known: KnownValues): fc.Arbitrary<FuzzRequest> {
  const strings = stringsFrom(known);
  return fc.record({
    body: fc.oneof(
      { weight: 8, arbitrary: new OperationFuzz(schema, known, false).operation() },
      { weight: 6, arbitrary: new OperationFuzz(schema, known, true).operation() },
      { weight: 1, arbitrary: deep(strings) },
      { weight: 1, arbitrary: wide() },
      { weight: 1, arbitrary: malformed() },
    ),
    signedIn: fc.boolean(),
  });
}

/** A plan's commitments' plan's commitments …, 5 to 40 levels deep. */
function deep(strings: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.record({ levels: fc.integer({ min: 5, max: 40 }), slug: strings }).map(({ levels, slug }) => {
    let selection = 'title';
    for (let i = 0; i < levels; i++) selection = `commitments { edges { node { plan { ${selection} } } } }`;
    return { query: `{ plan(slug: ${JSON.stringify(slug)}) { ${selection} } }` };
  });
}

/** One field asked for under 1 to 60 aliases. */
function wide(): fc.Arbitrary<unknown> {
  return fc
    .record({ count: fc.integer({ min: 1, max: 60 }), field: fc.constantFrom('organisations { slug }', 'me { id }') })
    .map(({ count, field }) => ({
      query: `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`,
    }));
}

/** Bodies that are not a well-formed GraphQL request. */
function malformed(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }).map((query) => ({ query })),
    fc.constantFrom<unknown>(
      {},
      null,
      'text',
      [],
      [{ query: '{ __typename }' }],
      { query: '' },
      { query: 42 },
      { query: '{ __typename }', variables: 'x' },
      { query: '{ __typename }', variables: [1] },
      { query: '{ __typename }', extensions: 'x' },
      { query: '{ __typename }', operationName: {} },
      { query: 'query A { __typename } query B { __typename }' },
      { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } },
      { query: 'fragment F on Query { ...F } { ...F }' },
      { query: '{ organisations { ...on Organisation { ...on Organisation { slug } } } }' },
    ),
  );
}

/** Numbers the variables in order and returns the request body. */
function assemble(head: string, parts: Part[]): { query: string; variables?: Record<string, unknown> } {
  const declarations: string[] = [];
  const variables: Record<string, unknown> = {};
  const body = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const name = `v${declarations.length}`;
      declarations.push(`$${name}: ${part.type}`);
      variables[name] = json(part.value);
      return `$${name}`;
    })
    .join('');
  if (declarations.length === 0) return { query: `${head} ${body}` };
  return { query: `${head}(${declarations.join(', ')}) ${body}`, variables };
}

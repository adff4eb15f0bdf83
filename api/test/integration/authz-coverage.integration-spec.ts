import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PUBLIC_KEY, ROLES_KEY } from '../../src/auth/decorators';
import { startTestApp, TestApp } from './support/test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * Deny by default, checked from both ends: every Query and Mutation field of the served schema
 * must come from a resolver method that declares @Public() or @Roles(...). A new field without a
 * declaration fails here (and the guard refuses it at run time).
 */
describe('every operation declares who may call it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t.close());

  function declarations(): Map<string, string> {
    const found = new Map<string, string>();
    const scanner = new MetadataScanner();
    const wrappers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()]);
    for (const wrapper of wrappers) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const method = prototype[name] as object;
        const type: unknown = Reflect.getMetadata(RESOLVER_TYPE, method);
        if (type !== 'Query' && type !== 'Mutation') continue;
        const field = `${type}.${(Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? name}`;
        const roles: unknown = Reflect.getMetadata(ROLES_KEY, method);
        const declared = Reflect.getMetadata(PUBLIC_KEY, method)
          ? 'public'
          : Array.isArray(roles)
            ? roles.join('|')
            : 'NONE';
        found.set(field, declared);
      }
    }
    return found;
  }

  it('finds a declaration for every Query and Mutation field', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ];
    const declared = declarations();
    const undeclared = fields.filter((field) => (declared.get(field) ?? 'NONE') === 'NONE');
    expect(undeclared).toEqual([]);
    expect(fields.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps the public surface to reads, the sign-in steps and registering for a roundtable', () => {
    const publicMutations = [...declarations()]
      .filter(([f, d]) => f.startsWith('Mutation.') && d === 'public')
      .map(([f]) => f);
    expect(publicMutations.sort()).toEqual([
      'Mutation.acceptInvite',
      'Mutation.cancelRegistration',
      'Mutation.login',
      'Mutation.logout',
      'Mutation.registerForRoundtable',
      'Mutation.registrationByToken',
    ]);
  });
});

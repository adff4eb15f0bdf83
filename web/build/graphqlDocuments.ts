import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL = '\0graphql-document:';

/**
 * Replaces each `graphql(`…`)` call of the app with the document codegen generated for it,
 * each as its own small module, as the client preset's Babel plugin does. Without this every
 * page would download every operation of the app (the preset's `graphql()` looks documents up
 * in one map, and codegen writes them all to one file); with it, each page's chunk holds only
 * its own queries (docs/adr/0002). Types still come from `__generated__/graphql.ts`.
 */
export function graphqlDocuments(generatedDir: string): Plugin {
  let sources: Map<string, string> | null = null;
  let documents: Map<string, string> | null = null;

  const load = () => {
    const gql = readFileSync(join(generatedDir, 'gql.ts'), 'utf8');
    const start = gql.indexOf('const documents');
    const block = gql.slice(start, gql.indexOf('};', start));
    sources = new Map();
    for (const match of block.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
      sources.set(JSON.parse(match[1]) as string, match[2]);
    }
    const generated = readFileSync(join(generatedDir, 'graphql.ts'), 'utf8');
    documents = new Map();
    for (const match of generated.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as /gm)) {
      documents.set(match[1], match[2]);
    }
  };

  return {
    name: 'graphql-documents',
    enforce: 'pre',
    buildStart() {
      sources = null;
      documents = null;
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? id : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      if (!documents) load();
      const document = documents?.get(id.slice(VIRTUAL.length));
      if (!document) this.error(`No generated document ${id.slice(VIRTUAL.length)}; run graphql-codegen.`);
      return `export default ${document};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(generatedDir) || !code.includes('graphql(`')) return null;
      if (!sources) load();
      const imports: string[] = [];
      const output = code.replace(/\bgraphql\(`([^`]*)`\)/g, (_call, body: string) => {
        const name = sources?.get(body);
        if (!name) this.error(`${id}: a graphql() document is not in ${generatedDir}gql.ts; run graphql-codegen.`);
        imports.push(`import __${name} from '${VIRTUAL}${name}';`);
        return `__${name}`;
      });
      return imports.length > 0 ? { code: `${imports.join('\n')}\n${output}`, map: null } : null;
    },
  };
}

import DataLoader from 'dataloader';

/** Lines rows up with DataLoader keys: one row (or null) per key. */
export function oneByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Lines rows up with DataLoader keys: the list of rows (possibly empty) per key, in row order. */
export function manyByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key) ?? []);
}

/**
 * The DataLoaders of one request, created on first use. Features name their loaders
 * (`'commitments.byId'`) so resolvers in any module share one batch per request.
 */
export class LoaderCache {
  private readonly loaders = new Map<string, unknown>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

/** The values of a `loadMany`, failing on the first error and dropping keys that found nothing. */
export function loaded<V>(results: readonly (V | null | Error)[]): V[] {
  const error = results.find((result): result is Error => result instanceof Error);
  if (error) throw error;
  return results.filter((result): result is V => result !== null);
}

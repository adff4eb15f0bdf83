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
 * Names one DataLoader of a request and the types of its keys and values. Each is created once,
 * beside the loader it names (`COMMITMENTS_BY_ID`), and the cache tells loaders apart by the key
 * object itself, so a lookup returns a `DataLoader<K, V>` of the right types.
 */
export interface LoaderKey<K, V> {
  /** The DataLoader's name, e.g. `commitments.byId`; two keys with the same name are still two loaders. */
  readonly name: string;
  /** Never set: it only carries K and V. */
  readonly types?: (key: K) => V;
}

export const loaderKey = <K, V>(name: string): LoaderKey<K, V> => ({ name });

/**
 * The DataLoaders of one request, created on first use. Every feature's loaders are kept here
 * under their keys, so resolvers in any module share one batch per request.
 */
export class LoaderCache {
  private readonly loaders = new Map<object, unknown>();

  get<K, V>(key: LoaderKey<K, V>, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    // Only this method stores under `key`, always a DataLoader<K, V>.
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500, name: key.name });
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/** What a feature's loaders need of a request: its cache of DataLoaders. */
export interface LoaderContext {
  loaders: LoaderCache;
}

/** The values of a `loadMany`, failing on the first error and dropping keys that found nothing. */
export function loaded<V>(results: readonly (V | null | Error)[]): V[] {
  const error = results.find((result): result is Error => result instanceof Error);
  if (error) throw error;
  return results.filter((result): result is V => result !== null);
}

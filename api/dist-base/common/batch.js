"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LoaderCache = exports.loaderKey = void 0;
exports.oneByKey = oneByKey;
exports.manyByKey = manyByKey;
exports.loaded = loaded;
const dataloader_1 = __importDefault(require("dataloader"));
/** Lines rows up with DataLoader keys: one row (or null) per key. */
function oneByKey(keys, rows, keyOf) {
    const map = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => map.get(key) ?? null);
}
/** Lines rows up with DataLoader keys: the list of rows (possibly empty) per key, in row order. */
function manyByKey(keys, rows, keyOf) {
    const map = new Map(keys.map((key) => [key, []]));
    for (const row of rows)
        map.get(keyOf(row))?.push(row);
    return keys.map((key) => map.get(key) ?? []);
}
const loaderKey = (name) => ({ name });
exports.loaderKey = loaderKey;
/**
 * The DataLoaders of one request, created on first use. Every feature's loaders are kept here
 * under their keys, so resolvers in any module share one batch per request.
 */
class LoaderCache {
    loaders = new Map();
    get(key, batch) {
        // Only this method stores under `key`, always a DataLoader<K, V>.
        let loader = this.loaders.get(key);
        if (!loader) {
            loader = new dataloader_1.default(batch, { maxBatchSize: 500, name: key.name });
            this.loaders.set(key, loader);
        }
        return loader;
    }
}
exports.LoaderCache = LoaderCache;
/** The values of a `loadMany`, failing on the first error and dropping keys that found nothing. */
function loaded(results) {
    const error = results.find((result) => result instanceof Error);
    if (error)
        throw error;
    return results.filter((result) => result !== null);
}
//# sourceMappingURL=batch.js.map
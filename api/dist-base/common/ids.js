"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nowIso = exports.newId = void 0;
const node_crypto_1 = require("node:crypto");
const clock_1 = require("./clock");
/** Identifiers are random UUIDs made by the application, stored as text (portable to PostgreSQL). */
const newId = () => (0, node_crypto_1.randomUUID)();
exports.newId = newId;
/** Instants are stored as ISO-8601 UTC text, which sorts in time order. */
const nowIso = () => (0, clock_1.currentTime)().toISOString();
exports.nowIso = nowIso;
//# sourceMappingURL=ids.js.map
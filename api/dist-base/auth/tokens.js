"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hashToken = exports.newToken = void 0;
const node_crypto_1 = require("node:crypto");
/** An opaque 256-bit token for a cookie or a link; only its hash is ever stored. */
const newToken = () => (0, node_crypto_1.randomBytes)(32).toString('base64url');
exports.newToken = newToken;
const hashToken = (token) => (0, node_crypto_1.createHash)('sha256').update(token, 'utf8').digest('hex');
exports.hashToken = hashToken;
//# sourceMappingURL=tokens.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeDemoPasswords = exports.DEMO_ACCOUNTS = void 0;
exports.issueDemoPasswords = issueDemoPasswords;
const node_crypto_1 = require("node:crypto");
/** The demo's sign-in accounts; their passwords are made at random when the demo is seeded. */
exports.DEMO_ACCOUNTS = ['executive@example.org', 'liaison@example.org'];
/**
 * Gives each demo account a fresh random password, to be shown once: no password is ever
 * fixed in code.
 */
async function issueDemoPasswords(accounts) {
    const issued = [];
    for (const email of exports.DEMO_ACCOUNTS) {
        const user = await accounts.findByEmail(email);
        if (!user)
            continue;
        const password = (0, node_crypto_1.randomBytes)(15).toString('base64url');
        await accounts.setPassword(user.id, password);
        issued.push({ email, password });
    }
    return issued;
}
const describeDemoPasswords = (issued) => [
    'Demo accounts (these passwords are shown only now):',
    ...issued.map(({ email, password }) => `  ${email}  ${password}`),
].join('\n');
exports.describeDemoPasswords = describeDemoPasswords;
//# sourceMappingURL=demo-accounts.js.map
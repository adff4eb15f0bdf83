"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FIRST_ORGANISATION_STEPS = void 0;
/**
 * What a start on an empty database without the demo says, once: the two commands that make the
 * installation an organisation's record (README, "Going live").
 */
exports.FIRST_ORGANISATION_STEPS = `The database is empty and DEMO_DATA is off (the default in production), so no demo data was loaded. Create the first organisation and its first executive:
  npm run tracker -- org:create --slug your-network --name "Your network" [--website https://…] [--description "…"]
  npm run tracker -- user:create --email you@example.org --role EXECUTIVE --org your-network
The second command prints a one-time invitation link for the executive to choose their password (with --password-stdin it reads the password from standard input instead).`;
//# sourceMappingURL=first-organisation.js.map
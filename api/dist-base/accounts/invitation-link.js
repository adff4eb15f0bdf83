"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.newInvitationLink = newInvitationLink;
const tokens_1 = require("../auth/tokens");
/** Makes a single-use link that expires INVITE_HOURS after `now`. */
function newInvitationLink(config, now) {
    const token = (0, tokens_1.newToken)();
    return {
        url: `${config.publicUrl}/invite#${token}`,
        tokenHash: (0, tokens_1.hashToken)(token),
        expiresAt: new Date(now.getTime() + config.INVITE_HOURS * 3_600_000).toISOString(),
    };
}
//# sourceMappingURL=invitation-link.js.map
import { hashToken, newToken } from '../auth/tokens';
import { AppConfig } from '../config/app-config';

/** A fresh invitation link: the URL (shown once), the hash that is stored, and when it expires. */
export interface InvitationLink {
  url: string;
  tokenHash: string;
  expiresAt: string;
}

/** Makes a single-use link that expires INVITE_HOURS after `now`. */
export function newInvitationLink(config: AppConfig, now: Date): InvitationLink {
  const token = newToken();
  return {
    url: `${config.publicUrl}/invite#${token}`,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + config.INVITE_HOURS * 3_600_000).toISOString(),
  };
}

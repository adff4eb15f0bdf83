import { useState } from 'react';
import { formatDate } from '../../../lib/format';

export interface ShownInvitation {
  id: string;
  email: string;
  url: string;
  expiresAt: string;
}

/** A single-use invitation link, shown once, with a way to copy it. */
export function InvitationLink({ invitation, title }: { invitation: ShownInvitation; title: string }) {
  const [copied, setCopied] = useState(false);
  const titleId = `invitation-title-${invitation.id}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className="notice notice--success invitation" aria-labelledby={titleId}>
      <h2 id={titleId} className="notice__title">
        {title}
      </h2>
      <p>
        Send this link to them yourself. It works once, until {formatDate(invitation.expiresAt)}, and is shown only now.
      </p>
      <p className="invitation__url">
        <code>{invitation.url}</code>
      </p>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy link'}
      </button>
    </section>
  );
}

import { DraftBadge } from './Badges';

/** Across the top of a draft plan's pages, which only its organisation can open. */
export function DraftBanner() {
  return (
    <div className="draft-banner" role="note">
      <DraftBadge />
      <p>
        <strong>Draft — only your organisation can see this.</strong> Its executives and the plan’s liaisons see this
        page; to everyone else the plan does not exist until an executive publishes it.
      </p>
    </div>
  );
}

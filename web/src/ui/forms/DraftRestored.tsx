import './link-button.css';
import './draft-restored.css';

/** Says that a form was filled from a saved draft, with a way to start again. */
export function DraftRestored({ onDiscard, what }: { onDiscard: () => void; what: string }) {
  return (
    <div className="draft-restored" role="status">
      <p>
        <strong>Draft restored.</strong> This {what} was not sent yet; what you typed before is back.
      </p>
      <button type="button" className="link-button draft-restored__discard" onClick={onDiscard}>
        Discard draft
      </button>
    </div>
  );
}

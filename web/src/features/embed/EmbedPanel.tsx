import { useId, useState } from 'react';
import { RadioGroup } from '../../ui/forms/RadioGroup';
import { badgeUrl, embedUrl, RESPONSIVE_HEIGHT, snippetsFor, type EmbedSubject, type Snippet } from './snippets';
import { EMBED_SIZES, embedDimensions, type EmbedSize } from './sizes';

type PreviewSize = EmbedSize | 'responsive';

const PREVIEW_OPTIONS: { value: PreviewSize; label: string }[] = [
  { value: 'responsive', label: 'Full width' },
  ...EMBED_SIZES.map((size) => {
    const { width, height } = embedDimensions(size);
    return { value: size, label: `${width} × ${height}` };
  }),
];

function SnippetRow({ snippet, onCopied }: { snippet: Snippet; onCopied: (label: string | null) => void }) {
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet.text);
      onCopied(`${snippet.label}: copied.`);
    } catch {
      // A browser that refuses the clipboard: the text is selected for the reader to copy.
      const field = document.getElementById(id) as HTMLTextAreaElement | null;
      field?.select();
      onCopied(`${snippet.label}: selected; press Ctrl+C or ⌘C to copy it.`);
    }
  };
  return (
    <li className="embed-share__snippet">
      <label className="embed-share__label" htmlFor={id}>
        {snippet.label}
      </label>
      <p className="embed-share__hint" id={`${id}-hint`}>
        {snippet.hint}
      </p>
      <div className="embed-share__code">
        <textarea
          id={id}
          readOnly
          rows={snippet.text.length > 90 ? 3 : 1}
          value={snippet.text}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy<span className="visually-hidden"> {snippet.label}</span>
        </button>
      </div>
    </li>
  );
}

/** The open panel: a preview of the chosen size and every snippet. Made only when opened, so nothing is fetched before. */
export function EmbedPanel({ subject }: { subject: EmbedSubject }) {
  const [size, setSize] = useState<PreviewSize>('320x400');
  const [copied, setCopied] = useState<string | null>(null);
  const origin = window.location.origin;
  const fixed = size === 'responsive' ? null : size;
  const { width, height } = fixed ? embedDimensions(fixed) : { width: '100%', height: RESPONSIVE_HEIGHT };
  return (
    <>
      <p className="embed-share__intro">
        Put this record on your own website, or share it. The embed shows what everyone can see here, and changes as the
        record does.
      </p>
      <div className="embed-share__preview">
        <RadioGroup
          legend="Preview a size"
          name="embed-size"
          value={size}
          options={PREVIEW_OPTIONS}
          onChange={setSize}
          inline
        />
        {/* Focusable: a preview wider than a phone's screen scrolls sideways, by keyboard too. */}
        <div className="embed-share__frame" tabIndex={0} role="group" aria-label="Preview">
          <iframe
            src={embedUrl(origin, subject, fixed)}
            title={`Preview of the embed: ${subject.title}`}
            width={width}
            height={height}
            loading="lazy"
          />
        </div>
        <p className="embed-share__badge">
          <span>Badge:</span> <img src={badgeUrl(origin, subject)} alt={`Badge for ${subject.title}`} />
        </p>
      </div>
      <ul className="embed-share__snippets">
        {snippetsFor(origin, subject).map((snippet) => (
          <SnippetRow key={snippet.id} snippet={snippet} onCopied={setCopied} />
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {copied}
      </p>
    </>
  );
}

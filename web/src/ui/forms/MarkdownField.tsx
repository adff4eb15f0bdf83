import { useState, type ReactNode } from 'react';
import { FieldFrame } from './Field';
import { LazyMarkdown } from '../LazyMarkdown';
import './markdown-field.css';

interface MarkdownFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  rows?: number;
}

const FORMAT_HINT = 'Markdown: **bold**, *italic*, [a link](https://…), a blank line between paragraphs.';

/**
 * A textarea for Markdown with a Write/Preview switch: the preview is what the public page
 * will show, rendered the same way (no raw HTML). The text stays in the textarea while previewing.
 */
export function MarkdownField({ label, name, value, onChange, hint, error, rows = 5 }: MarkdownFieldProps) {
  const [previewMode, setPreviewing] = useState(false);
  // A refused text is shown for correcting, not previewed.
  const previewing = previewMode && !error;
  return (
    <FieldFrame
      label={label}
      error={error}
      hint={
        <>
          {hint ? <>{hint} </> : null}
          <span className="markdown-field__format">{FORMAT_HINT}</span>
        </>
      }
    >
      {({ id, describedBy, invalid }) => (
        <div className="markdown-field">
          <div className="markdown-field__modes" role="group" aria-label="Write or preview">
            <button
              type="button"
              className="markdown-field__mode"
              aria-pressed={!previewing}
              onClick={() => setPreviewing(false)}
            >
              Write
            </button>
            <button
              type="button"
              className="markdown-field__mode"
              aria-pressed={previewing}
              onClick={() => setPreviewing(true)}
            >
              Preview
            </button>
          </div>
          <textarea
            id={id}
            name={name}
            rows={rows}
            value={value}
            hidden={previewing}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
          {previewing ? (
            <div className="markdown-field__preview" aria-label="Preview" role="region">
              {value.trim() ? <LazyMarkdown>{value}</LazyMarkdown> : <p className="muted">Nothing to preview yet.</p>}
            </div>
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}

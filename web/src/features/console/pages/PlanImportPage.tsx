import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../../__generated__';
import { useRetry } from '../../../apollo/useRetry';
import { formatCount } from '../../../lib/format';
import { planDataPath } from '../../../lib/openData';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Link } from '../../../router';
import { consolePlanImportPath, consolePlanPath, planPath, signInPath } from '../../../routes/paths';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { FieldFrame } from '../../../ui/forms/Field';
import { EditorHeader } from '../components/EditorHeader';
import { EditorSection } from '../components/EditorSection';
import { ImportPreviewView } from '../components/ImportPreviewView';
import { problemCount, readChosenFile, sendImport, type ImportPreview, type Upload } from '../lib/importFile';
import '../console-editors.css';
import '../import.css';

export const PlanImportQuery = graphql(`
  query PlanImport($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      publishedAt
      organisation {
        slug
        name
      }
    }
  }
`);

const ERROR_TITLE = 'The plan could not be loaded';

type Plan = { slug: string; title: string; publishedAt?: string | null; organisation: { slug: string; name: string } };

/** Each step keeps the file as it was read for the check: Apply sends exactly what was previewed. */
type Step =
  | { kind: 'choosing' }
  | { kind: 'checking'; file: Upload }
  | { kind: 'previewed'; file: Upload; preview: ImportPreview }
  | { kind: 'applying'; file: Upload; preview: ImportPreview }
  | { kind: 'applied'; file: Upload; preview: ImportPreview }
  | { kind: 'failed'; file: Upload; message: string; signedOut: boolean };

/** `/console/plans/:plan/import` — a file from a spreadsheet checked row by row, then applied once confirmed. */
export function PlanImportPage({ planSlug }: { planSlug: string }) {
  const result = useQuery(PlanImportQuery, { variables: { slug: planSlug } });
  const retry = useRetry(result);
  // The cache is emptied after an import: the page keeps the plan it had meanwhile, and with it what it shows.
  const [kept, setKept] = useState(result.data?.plan);
  if (result.data?.plan && result.data.plan !== kept) setKept(result.data.plan);
  const plan = result.data?.plan ?? kept;
  useDocumentTitle(problemTitle(retry, ERROR_TITLE) ?? (plan ? `Import into ${plan.title} – Console` : null));

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="plan" />;
  if (!plan) return <LoadingNotice>Loading the plan…</LoadingNotice>;
  return <PlanImport plan={plan} />;
}

function PlanImport({ plan }: { plan: Plan }) {
  const client = useApolloClient();
  const [step, setStep] = useState<Step>({ kind: 'choosing' });
  const [chosen, setChosen] = useState<File | null>(null);
  const [choiceProblem, setChoiceProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const applyNoteId = useId();
  const organisation = plan.organisation.slug;
  const target = { organisationSlug: organisation, planSlug: plan.slug };

  // A new answer takes the keyboard to it, so that it is read from its heading.
  useEffect(() => {
    if (step.kind === 'previewed') previewHeadingRef.current?.focus();
    if (step.kind === 'applied' || step.kind === 'failed') outcomeRef.current?.focus();
  }, [step.kind]);

  // Choosing again must always count, even the same file saved anew: browsers say nothing when the
  // name chosen is the one already there, so the choice is forgotten as the picker opens.
  const forgetChoice = () => {
    setChosen(null);
    if (inputRef.current) inputRef.current.value = '';
  };

  const check = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step.kind === 'checking' || step.kind === 'applying') return;
    if (!chosen) {
      setChoiceProblem('Choose the file to check first.');
      inputRef.current?.focus();
      return;
    }
    const read = await readChosenFile(chosen);
    if (!read.ok) {
      setChoiceProblem(read.message);
      forgetChoice();
      inputRef.current?.focus();
      return;
    }
    const file = read.upload;
    setChoiceProblem(null);
    setStep({ kind: 'checking', file });
    const answer = await sendImport(target, file, true);
    setStep(
      answer.ok
        ? { kind: 'previewed', file, preview: answer.preview }
        : { kind: 'failed', file, message: answer.message, signedOut: answer.signedOut ?? false },
    );
  };

  const apply = async () => {
    if (step.kind !== 'previewed') return;
    const { file, preview } = step;
    setStep({ kind: 'applying', file, preview });
    const answer = await sendImport(target, file, false);
    if (!answer.ok) {
      setStep({ kind: 'failed', file, message: answer.message, signedOut: answer.signedOut ?? false });
      return;
    }
    if (!answer.preview.applied) {
      // Something changed since the dry run (a conflict): the new preview says what.
      setStep({ kind: 'previewed', file, preview: answer.preview });
      return;
    }
    setStep({ kind: 'applied', file, preview: answer.preview });
    forgetChoice();
    // Every page read before the import shows what it held then: read them again.
    await client.resetStore().catch(() => undefined);
  };

  const busy = step.kind === 'checking' || step.kind === 'applying';
  const draft = !plan.publishedAt;

  return (
    <div className="editor-page import-page">
      <EditorHeader
        eyebrow={`${plan.organisation.name} · Action plan`}
        title="Import from a spreadsheet"
        trail={[{ label: plan.title, to: consolePlanPath(plan.slug) }]}
        current="Import"
        publicPath={consolePlanPath(plan.slug)}
        publicLabel={`Back to “${plan.title}”`}
      />

      <EditorSection
        title="Choose the file"
        intro={
          <>
            Start from this plan’s data:{' '}
            <a href={planDataPath(organisation, plan.slug, 'zip')} download>
              download it as spreadsheet files (.zip)
            </a>
            , edit a file in your spreadsheet, save it as CSV (UTF-8), and choose it here. Nothing is changed until you
            apply it: the tracker first shows what the file would change, row by row.
          </>
        }
      >
        <form className="import-choose" onSubmit={(event) => void check(event)} noValidate>
          <FieldFrame
            label="File to import"
            hint="One .csv file such as milestones.csv, the whole .zip, or the .json document; at most 20 MB."
            error={choiceProblem}
          >
            {({ id, describedBy, invalid }) => (
              <input
                ref={inputRef}
                id={id}
                type="file"
                accept=".csv,.zip,.json,text/csv,application/zip,application/json"
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onClick={forgetChoice}
                onChange={(event) => {
                  setChosen(event.currentTarget.files?.[0] ?? null);
                  setChoiceProblem(null);
                }}
              />
            )}
          </FieldFrame>
          <button type="submit" className="button" aria-disabled={busy}>
            {step.kind === 'checking' ? 'Checking the file…' : 'Check the file'}
          </button>
        </form>
      </EditorSection>

      <div aria-live="polite" className="visually-hidden">
        {step.kind === 'checking' ? `Checking ${step.file.name}…` : ''}
        {step.kind === 'applying' ? `Importing ${step.file.name}…` : ''}
      </div>

      {step.kind === 'failed' ? (
        <div className="notice notice--error" role="alert" ref={outcomeRef} tabIndex={-1}>
          <p className="notice__title">{step.file.name} could not be checked</p>
          <p>{step.message}</p>
          {step.signedOut ? (
            <p>
              <Link to={signInPath(consolePlanImportPath(plan.slug))}>Sign in again</Link>
            </p>
          ) : null}
        </div>
      ) : null}

      {step.kind === 'applied' ? (
        <div className="notice notice--success" role="status" ref={outcomeRef} tabIndex={-1}>
          <p className="notice__title">Imported {step.file.name}</p>
          <p>
            {formatCount(step.preview.counts.update, 'row')} updated and{' '}
            {formatCount(step.preview.counts.create, 'row')} added, with every change in the history.
          </p>
          <ul className="import-links">
            <li>
              <Link to={planPath(organisation, plan.slug)}>
                {draft ? 'Preview the plan’s dashboard' : 'See the plan’s public dashboard'}
              </Link>
            </li>
            <li>
              <Link to={consolePlanPath(plan.slug)}>Edit the plan</Link>
            </li>
          </ul>
        </div>
      ) : null}

      {step.kind === 'previewed' || step.kind === 'applying' ? (
        <ImportPreviewView ref={previewHeadingRef} preview={step.preview} fileName={step.file.name}>
          <ApplyControls
            preview={step.preview}
            planSlug={plan.slug}
            applying={step.kind === 'applying'}
            noteId={applyNoteId}
            onApply={() => void apply()}
          />
        </ImportPreviewView>
      ) : null}
    </div>
  );
}

/** Why Apply cannot be pressed, or null when it can. */
function applyBlocked(preview: ImportPreview, planSlug: string): string | null {
  if (preview.plan.slug !== planSlug) {
    return `This file is for the plan “${preview.plan.slug}”, not this one: import it from that plan’s page.`;
  }
  if (problemCount(preview) > 0) return 'Fix the errors in your file and check it again before it can be imported.';
  if (preview.counts.create + preview.counts.update === 0)
    return 'Nothing to import: the tracker already holds all of it.';
  return null;
}

function ApplyControls({
  preview,
  planSlug,
  applying,
  noteId,
  onApply,
}: {
  preview: ImportPreview;
  planSlug: string;
  applying: boolean;
  noteId: string;
  onApply: () => void;
}) {
  const blocked = applyBlocked(preview, planSlug);
  const changes = preview.counts.create + preview.counts.update;
  return (
    <div className="import-apply">
      <button
        type="button"
        className="button"
        aria-disabled={blocked !== null || applying}
        aria-describedby={noteId}
        onClick={blocked !== null || applying ? undefined : onApply}
      >
        {applying ? 'Importing…' : 'Apply'}
      </button>
      <p id={noteId} className="import-apply__note">
        {blocked ??
          `Applies the ${formatCount(changes, 'change')} below in one go, each recorded in the history with you as its author.`}
      </p>
    </div>
  );
}

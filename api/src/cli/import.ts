import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SignedInActor } from '../auth/actor';
import { AuthModule } from '../auth/auth.module';
import { Role, User } from '../auth/user.entity';
import { UsersService } from '../auth/users.service';
import { badInput } from '../common/domain-error';
import { MAX_UPLOAD_BYTES, megabytes } from '../open-data/import/import-limits';
import { ImportPreview, ImportProblem } from '../open-data/import/import-preview';
import { PlanImportModule } from '../open-data/import/plan-import.module';
import { PlanImportService } from '../open-data/import/plan-import.service';
import { readUpload } from '../open-data/import/read-upload';
import { OrganisationsModule } from '../organisations/organisations.module';
import { OrganisationsService } from '../organisations/organisations.service';
import { Command } from './command-context';

const IMPORT_USAGE = 'import --org SLUG FILE [--plan SLUG] [--dry-run] [--as EMAIL]';

/** Exit code 1 with a printed preview: the file has errors or conflicts, and nothing was written. */
export class ImportRefused extends Error {}

interface ImportArgs {
  org: string;
  file: string;
  plan?: string;
  as?: string;
  dryRun: boolean;
}

function parseArgs(args: string[]): ImportArgs {
  const values: Partial<ImportArgs> & { dryRun: boolean } = { dryRun: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--dry-run') values.dryRun = true;
    else if (arg === '--org' || arg === '--plan' || arg === '--as') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw badInput(`${arg} needs a value: ${IMPORT_USAGE}`);
      values[arg.slice(2) as 'org' | 'plan' | 'as'] = value;
      i += 1;
    } else if (arg.startsWith('--')) throw badInput(`Unknown option "${arg}": ${IMPORT_USAGE}`);
    else if (values.file) throw badInput(`One file at a time: ${IMPORT_USAGE}`);
    else values.file = arg;
  }
  if (!values.org || !values.file) throw badInput(`--org and a FILE are required: ${IMPORT_USAGE}`);
  return values as ImportArgs;
}

/** The executive the import acts as: --as, or the organisation's only executive. */
async function importer(users: UsersService, organisationId: string, email: string | undefined): Promise<User> {
  const executives = (await users.findOrganisationAccounts(organisationId, [])).users.filter(
    (user) => user.role === Role.EXECUTIVE && !user.disabledAt,
  );
  if (email) {
    const user = executives.find((candidate) => candidate.email.toLowerCase() === email.toLowerCase());
    if (!user) throw badInput(`--as ${email} is not an enabled executive of this organisation.`);
    return user;
  }
  if (executives.length === 1) return executives[0];
  throw badInput(
    executives.length === 0
      ? 'The organisation has no enabled executive to record the import as; create one with user:create.'
      : 'The organisation has several executives: say which one imports with --as EMAIL (the history and audit log name them).',
  );
}

const where = (problem: ImportProblem): string =>
  [problem.file, problem.row === null ? null : `row ${problem.row}`, problem.column].filter(Boolean).join(', ');

/** The preview as text: counts first, then every error with file, row and column, then the changes. */
export function describePreview(preview: ImportPreview, dryRun: boolean): string {
  const { counts } = preview;
  const lines = [
    `Plan ${preview.plan.slug || '(none)'}${preview.plan.exists ? '' : ' (new: created as a draft)'}`,
    `${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.error} with errors`,
  ];
  const errors = [...preview.errors, ...preview.rows.flatMap((row) => row.errors)];
  if (errors.length > 0) {
    lines.push('', 'Errors:');
    for (const error of errors) lines.push(`  ${where(error)}: ${error.message}`);
  }
  const changed = preview.rows.filter((row) => row.action === 'create' || row.action === 'update');
  if (changed.length > 0) {
    lines.push('', 'Changes:');
    const width = Math.max(...changed.map((row) => row.key.length));
    for (const row of changed) {
      const fields =
        row.action === 'create'
          ? ''
          : `  ${row.changes.map((change) => `${change.field}: ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`).join('; ')}`;
      lines.push(`  ${row.action.padEnd(6)}  ${row.file}:${row.row}  ${row.key.padEnd(width)}${fields}`.trimEnd());
    }
  }
  for (const note of preview.notes) lines.push('', `Note: ${note}`);
  lines.push(
    '',
    preview.applied
      ? 'Applied.'
      : errors.length > 0
        ? 'Nothing was written: fix the errors above and import again.'
        : dryRun
          ? 'Dry run: nothing was written. Run again without --dry-run to apply.'
          : 'Nothing was written.',
  );
  return lines.join('\n');
}

/**
 * `tracker import --org SLUG FILE [--plan SLUG] [--dry-run] [--as EMAIL]`: imports an export's
 * .zip or .json (or one table's .csv with --plan) into the organisation, through the same
 * checks and writers as the upload in the console. Exit code 0 when applied or a clean dry run,
 * 1 with errors or conflicts (nothing written), 2 for a wrong command.
 */
export const importPlan: Command = {
  modules: [OrganisationsModule, AuthModule, PlanImportModule],
  async run(app, args) {
    const options = parseArgs(args);
    const organisation = await app.get(OrganisationsService).getBySlug(options.org);
    const user = await importer(app.get(UsersService), organisation.id, options.as);
    const size = (await stat(options.file).catch(() => null))?.size;
    if (size === undefined) throw badInput(`Cannot read ${options.file}.`);
    if (size > MAX_UPLOAD_BYTES)
      throw new ImportRefused(
        `${options.file} is ${megabytes(size)}; an import takes at most ${megabytes(MAX_UPLOAD_BYTES)}.`,
      );
    const upload = await readUpload(basename(options.file), await readFile(options.file)).catch((error: Error) => {
      throw new ImportRefused(error.message);
    });
    const actor: SignedInActor = { user, ip: '127.0.0.1', requestId: 'cli' };
    const preview = await app.get(PlanImportService).run(upload, {
      organisationSlug: organisation.slug,
      planSlug: options.plan,
      dryRun: options.dryRun,
      actor,
    });
    const text = describePreview(preview, options.dryRun);
    const refused = preview.errors.length > 0 || preview.counts.error > 0;
    if (refused) throw new ImportRefused(text);
    return text;
  },
};

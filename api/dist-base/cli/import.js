"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ImportRefused = void 0;
exports.describePreview = describePreview;
exports.importPlan = importPlan;
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const user_entity_1 = require("../auth/user.entity");
const users_service_1 = require("../auth/users.service");
const domain_error_1 = require("../common/domain-error");
const import_limits_1 = require("../open-data/import/import-limits");
const plan_import_service_1 = require("../open-data/import/plan-import.service");
const read_upload_1 = require("../open-data/import/read-upload");
const organisations_service_1 = require("../organisations/organisations.service");
const IMPORT_USAGE = 'import --org SLUG FILE [--plan SLUG] [--dry-run] [--as EMAIL]';
/** Exit code 1 with a printed preview: the file has errors or conflicts, and nothing was written. */
class ImportRefused extends Error {
}
exports.ImportRefused = ImportRefused;
function parseArgs(args) {
    const values = { dryRun: false };
    for (let i = 0; i < args.length; i += 1) {
        const arg = args[i];
        if (arg === '--dry-run')
            values.dryRun = true;
        else if (arg === '--org' || arg === '--plan' || arg === '--as') {
            const value = args[i + 1];
            if (value === undefined || value.startsWith('--'))
                throw (0, domain_error_1.badInput)(`${arg} needs a value: ${IMPORT_USAGE}`);
            values[arg.slice(2)] = value;
            i += 1;
        }
        else if (arg.startsWith('--'))
            throw (0, domain_error_1.badInput)(`Unknown option "${arg}": ${IMPORT_USAGE}`);
        else if (values.file)
            throw (0, domain_error_1.badInput)(`One file at a time: ${IMPORT_USAGE}`);
        else
            values.file = arg;
    }
    if (!values.org || !values.file)
        throw (0, domain_error_1.badInput)(`--org and a FILE are required: ${IMPORT_USAGE}`);
    return values;
}
/** The executive the import acts as: --as, or the organisation's only executive. */
async function importer(users, organisationId, email) {
    const executives = (await users.findOrganisationAccounts(organisationId, [])).users.filter((user) => user.role === user_entity_1.Role.EXECUTIVE && !user.disabledAt);
    if (email) {
        const user = executives.find((candidate) => candidate.email.toLowerCase() === email.toLowerCase());
        if (!user)
            throw (0, domain_error_1.badInput)(`--as ${email} is not an enabled executive of this organisation.`);
        return user;
    }
    if (executives.length === 1)
        return executives[0];
    throw (0, domain_error_1.badInput)(executives.length === 0
        ? 'The organisation has no enabled executive to record the import as; create one with user:create.'
        : 'The organisation has several executives: say which one imports with --as EMAIL (the history and audit log name them).');
}
const where = (problem) => [problem.file, problem.row === null ? null : `row ${problem.row}`, problem.column].filter(Boolean).join(', ');
/** The preview as text: counts first, then every error with file, row and column, then the changes. */
function describePreview(preview, dryRun) {
    const { counts } = preview;
    const lines = [
        `Plan ${preview.plan.slug || '(none)'}${preview.plan.exists ? '' : ' (new: created as a draft)'}`,
        `${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.error} with errors`,
    ];
    const errors = [...preview.errors, ...preview.rows.flatMap((row) => row.errors)];
    if (errors.length > 0) {
        lines.push('', 'Errors:');
        for (const error of errors)
            lines.push(`  ${where(error)}: ${error.message}`);
    }
    const changed = preview.rows.filter((row) => row.action === 'create' || row.action === 'update');
    if (changed.length > 0) {
        lines.push('', 'Changes:');
        const width = Math.max(...changed.map((row) => row.key.length));
        for (const row of changed) {
            const fields = row.action === 'create'
                ? ''
                : `  ${row.changes.map((change) => `${change.field}: ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`).join('; ')}`;
            lines.push(`  ${row.action.padEnd(6)}  ${row.file}:${row.row}  ${row.key.padEnd(width)}${fields}`.trimEnd());
        }
    }
    for (const note of preview.notes)
        lines.push('', `Note: ${note}`);
    lines.push('', preview.applied
        ? 'Applied.'
        : errors.length > 0
            ? 'Nothing was written: fix the errors above and import again.'
            : dryRun
                ? 'Dry run: nothing was written. Run again without --dry-run to apply.'
                : 'Nothing was written.');
    return lines.join('\n');
}
/**
 * `tracker import --org SLUG FILE [--plan SLUG] [--dry-run] [--as EMAIL]`: imports an export's
 * .zip or .json (or one table's .csv with --plan) into the organisation, through the same
 * checks and writers as the upload in the console. Exit code 0 when applied or a clean dry run,
 * 1 with errors or conflicts (nothing written), 2 for a wrong command.
 */
async function importPlan(app, args) {
    const options = parseArgs(args);
    const organisation = await app.get(organisations_service_1.OrganisationsService).getBySlug(options.org);
    const user = await importer(app.get(users_service_1.UsersService), organisation.id, options.as);
    const size = (await (0, promises_1.stat)(options.file).catch(() => null))?.size;
    if (size === undefined)
        throw (0, domain_error_1.badInput)(`Cannot read ${options.file}.`);
    if (size > import_limits_1.MAX_UPLOAD_BYTES)
        throw new ImportRefused(`${options.file} is ${(0, import_limits_1.megabytes)(size)}; an import takes at most ${(0, import_limits_1.megabytes)(import_limits_1.MAX_UPLOAD_BYTES)}.`);
    const upload = await (0, read_upload_1.readUpload)((0, node_path_1.basename)(options.file), await (0, promises_1.readFile)(options.file)).catch((error) => {
        throw new ImportRefused(error.message);
    });
    const actor = { user, ip: '127.0.0.1', requestId: 'cli' };
    const preview = await app.get(plan_import_service_1.PlanImportService).run(upload, {
        organisationSlug: organisation.slug,
        planSlug: options.plan,
        dryRun: options.dryRun,
        actor,
    });
    const text = describePreview(preview, options.dryRun);
    const refused = preview.errors.length > 0 || preview.counts.error > 0;
    if (refused)
        throw new ImportRefused(text);
    return text;
}
//# sourceMappingURL=import.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createOrganisation = createOrganisation;
exports.listOrganisations = listOrganisations;
const domain_error_1 = require("../common/domain-error");
const validation_pipe_1 = require("../graphql/validation.pipe");
const create_organisation_input_1 = require("../organisations/dto/create-organisation.input");
const organisations_service_1 = require("../organisations/organisations.service");
const CREATE_OPTIONS = ['--slug', '--name', '--website', '--description', '--licence'];
/** `--name value` pairs, each option known and given once; anything else is refused before the database is touched. */
function readOptions(args) {
    const values = {};
    for (let i = 0; i < args.length; i += 2) {
        const name = args[i];
        if (!CREATE_OPTIONS.includes(name))
            throw (0, domain_error_1.badInput)(`Unknown option "${args[i]}"; org:create takes ${CREATE_OPTIONS.join(', ')}.`);
        const value = args[i + 1];
        if (value === undefined || value.startsWith('--'))
            throw (0, domain_error_1.badInput)(`${name} needs a value.`);
        if (name in values)
            throw (0, domain_error_1.badInput)(`${name} is given twice.`);
        values[name] = value;
    }
    return values;
}
/**
 * `tracker org:create --slug S --name N [--website URL] [--description TEXT] [--licence ID]`: checked by the
 * same rules as the API's inputs (the slug's format and namespace, an http(s) website), so a
 * refused organisation leaves nothing behind.
 */
async function createOrganisation(app, args) {
    const options = readOptions(args);
    for (const name of ['--slug', '--name']) {
        if (options[name] === undefined)
            throw (0, domain_error_1.badInput)(`${name} is required: org:create --slug S --name N [--website URL] [--description TEXT] [--licence ID]`);
    }
    let input;
    try {
        input = (await validation_pipe_1.inputValidationPipe.transform({
            slug: options['--slug'],
            name: options['--name'],
            website: options['--website'],
            description: options['--description'],
            licence: options['--licence'],
        }, { type: 'body', metatype: create_organisation_input_1.CreateOrganisationInput }));
    }
    catch (error) {
        if (error instanceof domain_error_1.DomainError && typeof error.details.field === 'string')
            throw (0, domain_error_1.badInput)(`--${error.details.field}: ${error.message}`, error.details.field);
        throw error;
    }
    const organisation = await app.get(organisations_service_1.OrganisationsService).create(input);
    return [
        `Created the organisation ${organisation.slug} (${organisation.name}).`,
        'Its first executive, next (prints a one-time invitation link):',
        `  npm run tracker -- user:create --email you@example.org --role EXECUTIVE --org ${organisation.slug}`,
    ].join('\n');
}
const COLUMNS = [
    { title: 'SLUG', value: (row) => row.slug },
    { title: 'NAME', value: (row) => row.name },
    { title: 'PLANS', value: (row) => String(row.plans), numeric: true },
    { title: 'ACCOUNTS', value: (row) => String(row.accounts), numeric: true },
];
/** `tracker org:list`: every organisation as a table of slug, name, plans and accounts. */
async function listOrganisations(app) {
    const rows = await app.get(organisations_service_1.OrganisationsService).summaries();
    if (rows.length === 0)
        return 'No organisations yet. Create the first with: npm run tracker -- org:create --slug S --name N';
    const cells = [
        COLUMNS.map((column) => column.title),
        ...rows.map((row) => COLUMNS.map((column) => column.value(row))),
    ];
    const widths = COLUMNS.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
    return cells
        .map((line) => line
        .map((cell, i) => (COLUMNS[i].numeric ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd())
        .join('\n');
}
//# sourceMappingURL=organisations.js.map
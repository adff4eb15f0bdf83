import { INestApplicationContext } from '@nestjs/common';
import { badInput, DomainError } from '../common/domain-error';
import { inputValidationPipe } from '../graphql/validation.pipe';
import { CreateOrganisationInput } from '../organisations/dto/create-organisation.input';
import { OrganisationsModule } from '../organisations/organisations.module';
import { OrganisationsService, OrganisationSummary } from '../organisations/organisations.service';
import { Command } from './command-context';

const CREATE_OPTIONS = ['--slug', '--name', '--website', '--description', '--licence'] as const;
type CreateOption = (typeof CREATE_OPTIONS)[number];

/** `--name value` pairs, each option known and given once; anything else is refused before the database is touched. */
function readOptions(args: string[]): Partial<Record<CreateOption, string>> {
  const values: Partial<Record<CreateOption, string>> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i] as CreateOption;
    if (!CREATE_OPTIONS.includes(name))
      throw badInput(`Unknown option "${args[i]}"; org:create takes ${CREATE_OPTIONS.join(', ')}.`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw badInput(`${name} needs a value.`);
    if (name in values) throw badInput(`${name} is given twice.`);
    values[name] = value;
  }
  return values;
}

/**
 * `tracker org:create --slug S --name N [--website URL] [--description TEXT] [--licence ID]`: checked by the
 * same rules as the API's inputs (the slug's format and namespace, an http(s) website), so a
 * refused organisation leaves nothing behind.
 */
async function create(app: INestApplicationContext, args: string[]): Promise<string> {
  const options = readOptions(args);
  for (const name of ['--slug', '--name'] as const) {
    if (options[name] === undefined)
      throw badInput(
        `${name} is required: org:create --slug S --name N [--website URL] [--description TEXT] [--licence ID]`,
      );
  }
  let input: CreateOrganisationInput;
  try {
    input = (await inputValidationPipe.transform(
      {
        slug: options['--slug'],
        name: options['--name'],
        website: options['--website'],
        description: options['--description'],
        licence: options['--licence'],
      },
      { type: 'body', metatype: CreateOrganisationInput },
    )) as CreateOrganisationInput;
  } catch (error) {
    if (error instanceof DomainError && typeof error.details.field === 'string')
      throw badInput(`--${error.details.field}: ${error.message}`, error.details.field);
    throw error;
  }
  const organisation = await app.get(OrganisationsService).create(input);
  return [
    `Created the organisation ${organisation.slug} (${organisation.name}).`,
    'Its first executive, next (prints a one-time invitation link):',
    `  npm run tracker -- user:create --email you@example.org --role EXECUTIVE --org ${organisation.slug}`,
  ].join('\n');
}

const COLUMNS: { title: string; value: (row: OrganisationSummary) => string; numeric?: boolean }[] = [
  { title: 'SLUG', value: (row) => row.slug },
  { title: 'NAME', value: (row) => row.name },
  { title: 'PLANS', value: (row) => String(row.plans), numeric: true },
  { title: 'ACCOUNTS', value: (row) => String(row.accounts), numeric: true },
];

/** `tracker org:list`: every organisation as a table of slug, name, plans and accounts. */
async function list(app: INestApplicationContext): Promise<string> {
  const rows = await app.get(OrganisationsService).summaries();
  if (rows.length === 0)
    return 'No organisations yet. Create the first with: npm run tracker -- org:create --slug S --name N';
  const cells = [
    COLUMNS.map((column) => column.title),
    ...rows.map((row) => COLUMNS.map((column) => column.value(row))),
  ];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  return cells
    .map((line) =>
      line
        .map((cell, i) => (COLUMNS[i].numeric ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export const createOrganisation: Command = { modules: [OrganisationsModule], run: create };

export const listOrganisations: Command = { modules: [OrganisationsModule], run: list };

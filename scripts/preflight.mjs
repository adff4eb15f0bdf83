// What `npm test` needs from outside npm, checked in milliseconds before anything runs. Each line
// names what a step needs, how to tell it is there and the Debian package that provides it;
// `.ci/run` installs the packages this reports missing (`node scripts/preflight.mjs --packages`).
// Usage: node scripts/preflight.mjs [--packages]
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NEEDS = [
  {
    what: 'Chromium, for the e2e tests and the bundle budget',
    found: () => executable('/usr/lib/chromium/chromium'),
    pkg: 'chromium',
  },
  { what: 'caddy, for the reverse proxy integration test', found: () => onPath('caddy'), pkg: 'caddy' },
  { what: 'systemd-analyze, to check the units in deploy/', found: () => onPath('systemd-analyze'), pkg: 'systemd' },
  {
    what: 'PostgreSQL 15 or newer, for the api integration tests on PostgreSQL (or TEST_DATABASE_URL naming a server)',
    found: () =>
      Boolean(process.env.TEST_DATABASE_URL) ||
      names('/usr/lib/postgresql').some(
        (version) => Number(version) >= 15 && executable(`/usr/lib/postgresql/${version}/bin/pg_ctl`),
      ),
    pkg: 'postgresql',
  },
];

/** Whether `pattern` names an executable file; a `*` stands for any one folder or file name. */
function executable(pattern) {
  const [first, ...rest] = pattern.split('/');
  const expand = (paths, segment) =>
    segment !== '*'
      ? paths.map((path) => join(path, segment))
      : paths.flatMap((path) => names(path).map((name) => join(path, name)));
  return rest.reduce(expand, [first || '/']).some((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function names(folder) {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => folder && executable(join(folder, command)));
}

/** The packages that install what is missing, each once. */
const packagesOf = (needs) => [...new Set(needs.map((need) => need.pkg))].join(' ');

/** Stops the process with the one command that installs what is missing, if anything is. */
export function preflight() {
  const absent = NEEDS.filter((need) => !need.found());
  if (absent.length === 0) return;
  console.error(
    [
      'npm test needs what npm cannot install, and this machine lacks:',
      ...absent.map((need) => `  - ${need.what}`),
      `Install ${absent.length > 1 ? 'them' : 'it'} with:`,
      `  sudo apt-get install -y --no-install-recommends ${packagesOf(absent)}`,
    ].join('\n'),
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--packages')) console.log(packagesOf(NEEDS.filter((need) => !need.found())));
  else preflight();
}

/** A command given wrongly: exit code 2 and the message. */
export class UsageError extends Error {}

/** A required option left out: the `tracker` command adds its usage to the message. */
export class MissingOption extends UsageError {
  constructor(readonly option: string) {
    super(`${option} is required.`);
  }
}

export function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

export function required(args: string[], name: string): string {
  const value = option(args, name);
  if (value === undefined) throw new MissingOption(name);
  return value;
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

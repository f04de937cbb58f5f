import { parseArgs } from 'node:util';
import { BackupError } from '../core/store/backup';
import { openDataFolder } from '../core/store/folder';
import { StoreError } from '../core/store/errors';
import { createServiceWith } from '../core/service/create';
import { resolveDataDir } from '../core/paths';
import { COMMANDS } from './commands';
import { CliError, type Io } from './io';

const GLOBAL = { 'data-dir': { type: 'string' as const }, help: { type: 'boolean' as const, short: 'h' } };

function usage(): string {
  return [
    'Usage: pathwise <command> [options] [--data-dir DIR]',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
    '',
    "The data folder is the desktop app's unless --data-dir DIR or PATHWISE_DATA_DIR says otherwise.",
    'Exit codes: 0 success, 2 bad input, 1 any other failure.',
    '',
  ].join('\n');
}

/** Finds the longest command name the arguments start with ("goal create" before "goal"). */
function findCommand(argv: readonly string[]): { name: string; rest: string[] } | null {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    if (Object.hasOwn(COMMANDS, name)) return { name, rest: argv.slice(words) };
  }
  return null;
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.stdout.write(usage());
      return 0;
    }
    const found = findCommand(argv);
    if (!found) throw new CliError(`unknown command "${argv.slice(0, 2).join(' ')}"; run "pathwise --help" for the list`);
    const command = COMMANDS[found.name]!;
    let parsed;
    try {
      parsed = parseArgs({ args: found.rest, options: { ...GLOBAL, ...(command.options ?? {}) }, allowPositionals: true, strict: true });
    } catch (e) {
      throw new CliError(`${(e as Error).message.split('\n')[0]} (usage: pathwise ${command.usage})`);
    }
    if (parsed.values.help) {
      io.stdout.write(`Usage: pathwise ${command.usage}\n`);
      return 0;
    }
    const dataDir = resolveDataDir(parsed.values['data-dir'] as string | undefined, io.env);
    if (command.withoutDatabase) {
      command.withoutDatabase({ io, args: parsed.positionals, dataDir, flags: parsed.values });
      return 0;
    }
    // Only a command that exports pays for loading the exporters.
    const exportGoal = command.exports ? (await import('../core/export/index')).exportGoal : undefined;
    const folder = openDataFolder(dataDir, 'cli');
    const service = createServiceWith(folder.db, undefined, { dataDir, exportGoal });
    try {
      await command.run?.({ service, io, args: parsed.positionals, flags: parsed.values });
    } finally {
      folder.close();
    }
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`pathwise: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof BackupError) {
      io.stderr.write(`pathwise: ${e.message}\n`);
      return e.kind === 'input' ? 2 : 1;
    }
    if (e instanceof StoreError) {
      io.stderr.write(`pathwise: ${e.message}\n`);
      return 1;
    }
    io.stderr.write(`pathwise: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

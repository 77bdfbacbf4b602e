// The CLI runner: picks the command, parses flags, maps errors to exit codes.
// Exit codes: 0 done; 1 input refused (one line on stderr, nothing written);
// 2 bad usage. Never calls process.exit(): large JSON written to a pipe must
// drain before Node exits, so the caller sets process.exitCode.
import { UserError } from '../../db/errors';
import { parseArgs, UsageError } from './args';
import { commands } from './commands';
import type { CliIo } from './types';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}". Run with --help to see the commands.\n`);
    return 2;
  }
  try {
    if (rest.includes('--help')) {
      io.out(`Usage: ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    return await command.run(parseArgs(rest, command.flags), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (err instanceof UserError) {
      io.err(`${oneLine(err.message)}\n`);
      return 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.err(`Unexpected error: ${oneLine(message)}\n`);
    return 1;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Camera Replacement Planner — command line',
    '',
    'Usage: npm run -s cli -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run a command with --help for its options.',
    'Exit codes: 0 done; 1 input refused (one line on stderr, nothing written); 2 bad usage.',
    '',
  ].join('\n');
}

import type { ParsedArgs, FlagSpec } from './args';

export interface CliIo {
  /** Write to stdout (JSON goes here, alone). */
  out(text: string): void;
  /** Write to stderr (progress, messages). */
  err(text: string): void;
  /** True when stderr is a terminal (show a progress bar). */
  errIsTty: boolean;
}

/**
 * One CLI command. `run` returns the exit code: 0 done, 1 input refused.
 * Throw UsageError for bad usage (exit 2) and UserError for refused input
 * (exit 1, one line on stderr); the runner prints them.
 */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  flags: FlagSpec;
  run(args: ParsedArgs, io: CliIo): Promise<number> | number;
}

// The CLI's command registry, in the order --help lists them.
import type { CliCommand } from '../types';
import { initCommand } from './init';
import { summaryCommand } from './summary';

export const commands: readonly CliCommand[] = [initCommand, summaryCommand];

// The CLI's command registry, in the order --help lists them.
import type { CliCommand } from '../types';
import { backupCommand } from './backup';
import { initCommand } from './init';
import { planCommand } from './plan';
import { restoreCommand } from './restore';
import { scenariosCommand } from './scenarios';
import { summaryCommand } from './summary';

export const commands: readonly CliCommand[] = [initCommand, summaryCommand, backupCommand, restoreCommand, planCommand, scenariosCommand];

// The CLI's command registry, in the order --help lists them.
import type { CliCommand } from '../types';
import { backupCommand } from './backup';
import { devicesCommand } from './devices';
import { exportCommand } from './export';
import { importCommand } from './import';
import { importsCommand } from './imports';
import { initCommand } from './init';
import { overrideCommand } from './override';
import { policiesCommand } from './policies';
import { planCommand } from './plan';
import { restoreCommand } from './restore';
import { scenariosCommand } from './scenarios';
import { summaryCommand } from './summary';

export const commands: readonly CliCommand[] = [initCommand, summaryCommand, policiesCommand, overrideCommand, importCommand, devicesCommand, importsCommand, backupCommand, restoreCommand, planCommand, scenariosCommand, exportCommand];

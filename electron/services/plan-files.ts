// Opening and creating plan files from the welcome screen and the File menu.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../db/errors';
import { setSetting } from '../../db/queries/settings';
import type { PlanInfo } from '../api/types';
import type { Backend } from '../backend';

export function openPlanFile(backend: Backend, file: string): PlanInfo {
  const full = path.resolve(file.trim());
  if (!fs.existsSync(full)) throw new UserError('NOT_FOUND', `There is no plan file at ${full}; check the path or create a new plan.`);
  if (fs.statSync(full).isDirectory()) throw new UserError('NOT_A_PLAN', `${full} is a folder; choose a plan file inside it.`);
  return backend.open(full, { create: false });
}

export function createPlanFile(backend: Backend, file: string, name: string): PlanInfo {
  let full = path.resolve(file.trim());
  if (!/\.(sqlite|crp|db)$/i.test(full)) full += '.sqlite';
  if (fs.existsSync(full)) throw new UserError('EXISTS', `${full} already exists; choose another file name or open it as a plan.`);
  const planName = name.trim() || path.basename(full).replace(/\.[^.]+$/, '');
  backend.open(full, { create: true });
  setSetting(backend.db, 'plan.name', planName);
  // Re-open so PlanInfo carries the name just stored.
  return backend.open(full, { create: false });
}

import { listPolicies, setActivePolicies } from '../../services/policies';
import { UsageError } from '../args';
import { withPlan, writeJson } from '../backend';
import type { CliCommand } from '../types';

function idList(value: string | undefined, flag: string): string[] {
  if (value === undefined) return [];
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError(`--${flag} needs one or more policy ids separated by commas.`);
  return ids;
}

export const policiesCommand: CliCommand = {
  name: 'policies',
  usage: 'policies --db FILE [--enable id,…] [--disable id,…] [--json]',
  summary: 'List the policies with their citations; --enable/--disable switch them and re-tag every device.',
  flags: { values: ['db', 'enable', 'disable'], switches: ['json'] },
  run: (args, io) =>
    withPlan(args, (b) => {
      const enable = idList(args.values.get('enable'), 'enable');
      const disable = idList(args.values.get('disable'), 'disable');
      let policies = listPolicies(b.db);
      if (enable.length || disable.length) {
        const change = setActivePolicies(b.db, { enable, disable }, b.user);
        policies = change.policies;
        const d = change.diff;
        io.err(`Re-tagged ${d.devices} devices: ${d.newlyRestricted} newly restricted, ${d.cleared} no longer restricted, ${d.statusChanged} changed status.\n`);
      }
      if (args.switches.has('json')) {
        writeJson(
          io,
          policies.map((p) => ({ id: p.id, name: p.name, jurisdiction: p.jurisdiction, version: p.version, active: p.active, citation: p.citation })),
        );
      } else {
        for (const p of policies) {
          io.out(`${p.active ? '[on] ' : '[off]'} ${p.id}  ${p.name}${p.kind === 'guidance' ? ' (guidance)' : ''}\n`);
          io.out(`      ${p.jurisdiction}, ${p.date}, version ${p.version}; ${p.citation.title} (${p.citation.url})\n`);
        }
      }
      return 0;
    }),
};

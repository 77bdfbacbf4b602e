import { revokeOverride, setOverride } from '../../services/overrides';
import { requireValue, UsageError } from '../args';
import { withPlan, writeJson } from '../backend';
import type { CliCommand } from '../types';

function deviceId(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--device must be a device id (a whole number), not "${text}".`);
  return n;
}

export const overrideCommand: CliCommand = {
  name: 'override',
  usage: 'override --db FILE --device ID (--status clear|restricted --reason "…" | --revoke [--reason "…"]) [--json]',
  summary: "Set a device's status by hand (reason required, audited), or revoke that decision.",
  flags: { values: ['db', 'device', 'status', 'reason'], switches: ['revoke', 'json'] },
  run: (args, io) => {
    const id = deviceId(requireValue(args, 'device'));
    const revoke = args.switches.has('revoke');
    let status: 'clear' | 'restricted' | null = null;
    if (!revoke) {
      const s = requireValue(args, 'status');
      if (s !== 'clear' && s !== 'restricted') throw new UsageError(`--status must be clear or restricted, not "${s}".`);
      status = s;
      if (!requireValue(args, 'reason').trim()) throw new UsageError('--reason must say why the status is overridden.');
    } else if (args.values.has('status')) {
      throw new UsageError('--revoke takes no --status.');
    }
    return withPlan(args, (b) => {
      const reason = args.values.get('reason');
      const r = status
        ? setOverride(b.db, { deviceId: id, status, reason: reason ?? '', user: b.user })
        : revokeOverride(b.db, { deviceId: id, reason, user: b.user });
      if (args.switches.has('json')) {
        writeJson(io, { device: { id: r.device.id, status: r.device.status, company: r.device.company, overridden: r.device.overridden }, override: r.override });
      } else {
        io.err(`Device ${r.device.id} is now ${r.device.status}${status ? ` (override ${r.override.id})` : ` (override ${r.override.id} revoked)`}.\n`);
      }
      return 0;
    });
  },
};

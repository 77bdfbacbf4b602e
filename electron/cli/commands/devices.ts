// `devices --db F [--status restricted|review|clear] --json`: every device, as one JSON array.
import type { Db } from '../../../db/open';
import { UsageError } from '../args';
import { withPlan } from '../backend';
import type { CliCommand } from '../types';

interface Row {
  id: number;
  asset_tag: string | null;
  site: string | null;
  location: string | null;
  type: string;
  manufacturer: string | null;
  model: string | null;
  serial: string | null;
  mac: string | null;
  ip: string | null;
  install_date: string | null;
  status: string;
  company: string | null;
  evidence: string;
}

function* deviceObjects(db: Db, status: string | undefined) {
  const stmt = db.prepare(
    `SELECT d.id, d.asset_tag, s.name AS site, d.location, d.type, d.manufacturer, d.model, d.serial, d.mac, d.ip, d.install_date,
            d.status, d.company, d.evidence
     FROM devices d LEFT JOIN sites s ON s.id = d.site_id ${status ? 'WHERE d.status = ?' : ''} ORDER BY d.id`,
  );
  for (const r of (status ? stmt.iterate(status) : stmt.iterate()) as IterableIterator<Row>) {
    let evidence: unknown = [];
    try {
      // The catalogue key and values are for the app's UI; the CLI prints the English note as before.
      evidence = JSON.parse(r.evidence, (k: string, v: unknown) => (k === 'noteKey' || k === 'noteParams' ? undefined : v));
    } catch {
      evidence = [];
    }
    yield {
      id: r.id, assetTag: r.asset_tag, site: r.site, location: r.location, type: r.type, manufacturer: r.manufacturer, model: r.model,
      serial: r.serial, mac: r.mac, ip: r.ip, installDate: r.install_date, status: r.status, company: r.company, evidence,
    };
  }
}

export const devicesCommand: CliCommand = {
  name: 'devices',
  usage: 'devices --db FILE [--status restricted|review|clear] [--json]',
  summary: 'List devices (all, or one status) with their tagging evidence.',
  flags: { values: ['db', 'status'], switches: ['json'] },
  run: (args, io) => {
    const status = args.values.get('status');
    if (status !== undefined && !['restricted', 'review', 'clear'].includes(status)) throw new UsageError('--status takes restricted, review or clear.');
    return withPlan(args, (b) => {
      if (args.switches.has('json')) {
        // Written in chunks so 100k devices never build one giant string.
        let buf = '[';
        let first = true;
        for (const d of deviceObjects(b.db, status)) {
          buf += (first ? '' : ',') + JSON.stringify(d);
          first = false;
          if (buf.length > 1 << 20) {
            io.out(buf);
            buf = '';
          }
        }
        io.out(buf + ']\n');
      } else {
        for (const d of deviceObjects(b.db, status)) {
          io.out(`${d.id}\t${d.status}\t${d.site ?? ''}\t${d.location ?? ''}\t${d.type}\t${d.manufacturer ?? ''}\t${d.model ?? ''}\t${d.serial ?? ''}\t${d.mac ?? ''}\n`);
        }
      }
      return 0;
    });
  },
};

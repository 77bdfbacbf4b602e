// A progress bar on stderr, drawn only when stderr is a terminal.
import type { ApiEvents } from '../../api/contract';
import type { CliIo } from '../types';

export function progressBar(io: CliIo): { emit: (p: ApiEvents['progress']) => void; end: () => void } {
  if (!io.errIsTty) return { emit: () => undefined, end: () => undefined };
  let drawn = false;
  let last = 0;
  return {
    emit: (p) => {
      const now = Date.now();
      if (now - last < 100 && p.done !== p.total) return;
      last = now;
      const label = { read: 'Reading', check: 'Checking', write: 'Writing', done: 'Done' }[p.phase] ?? p.phase;
      let line = `${label}…`;
      if (p.total) {
        const frac = Math.min(1, p.done / p.total);
        const width = 30;
        line = `${label.padEnd(8)} [${'#'.repeat(Math.round(frac * width)).padEnd(width, '.')}] ${p.done}/${p.total}`;
      }
      io.err(`\r${line}\u001b[K`);
      drawn = true;
    },
    end: () => {
      if (drawn) io.err('\r\u001b[K');
    },
  };
}

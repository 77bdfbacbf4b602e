// Entry point: `npm run -s cli -- <command>`.
import { runCli } from './run';

const io = {
  out: (s: string) => void process.stdout.write(s),
  err: (s: string) => void process.stderr.write(s),
  errIsTty: Boolean(process.stderr.isTTY),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Unexpected error: ${String(err)}\n`);
    process.exitCode = 1;
  },
);

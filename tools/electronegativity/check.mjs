// Run Electronegativity over the Electron sources and fail on a HIGH finding.
//
// Electronegativity exits 0 whatever it finds, and its SARIF carries no
// severity (only warning/note), so the scan runs twice: SARIF (the list of
// findings, kept as the CI artefact) and CSV (the severity of each). A SARIF
// finding whose severity cannot be found is treated as HIGH. A file the
// scanner cannot parse also fails the check: an unread file is an unchecked file.
//
// AvailableSecurityFixesGlobalCheck is skipped: it downloads Electron's release
// list (CI runs offline); the Electron version is pinned in package.json.
//
// Usage: node tools/electronegativity/check.mjs [input folder, default electron]
// Writes .tmp/electronegativity/{results.sarif,results.csv,summary.json}.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const input = process.argv[2] ?? 'electron';
const outDir = path.join(root, '.tmp/electronegativity');
fs.mkdirSync(outDir, { recursive: true });
const bin = path.join(here, 'node_modules/@doyensec/electronegativity/dist/index.js');
if (!fs.existsSync(bin)) {
  console.error('Electronegativity is not installed: run npm ci --prefix tools/electronegativity');
  process.exit(2);
}
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.electron;
// Findings reviewed and judged false positives: { ruleId, file, reason }.
const allowed = JSON.parse(fs.readFileSync(path.join(here, 'allowed-findings.json'), 'utf8'));

function scan(outFile) {
  fs.rmSync(outFile, { force: true });
  const r = spawnSync(
    process.execPath,
    [bin, '-i', input, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-r', '-v', 'false', '-o', outFile],
    { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en-US', FORCE_COLOR: '0' }, timeout: 300_000 },
  );
  const log = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !fs.existsSync(outFile)) {
    console.error(log);
    console.error(`Electronegativity failed (exit ${r.status}) and wrote no ${path.basename(outFile)}.`);
    process.exit(1);
  }
  return log;
}

const sarifFile = path.join(outDir, 'results.sarif');
const csvFile = path.join(outDir, 'results.csv');
const log = scan(sarifFile) + scan(csvFile);
const parseErrors = log.split('\n').filter((l) => /Error parsing/.test(l));

// CSV rows: issue, severity, confidence, filename, location(line:col), sample, description, url
const severityOf = new Map();
for (const line of fs.readFileSync(csvFile, 'utf8').split(/\r?\n/).slice(1)) {
  const m = /^([A-Z_0-9]+),"([A-Z]+)","([A-Z]+)","([^"]*)","(\d+):\d+"/.exec(line);
  if (m) severityOf.set(`${m[1]}|${m[4]}|${m[5]}`, m[2]);
}
const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
const findings = sarif.runs.flatMap((run) =>
  run.results.map((res) => {
    const loc = res.locations?.[0]?.physicalLocation;
    const file = loc?.artifactLocation?.uri ?? 'N/A';
    const line = loc?.region?.startLine ?? 1;
    // SARIF lines start at 1 where the CSV says 0 for a global finding.
    const severity = severityOf.get(`${res.ruleId}|${file}|${line}`) ?? severityOf.get(`${res.ruleId}|${file}|${line === 1 ? 0 : line}`) ?? 'HIGH';
    const allowance = allowed.find((a) => a.ruleId === res.ruleId && a.file === file);
    return { ruleId: res.ruleId, file, line, severity, message: res.message.text, allowedBecause: allowance?.reason ?? null };
  }),
);
const high = findings.filter((f) => f.severity === 'HIGH' && !f.allowedBecause);
const summary = {
  input,
  electronVersion,
  findings: findings.length,
  bySeverity: Object.fromEntries(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => [s, findings.filter((f) => f.severity === s).length])),
  high: high.length,
  parseErrors: parseErrors.length,
  details: findings,
};
fs.writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 2));
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.ruleId} ${f.file}:${f.line} ${f.message}${f.allowedBecause ? ` (allowed: ${f.allowedBecause})` : ''}`);
console.log(`Electronegativity on ${input}/: ${findings.length} finding(s), ${high.length} HIGH, ${parseErrors.length} file(s) not parsed.`);
for (const e of parseErrors) console.error(e);
process.exit(high.length > 0 || parseErrors.length > 0 ? 1 : 0);

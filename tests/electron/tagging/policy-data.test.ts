// The committed policy data must be what the generator makes from the shared
// research file, so a change to the research is never half-applied. The
// research file exists only in dev/CI (../shared); the app reads the JSON.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPolicyData, OUTPUT_FILE, renderPolicyData, SOURCE_FILE } from '../../../scripts/build-policy-data';
import type { PolicyData } from '../../../electron/domain/policies/types';

const committed = JSON.parse(fs.readFileSync(OUTPUT_FILE, 'utf8')) as PolicyData;

describe('policy data', () => {
  // Skipped only where ../shared is absent (a packaged checkout); CI and dev machines have it.
  it.skipIf(!fs.existsSync(SOURCE_FILE))('is up to date with ../shared/reference/restricted-vendors.json', () => {
    const research = JSON.parse(fs.readFileSync(SOURCE_FILE, 'utf8')) as Parameters<typeof buildPolicyData>[0];
    expect(fs.readFileSync(OUTPUT_FILE, 'utf8')).toBe(renderPolicyData(buildPolicyData(research)));
  });

  it('keeps a citation, a version and a confidence for every policy, and sources for every brand it matches on', () => {
    for (const p of committed.policies) {
      expect(p.citation.title && p.citation.issuer && p.citation.date && p.citation.url, p.id).toBeTruthy();
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(p.version, p.id).toMatch(/\S/);
      expect(['confirmed', 'reported', 'unsure'], p.id).toContain(p.confidence);
    }
    for (const c of committed.companies) {
      for (const n of c.names) expect(['confirmed', 'reported', 'unsure']).toContain(n.confidence);
    }
    const ezviz = committed.companies.find((c) => c.id === 'hikvision')!.names.find((n) => n.name === 'EZVIZ')!;
    expect(ezviz.sources.length).toBeGreaterThan(0);
  });

  it('compiles every model pattern and matches the research examples', () => {
    for (const c of committed.companies) {
      for (const p of c.modelPatterns) {
        const re = new RegExp(p.regex, p.flags);
        for (const ex of p.examples) expect(re.test(ex), `${p.id} ${ex}`).toBe(true);
      }
    }
  });
});

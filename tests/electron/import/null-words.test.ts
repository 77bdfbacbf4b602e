// A blank-meaning cell ("N/A", "Inconnu", "—") is read as empty. The importer
// skips folding long cells; these tests hold it to the plain definition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../electron/domain/normalise/text';
import { isNullText, NULL_WORDS } from '../../../electron/services/import/rows';

/** The definition: dashes and marks only, or a null word once case, accents and punctuation are folded away. */
const byDefinition = (text: string) => /^[-–—?./\s]*$/.test(text) || NULL_WORDS.has(foldKey(text));

describe('cells that mean "nothing here"', () => {
  it('recognises null words in any case, with accents, spacing or punctuation', () => {
    for (const t of ['N/A', 'n.a.', 'NA', 'None', 'NULL', 'Unknown', 'INCONNU', 'Aucune', 'TBD', 'N/D', 'n. d.', '—', '?', '  n / a  ', 'ÀUCUN']) {
      expect(isNullText(t, null), t).toBe(true);
    }
  });

  it('keeps real values, long and short', () => {
    for (const t of ['DS-2CD2143G0-I', 'AXIS P3245', 'bc:5e:33:57:5a:98', 'Nano', 'NAS', 'none yet', 'UNKNOWN1', 'Inconnue2']) {
      expect(isNullText(t, null), t).toBe(false);
    }
  });

  it('agrees with the definition on arbitrary cells built from null-word letters, digits, accents and punctuation', () => {
    const pieces = fc.constantFrom('n', 'a', 'N', 'A', 'u', 'k', 'o', 'w', 'i', 'c', 'e', 'é', 'È', 'd', 'T', 'B', '0', '7', '/', '.', '-', ' ', '\u00a0', '_', 'ß', 'K', 'unknown', 'inconnu', 'aucune', 'n/a', '\u0301');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }).map((p) => p.join('')), (text) => {
        expect(isNullText(text, null)).toBe(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("honours a vendor's own blank tokens", () => {
    expect(isNullText('[n/s]', { nullTokens: ['[n/a]', '[n/s]'] } as never)).toBe(true);
  });
});

// Generates electron/domain/policies/policy-data.json from the shared research
// file ../shared/reference/restricted-vendors.json. Run after the research
// changes:  node --import tsx scripts/build-policy-data.ts [--check]
//
// The app never reads ../shared (it is not shipped); it reads the committed
// output. Every citation and confidence value is carried over; the few tables
// below are the project's own reading of the research (which policy covers
// which company, which brand names to match, which makers no policy lists).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  ClearMakerDef,
  CompanyDef,
  Confidence,
  Grade,
  ModelGuardDef,
  ModelPatternDef,
  NameEntry,
  OuiBlock,
  PolicyData,
  PolicyDef,
  Source,
  SourceToolDef,
} from '../electron/domain/policies/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_FILE = path.resolve(root, '../shared/reference/restricted-vendors.json');
export const OUTPUT_FILE = path.join(root, 'electron/domain/policies/policy-data.json');

// --- the research file's shape (only the parts read here) ---
interface RawSource { url?: string; title?: string; repo?: string; path?: string; ref?: string; type?: string }
interface RawDirective {
  id: string; jurisdiction: string; title: string; issuing_body: string; legal_basis: string;
  dates: Record<string, string>; covered_companies: string[]; scope: string; confidence: Confidence;
  confidence_notes?: string; sources: RawSource[];
}
interface RawBrand { name: string; entity?: string; relation?: string; time_scope?: string; confidence: Confidence; sources: RawSource[] }
interface RawOui { prefix: string; registry: string; registrant: string; relation: string; status: string; confidence: Confidence }
interface RawPattern { id: string; regex: string; flags?: string; covers?: string; examples: string[]; confidence: Confidence; needs_manufacturer_context?: boolean }
interface RawCompany {
  id: string; legal_name: string; local_names: string[]; aliases: string[]; listed_under: string[];
  brands: RawBrand[]; oem_brands: RawBrand[]; oui: RawOui[]; model_patterns: RawPattern[];
  detection_notes: string[]; oui_exclusions?: { prefix: string; registrant: string; reason: string }[];
}
interface RawLookalike { id: string; legal_name: string; aliases?: string[]; note: string; oui?: RawOui[]; confidence: Confidence; sources: RawSource[] }
interface RawFormat { id: string; tool: string; vendor: string; confidence: Confidence }
interface RawResearch {
  schema_version: number; generated: string; directives: RawDirective[]; companies: RawCompany[];
  not_listed_lookalikes: RawLookalike[]; inventory_formats: RawFormat[];
  oui_package: { recommended: { name: string; version: string } };
}

// --- the project's reading: which policy is built from which directive ---
interface PolicyPlan {
  /** Short enough to repeat in every evidence item; the directive's full title stays in PolicyDef.title. */
  citationTitle: string;
  id: string; name: string; jurisdiction: string; issuer: string; directiveIds: string[]; dateKey: string;
  kind: 'binding' | 'guidance'; activeByDefault: boolean; revision: number;
  covers: { company: string; confidence: Confidence; note?: string }[];
}
const ALL_FIVE = ['huawei', 'zte', 'hytera', 'hikvision', 'dahua'].map((company) => ({ company, confidence: 'confirmed' as const }));
const POLICY_PLANS: PolicyPlan[] = [
  {
    citationTitle: 'Order under the Investment Canada Act, s. 25.4(1): Hikvision Canada to wind up; federal bar on buying or using Hikvision products',
    id: 'ca-federal-2025', name: 'Canada (federal): order on Hikvision under the Investment Canada Act', jurisdiction: 'CA',
    issuer: 'Governor in Council (announced by the Minister of Industry)', directiveIds: ['CA-ICA-2025-HIKVISION'], dateKey: 'order',
    kind: 'binding', activeByDefault: true, revision: 1,
    covers: [{ company: 'hikvision', confidence: 'confirmed', note: 'Hikvision and its subsidiaries and brands; federal departments, agencies and Crown corporations must not buy or use Hikvision products.' }],
  },
  {
    citationTitle: 'Ministerial order of the Ministère de la Cybersécurité et du Numérique on Hikvision equipment in Quebec public bodies',
    id: 'qc-2023', name: 'Quebec: ministerial order on Hikvision equipment in public bodies', jurisdiction: 'CA-QC',
    issuer: 'Ministère de la Cybersécurité et du Numérique du Québec', directiveIds: ['CA-QC-MCN-2023'], dateKey: 'published',
    kind: 'binding', activeByDefault: false, revision: 1,
    covers: [
      { company: 'hikvision', confidence: 'confirmed' },
      { company: 'dahua', confidence: 'reported', note: 'Dahua coverage is reported by the Journal de Montréal only.' },
    ],
  },
  {
    citationTitle: 'FCC Public Notice DA 21-309 (Covered List) and Report and Order FCC 22-84',
    id: 'us-fcc-covered', name: 'United States: FCC Covered List', jurisdiction: 'US',
    issuer: 'Federal Communications Commission', directiveIds: ['US-FCC-COVERED-LIST-2021', 'US-FCC-22-84'], dateKey: 'published',
    kind: 'binding', activeByDefault: false, revision: 1, covers: ALL_FIVE,
  },
  {
    citationTitle: 'John S. McCain NDAA for FY2019, Pub. L. 115-232, s. 889',
    id: 'us-ndaa-889', name: 'United States: NDAA FY2019 section 889', jurisdiction: 'US',
    issuer: 'U.S. Congress (Pub. L. 115-232)', directiveIds: ['US-NDAA-FY2019-889'], dateKey: 'enacted',
    kind: 'binding', activeByDefault: false, revision: 1, covers: ALL_FIVE,
  },
  {
    citationTitle: 'Written ministerial statement of 24 Nov 2022 on visual surveillance systems on the government estate',
    id: 'uk-2022', name: 'United Kingdom: statement on visual surveillance systems on sensitive sites (guidance)', jurisdiction: 'UK',
    issuer: 'Cabinet Office (Chancellor of the Duchy of Lancaster)', directiveIds: ['UK-WMS-2022-11-24'], dateKey: 'statement',
    kind: 'guidance', activeByDefault: false, revision: 1,
    covers: ['hikvision', 'dahua'].map((company) => ({ company, confidence: 'reported' as const, note: 'The statement names no company; Hikvision and Dahua are the accepted reading.' })),
  },
  {
    citationTitle: 'Removal of Hikvision and Dahua cameras from Australian government sites, Feb 2023',
    id: 'au-2023', name: 'Australia: removal of Hikvision and Dahua cameras from government sites', jurisdiction: 'AU',
    issuer: 'Minister for Defence (Commonwealth of Australia)', directiveIds: ['AU-2023-GOV-CAMERAS'], dateKey: 'announced',
    kind: 'binding', activeByDefault: false, revision: 1,
    covers: ['hikvision', 'dahua'].map((company) => ({ company, confidence: 'confirmed' as const })),
  },
];

// --- which words of a brand entry to match on (the research names are prose) ---
const BRAND_MATCH_NAMES: Record<string, string[]> = {
  'Hik-Connect / HikCentral / iVMS-4200 / SADP': [], // software names: a source tool, not a maker
  'Prama Hikvision India': ['Prama Hikvision', 'Prama Hikvision India'],
  'Lechange (乐橙)': ['Lechange', '乐橙'],
  'Dahua Huaray (machine vision)': ['Dahua Huaray', 'Huaray'],
  'Huawei SDC / HoloSens cameras (IPC6000, M, X series)': ['Huawei SDC', 'HoloSens'],
  'LTS (LT Security)': ['LTS', 'LT Security'],
  'Interlogix / TruVision (UTC/Carrier)': ['Interlogix', 'TruVision'],
  'Honeywell (Performance series, pre-2021)': ['Honeywell Performance'],
  'Lorex (2018-2022 as subsidiary; also OEM seller)': ['Lorex'],
  'Intelbras (Brazil)': ['Intelbras'],
  'CP Plus (Aditya Infotech, India)': ['CP Plus', 'CP-Plus', 'Aditya Infotech'],
  Imou: ['Imou', 'Huacheng'],
};
function matchNames(name: string): string[] {
  return BRAND_MATCH_NAMES[name] ?? name.split(' / ').map((s) => s.replace(/\s*\([^)]*\)/g, '').trim()).filter(Boolean);
}

// --- makers no policy lists (project data): a device consistently made by one is clear ---
const UNLISTED_MAKERS: Omit<ClearMakerDef, 'kind' | 'oui' | 'sources' | 'confidence'>[] = [
  { id: 'axis', name: 'Axis Communications', names: ['Axis', 'Axis Communications'] },
  { id: 'bosch', name: 'Bosch Security Systems', names: ['Bosch', 'Robert Bosch', 'Bosch Security Systems', 'Bosch Sicherheitssysteme'] },
  { id: 'hanwha', name: 'Hanwha Vision', names: ['Hanwha', 'Hanwha Vision', 'Hanwha Techwin', 'Samsung Techwin', 'Wisenet', 'Samsung Wisenet'] },
  { id: 'avigilon', name: 'Avigilon (Motorola Solutions)', names: ['Avigilon', 'Avigilon Alta'] },
  { id: 'i-pro', name: 'i-PRO (formerly Panasonic security)', names: ['i-PRO', 'iPRO', 'Panasonic i-PRO', 'Panasonic'] },
  { id: 'mobotix', name: 'Mobotix', names: ['Mobotix'] },
  { id: 'vivotek', name: 'Vivotek', names: ['Vivotek'] },
  { id: 'pelco', name: 'Pelco', names: ['Pelco'] },
  { id: 'sony', name: 'Sony', names: ['Sony'] },
  { id: 'canon', name: 'Canon', names: ['Canon'] },
  { id: 'verkada', name: 'Verkada', names: ['Verkada'] },
  { id: 'ubiquiti', name: 'Ubiquiti', names: ['Ubiquiti', 'UniFi'] },
  { id: 'cisco', name: 'Cisco', names: ['Cisco', 'Cisco Systems', 'Meraki'] },
  { id: 'genetec', name: 'Genetec', names: ['Genetec'] },
  { id: 'milestone', name: 'Milestone Systems', names: ['Milestone', 'Milestone Systems'] },
];
const PROJECT_SOURCE: Source = { title: 'Project list of camera makers named by no policy in the rule set' };

// Name collisions noted by the research (restricted-vendors.md, "Look-alikes that are NOT listed").
const EXTRA_LOOKALIKES: ClearMakerDef[] = [
  { id: 'dahua-scale', name: 'Shanghai Dahua Scale Factory', names: ['Shanghai Dahua Scale Factory', 'Dahua Scale'], kind: 'lookalike', oui: ['402C761'], confidence: 'confirmed', note: "An unrelated scale maker sharing the word 'Dahua'; not Dahua Technology.", sources: [] },
  { id: 'jorex-lorex', name: 'Jorex Lorex India', names: ['Jorex Lorex', 'Jorex Lorex India'], kind: 'lookalike', oui: [], confidence: 'confirmed', note: 'Name collision in the IEEE registry; not Lorex.', sources: [] },
  { id: 'ztec', name: 'ZTEC Instruments', names: ['ZTEC', 'ZTEC Instruments'], kind: 'lookalike', oui: [], confidence: 'confirmed', note: 'Name collision; not ZTE.', sources: [] },
  { id: 'zhongxinghui', name: 'Hangzhou Zhongxinghui Intelligent Technology', names: ['Zhongxinghui', 'Hangzhou Zhongxinghui'], kind: 'lookalike', oui: ['F8EFB1'], confidence: 'confirmed', note: 'Name similarity only; not ZTE.', sources: [] },
  { id: 'wuxi-zhongxing', name: 'Wuxi Zhongxing Optoelectronics Technology', names: ['Wuxi Zhongxing', 'Wuxi Zhongxing Optoelectronics'], kind: 'lookalike', oui: ['0041B4'], confidence: 'confirmed', note: 'Name similarity only; not ZTE.', sources: [] },
];
const LOOKALIKE_NAMES: Record<string, string[]> = {
  uniview: ['Uniview', 'UNV', 'Uniarch', 'Zhejiang Uniview', 'Zhejiang Uniview Technologies'],
  honor: ['Honor', 'Honor Device'],
  h3c: ['H3C', 'New H3C', 'New H3C Technologies', 'Hangzhou H3C Technologies'],
};

// Model shapes that resemble a listed company's but are not (restricted-vendors.md section 4, pitfalls).
const MODEL_GUARDS: ModelGuardDef[] = [
  { id: 'guard-uniview-ipc', regex: '^IPC\\d{3,4}[A-Z]', flags: 'i', looksLike: 'dahua', actually: 'uniview', note: "Uniview model shape (IPC + digits, no hyphen); 'IPC-' alone is not Dahua." },
  { id: 'guard-uniview-nvr', regex: '^NVR3\\d{2}-', flags: 'i', looksLike: 'dahua', actually: 'uniview', note: 'Uniview recorder shape (NVR30x/31x then a hyphen); Dahua NVRs have four digits.' },
  { id: 'guard-cisco-mds', regex: '^DS-[CX]\\d', flags: 'i', looksLike: 'hikvision', actually: 'cisco', note: "Cisco MDS part number (DS-C / DS-X); 'DS-' alone is not Hikvision." },
  { id: 'guard-synology', regex: '^(?:DS|RS)\\d{3,4}', flags: 'i', looksLike: 'hikvision', actually: 'synology', note: "Synology NAS model (DS without a hyphen); not Hikvision." },
];

// Patterns whose hit points at a brand sold off or relabelled, not at the maker itself.
const PATTERN_GRADE: Record<string, Grade> = { imou: 'review', 'dahua-oem-color': 'relabel' };

function sources(raw: RawSource[] | undefined): Source[] {
  return (raw ?? []).map((s) => {
    const out: Source = { title: s.title ?? s.ref ?? s.url ?? 'untitled' };
    if (s.url) out.url = s.url;
    if (s.repo) out.repo = s.repo;
    if (s.path) out.path = s.path;
    if (s.ref) out.ref = s.ref;
    return out;
  });
}

// Lechange is the Chinese-market name of Imou, whose operating company Dahua sold in 2025: as time-scoped as Imou.
const TIME_SCOPED_BRANDS = new Set(['Lechange (乐橙)']);

function brandGrade(b: RawBrand): Grade {
  return b.confidence === 'confirmed' && !b.time_scope && !TIME_SCOPED_BRANDS.has(b.name) ? 'maker' : 'review';
}

function ouiGrade(status: string): Grade {
  return status.startsWith('restricted') ? 'maker' : 'review';
}

function buildCompany(c: RawCompany): { company: CompanyDef; lookalikes: ClearMakerDef[] } {
  const names: NameEntry[] = [];
  const lookalikes: ClearMakerDef[] = [];
  const brandNames = new Set(c.brands.flatMap((b) => matchNames(b.name)).map((n) => n.toLowerCase()));
  names.push({ name: c.legal_name, kind: 'legal', grade: 'maker', confidence: 'confirmed', sources: [] });
  for (const a of c.aliases) {
    if (!brandNames.has(a.toLowerCase())) names.push({ name: a, kind: 'alias', grade: 'maker', confidence: 'confirmed', sources: [] });
  }
  for (const l of c.local_names) names.push({ name: l, kind: 'local', grade: 'maker', confidence: 'confirmed', sources: [] });
  for (const b of c.brands) {
    if (b.relation?.startsWith('NOT covered')) {
      lookalikes.push({ id: b.name.toLowerCase(), name: b.name, names: LOOKALIKE_NAMES[b.name.toLowerCase()] ?? [b.name], kind: 'lookalike', oui: [], confidence: b.confidence, note: b.relation, sources: sources(b.sources) });
      continue;
    }
    const base = { grade: brandGrade(b), confidence: b.confidence, relation: b.relation, timeScope: b.time_scope, sources: sources(b.sources) };
    for (const n of matchNames(b.name)) names.push({ name: n, kind: 'brand', ...base });
    if (b.entity) for (const e of b.entity.split(' / ')) names.push({ name: e.replace(/\s*\([^)]*\)/g, '').trim(), kind: 'entity', ...base });
  }
  const unmatchedOemBrands: CompanyDef['unmatchedOemBrands'] = [];
  for (const o of c.oem_brands) {
    // 'unsure' relabel lists name whole brands for "some models": too broad to match on.
    if (o.confidence === 'unsure') {
      unmatchedOemBrands.push({ name: o.name, confidence: o.confidence });
      continue;
    }
    for (const n of matchNames(o.name)) names.push({ name: n, kind: 'oem', grade: 'relabel', confidence: o.confidence, relation: `OEM relabel of ${c.id}`, sources: sources(o.sources) });
  }
  const blocks = new Map<string, OuiBlock>();
  for (const o of c.oui) {
    const key = [o.registrant, o.relation, o.status, o.confidence].join('\u0000');
    const block = blocks.get(key) ?? { registrant: o.registrant, relation: o.relation, grade: ouiGrade(o.status), status: o.status, confidence: o.confidence, prefixes: [] };
    block.prefixes.push(o.prefix.toUpperCase());
    blocks.set(key, block);
  }
  const oui = [...blocks.values()];
  const modelPatterns: ModelPatternDef[] = c.model_patterns.map((p) => ({
    id: p.id, regex: p.regex, flags: p.flags ?? 'i', covers: p.covers, examples: p.examples, confidence: p.confidence,
    grade: PATTERN_GRADE[p.id] ?? (p.confidence === 'unsure' ? 'review' : 'maker'),
    needsManufacturerContext: p.needs_manufacturer_context === true,
    appliesTo: p.id.endsWith('-serial') ? 'serial' : 'model',
  }));
  return {
    company: {
      id: c.id, legalName: c.legal_name, names, unmatchedOemBrands, oui, ouiExclusions: c.oui_exclusions ?? [],
      modelPatterns, detectionNotes: c.detection_notes, listedUnder: c.listed_under,
    },
    lookalikes,
  };
}

function buildPolicy(plan: PolicyPlan, research: RawResearch): PolicyDef {
  const directives = plan.directiveIds.map((id) => {
    const d = research.directives.find((x) => x.id === id);
    if (!d) throw new Error(`Directive ${id} is missing from ${SOURCE_FILE}.`);
    return d;
  });
  const main = directives[0];
  const date = main.dates[plan.dateKey];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) throw new Error(`Directive ${main.id} has no ISO date under "${plan.dateKey}".`);
  const allSources = directives.flatMap((d) => sources(d.sources));
  const first = allSources.find((s) => s.url);
  if (!first?.url) throw new Error(`Directive ${main.id} has no source URL to cite.`);
  return {
    id: plan.id, name: plan.name, jurisdiction: plan.jurisdiction, issuer: plan.issuer, date,
    version: `${research.generated}.${plan.revision}`, kind: plan.kind, activeByDefault: plan.activeByDefault,
    covers: plan.covers, scope: directives.map((d) => d.scope).join(' '),
    title: main.title, legalBasis: directives.map((d) => d.legal_basis).join('; '),
    citation: { title: plan.citationTitle, issuer: plan.issuer, date, url: first.url },
    sources: allSources, directiveIds: plan.directiveIds, confidence: main.confidence,
    confidenceNotes: directives.map((d) => d.confidence_notes).filter(Boolean).join(' ') || undefined,
  };
}

function buildSourceTools(research: RawResearch): SourceToolDef[] {
  const out: SourceToolDef[] = [];
  for (const f of research.inventory_formats) {
    if (f.id.startsWith('hikvision-sadp')) {
      out.push({ id: f.id, tool: f.tool, company: 'hikvision', grade: 'maker', confidence: f.confidence, note: "Row from a Hikvision SADP export: only devices running Hikvision firmware (Hikvision and its OEM relabels) answer SADP." });
    } else if (f.id === 'dahua-configtool') {
      out.push({ id: f.id, tool: f.tool, company: 'dahua', grade: 'review', confidence: f.confidence, note: 'Row from a Dahua ConfigTool export: the device answered Dahua discovery (Dahua and its OEM relabels); the export format is unverified.' });
    } else if (f.id === 'hikvision-ivms4200-import') {
      out.push({ id: f.id, tool: f.tool, company: 'hikvision', grade: 'note', confidence: f.confidence, note: 'Row from an iVMS-4200 device list: that client also manages other makers’ devices, so this alone says little.' });
    }
  }
  return out;
}

export function buildPolicyData(research: RawResearch): PolicyData {
  const companies: CompanyDef[] = [];
  const lookalikes: ClearMakerDef[] = [];
  for (const c of research.companies) {
    const built = buildCompany(c);
    companies.push(built.company);
    lookalikes.push(...built.lookalikes);
  }
  for (const l of research.not_listed_lookalikes) {
    if (lookalikes.some((x) => x.id === l.id)) continue;
    const names = LOOKALIKE_NAMES[l.id] ?? [l.legal_name, ...(l.aliases ?? [])];
    lookalikes.push({ id: l.id, name: l.legal_name, names, kind: 'lookalike', note: l.note, oui: (l.oui ?? []).map((o) => o.prefix.toUpperCase()), confidence: l.confidence, sources: sources(l.sources) });
  }
  const unlisted: ClearMakerDef[] = UNLISTED_MAKERS.map((m) => ({ ...m, kind: 'unlisted', oui: [], confidence: 'confirmed', sources: [PROJECT_SOURCE] }));
  const body: Omit<PolicyData, 'ruleSetVersion'> = {
    schema: 1,
    source: { file: 'restricted-vendors.json', generated: research.generated, schemaVersion: research.schema_version },
    ouiSnapshot: { package: research.oui_package.recommended.name, version: research.oui_package.recommended.version },
    policies: POLICY_PLANS.map((p) => buildPolicy(p, research)),
    companies,
    clearMakers: [...unlisted, ...lookalikes.map((l) => ({ ...l, sources: l.sources.length ? l.sources : [PROJECT_SOURCE] })), ...EXTRA_LOOKALIKES.map((l) => ({ ...l, sources: [PROJECT_SOURCE] }))],
    modelGuards: MODEL_GUARDS,
    sourceTools: buildSourceTools(research),
  };
  const hash = crypto.createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 8);
  const { schema, ...rest } = body;
  return { schema, ruleSetVersion: `${research.generated}-${hash}`, ...rest } satisfies PolicyData;
}

export function renderPolicyData(data: PolicyData): string {
  return JSON.stringify(data, null, 1) + '\n';
}

function main(): void {
  if (!fs.existsSync(SOURCE_FILE)) {
    console.error(`${SOURCE_FILE} not found: run this from the project with ../shared beside it.`);
    process.exitCode = 1;
    return;
  }
  const research = JSON.parse(fs.readFileSync(SOURCE_FILE, 'utf8')) as RawResearch;
  const text = renderPolicyData(buildPolicyData(research));
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUTPUT_FILE) ? fs.readFileSync(OUTPUT_FILE, 'utf8') : '';
    if (current !== text) {
      console.error(`${path.relative(root, OUTPUT_FILE)} is out of date: run node --import tsx scripts/build-policy-data.ts`);
      process.exitCode = 1;
    }
    return;
  }
  fs.writeFileSync(OUTPUT_FILE, text);
  console.error(`Wrote ${path.relative(root, OUTPUT_FILE)} (${text.length} bytes).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

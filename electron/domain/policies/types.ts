// Shape of electron/domain/policies/policy-data.json: the rule set as versioned
// data, generated from the shared research file by scripts/build-policy-data.ts.
// The app reads only the committed JSON; nothing here is fetched at run time
// (the citation URLs are references for the reader, never requested).

export type Confidence = 'confirmed' | 'reported' | 'unsure';

export interface Source {
  title: string;
  url?: string;
  repo?: string;
  path?: string;
  ref?: string;
}

export interface PolicyCitation {
  title: string;
  issuer: string;
  date: string;
  url: string;
}

export interface PolicyCoverage {
  company: string;
  /** How sure the research is that this policy covers this company. */
  confidence: Confidence;
  note?: string;
}

export interface PolicyDef {
  id: string;
  name: string;
  /** The directive's full title as the research gives it. */
  title: string;
  legalBasis: string;
  jurisdiction: string;
  issuer: string;
  /** Effective or publication date, ISO. */
  date: string;
  version: string;
  /** 'binding' names companies; 'guidance' names none and only informs review. */
  kind: 'binding' | 'guidance';
  activeByDefault: boolean;
  covers: PolicyCoverage[];
  scope: string;
  citation: PolicyCitation;
  /** Every source the research gives, primary first. */
  sources: Source[];
  directiveIds: string[];
  confidence: Confidence;
  confidenceNotes?: string;
}

/**
 * How a name, brand or prefix bears on the decision:
 * maker   — the company itself, a subsidiary or confirmed brand: can make a device restricted;
 * review  — a brand only reported, time-scoped or unsure: sends the device to review;
 * relabel — an OEM that sells the company's hardware under its own name: review unless corroborated.
 */
export type Grade = 'maker' | 'review' | 'relabel';

export interface NameEntry {
  /** Text as written in the source; the matcher normalises it. */
  name: string;
  kind: 'legal' | 'alias' | 'local' | 'brand' | 'entity' | 'oem';
  grade: Grade;
  confidence: Confidence;
  relation?: string;
  timeScope?: string;
  sources: Source[];
}

/** MAC blocks of one registrant; the registry (MA-L/MA-M/MA-S) follows from the prefix length (6/7/9). */
export interface OuiBlock {
  registrant: string;
  relation: string;
  grade: Grade;
  status: string;
  confidence: Confidence;
  /** Upper-case hex, 6 (MA-L), 7 (MA-M) or 9 (MA-S) digits. */
  prefixes: string[];
}

export interface ModelPatternDef {
  id: string;
  regex: string;
  flags: string;
  covers?: string;
  examples: string[];
  confidence: Confidence;
  grade: Grade;
  needsManufacturerContext: boolean;
  /** Serial patterns capture the embedded model in group 1. */
  appliesTo: 'model' | 'serial';
}

export interface CompanyDef {
  id: string;
  legalName: string;
  names: NameEntry[];
  /** OEM brands the research lists but too uncertain to match on (kept for the reader). */
  unmatchedOemBrands: { name: string; confidence: Confidence }[];
  oui: OuiBlock[];
  ouiExclusions: { prefix: string; registrant: string; reason: string }[];
  modelPatterns: ModelPatternDef[];
  detectionNotes: string[];
  /** Directive ids in the research that name this company. */
  listedUnder: string[];
}

/** A maker that no policy lists; a device consistently made by one is clear. */
export interface ClearMakerDef {
  id: string;
  name: string;
  names: string[];
  /** 'lookalike' makers are kept apart because their names or models resemble a listed company's. */
  kind: 'unlisted' | 'lookalike';
  note?: string;
  oui: string[];
  confidence: Confidence;
  sources: Source[];
}

export interface ModelGuardDef {
  id: string;
  regex: string;
  flags: string;
  looksLike: string;
  actually: string;
  note: string;
}

export interface SourceToolDef {
  id: string;
  tool: string;
  company: string;
  grade: Grade | 'note';
  confidence: Confidence;
  note: string;
}

export interface PolicyData {
  schema: 1;
  ruleSetVersion: string;
  source: { file: string; generated: string; schemaVersion: number };
  ouiSnapshot: { package: string; version: string };
  policies: PolicyDef[];
  companies: CompanyDef[];
  clearMakers: ClearMakerDef[];
  modelGuards: ModelGuardDef[];
  sourceTools: SourceToolDef[];
}

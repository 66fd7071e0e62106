/**
 * What each published exposure index is, for people: its name, authors, year, what it measures,
 * its scale and how to cite it. Facts come from each ../shared/data/ai_exposure/*\/PROVENANCE.md;
 * storage keys such as `daioe_lngmod` stay in the database and in CSV key columns only.
 */
export interface IndexDescription {
  /** The storage key (`exposure_index.index_name`). */
  key: string;
  /** Human name shown wherever the index is named. */
  label: string;
  /** A few words for axis titles, where the full name would be clipped. */
  short: string;
  authors: string;
  /** Publication year or vintage, as the source states it. */
  year: string;
  measures: string;
  scale: string;
  citation: string;
  /** Why its agreement with the model reads the way it does, where that needs saying. */
  caveat?: string;
}

const DAIOE_CITATION =
  'Lodefalk, M., Engberg, E. et al., DAIOE: Dynamic AI Occupational Exposure, v1.0.0, DOI 10.5281/zenodo.21873968 (CC BY 4.0; the DOI was reserved before publication).';
const DAIOE_SCALE =
  'Unbounded score per year (higher = more exposed; it grows as AI benchmarks improve), so it is compared by rank; the latest year, 2023, is used.';
const DAIOE_BASE =
  'AI-benchmark progress mapped onto occupational abilities through Felten et al.’s application–ability matrix, year by year';

const KNOWN: readonly IndexDescription[] = [
  {
    key: 'frey_osborne_2013',
    label: 'Frey & Osborne probability of computerisation',
    short: 'Frey & Osborne probability',
    authors: 'C.B. Frey and M.A. Osborne (Oxford Martin School)',
    year: '2013 (journal version 2017)',
    measures:
      'The probability that an occupation’s work can be computerised, estimated from 70 occupations the authors hand-labelled as automatable or not.',
    scale: 'Probability, 0–1, for 702 SOC 2010 occupations.',
    citation:
      'Frey, C.B. & Osborne, M.A. (2013), The Future of Employment: How Susceptible Are Jobs to Computerisation?, Oxford Martin School working paper; published 2017 in Technological Forecasting and Social Change 114:254–280.',
    caveat:
      'It correlates negatively with the model because it measures a different construct: computerisation of routine work, highest for clerical, production and transport jobs. LLM exposure is highest for writing- and information-heavy, often graduate, work, which Frey & Osborne mostly rated as hard to computerise.',
  },
  {
    key: 'ilo_gmyrek_2023',
    label: 'ILO generative-AI exposure (Gmyrek, Berg & Bescond)',
    short: 'ILO exposure score',
    authors: 'P. Gmyrek, J. Berg and D. Bescond (International Labour Organization)',
    year: '2023',
    measures: 'The mean GPT-4-rated exposure of an occupation’s tasks to generative AI.',
    scale: 'Mean task score, 0–1, for ISCO-08 unit groups (reached through ISCO-08 → SOC 2010 → SOC 2018).',
    citation:
      'Gmyrek, P., Berg, J. & Bescond, D. (2023), Generative AI and Jobs: A global analysis of potential effects on job quantity and quality, ILO Working Paper 96.',
  },
  {
    key: 'daioe_allapps',
    label: 'DAIOE: all AI applications',
    short: 'DAIOE all applications',
    authors: 'M. Lodefalk, E. Engberg et al.',
    year: '2010–2023 series (v1.0.0)',
    measures: `${DAIOE_BASE}: the aggregate over all nine AI capability subdomains (games, image, reading, language, translation, speech…).`,
    scale: DAIOE_SCALE,
    citation: DAIOE_CITATION,
  },
  {
    key: 'daioe_genai',
    label: 'DAIOE: generative AI',
    short: 'DAIOE generative AI',
    authors: 'M. Lodefalk, E. Engberg et al.',
    year: '2010–2023 series (v1.0.0)',
    measures: `${DAIOE_BASE}: the generative-AI composite of the subdomains.`,
    scale: DAIOE_SCALE,
    citation: DAIOE_CITATION,
  },
  {
    key: 'daioe_lngmod',
    label: 'DAIOE: language modelling',
    short: 'DAIOE language modelling',
    authors: 'M. Lodefalk, E. Engberg et al.',
    year: '2010–2023 series (v1.0.0)',
    measures: `${DAIOE_BASE}: the language-modelling subdomain alone.`,
    scale: DAIOE_SCALE,
    citation: DAIOE_CITATION,
  },
  {
    key: 'anthropic_observed_exposure',
    label: 'Anthropic observed exposure (Economic Index)',
    short: 'Anthropic observed exposure',
    authors: 'Anthropic',
    year: 'labor-market-impacts release (mirrored 2026)',
    measures:
      'Observed exposure: how much of an occupation’s work shows up in real Claude conversations, i.e. actual AI use rather than a rating of what AI could do.',
    scale: 'Share, 0–1, for 756 SOC 2018 occupations.',
    citation:
      'Anthropic, Anthropic Economic Index (Hugging Face dataset Anthropic/EconomicIndex), labor_market_impacts/job_exposure.csv; its first release accompanies Handa et al. (2025), Which Economic Tasks are Performed with AI? Evidence from Millions of Claude Conversations, arXiv:2503.04761.',
  },
  {
    key: 'nesta_sml_risk',
    label: 'Nesta automation risk (machine-learning suitability)',
    short: 'Nesta SML risk (1–5)',
    authors: 'Nesta (Mapping Career Causeways), from ratings by E. Brynjolfsson, T. Mitchell and D. Rock',
    year: '2021 (ratings 2018)',
    measures:
      'How suitable an occupation’s tasks are for machine learning (SML), weighted by task importance: a risk of automation by machine learning, not by LLMs specifically.',
    scale: 'Risk, 1–5, for ISCO-08 unit groups (reached through ISCO-08 → SOC 2010 → SOC 2018).',
    citation:
      'Nesta, Mapping Career Causeways (2021), supplementary automation-risk data; from Brynjolfsson, E., Mitchell, T. & Rock, D. (2018), What Can Machines Learn, and What Does It Mean for Occupations and the Economy?, AEA Papers and Proceedings 108:43–47.',
  },
];

const BY_KEY = new Map(KNOWN.map((d) => [d.key, d]));

/** Turns an uploaded index's key into words: `acme_ai_score` → "Acme ai score". */
function humanise(key: string): string {
  const words = key.replace(/_+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/**
 * The description of an index by its storage key. Custom (uploaded) indices have no published
 * facts, so they get a humanised name and say that they were uploaded.
 */
export function describeIndex(key: string): IndexDescription {
  return (
    BY_KEY.get(key) ?? {
      key,
      label: `${humanise(key)} (uploaded index)`,
      short: humanise(key),
      authors: 'Not stated (uploaded by an administrator)',
      year: 'Not stated',
      measures: 'A custom index uploaded through the data page; its provenance is not recorded here.',
      scale: 'As uploaded.',
      citation: 'Not stated.',
    }
  );
}

/** The human name of an index by its storage key. */
export function indexLabel(key: string): string {
  return describeIndex(key).label;
}

/** Every index with published facts, in the order the page lists them. */
export const KNOWN_INDICES: readonly IndexDescription[] = KNOWN;

/**
 * An import run's file as people read it: DAIOE's one file loads three indices, so its runs are
 * named `file [index key]`; the key is shown by its index's name.
 */
export function importFileLabel(file: string): string {
  return file.replace(/ \[([a-z][a-z0-9_]*)\]$/, (whole, key: string) =>
    BY_KEY.has(key) ? ` [${indexLabel(key)}]` : whole,
  );
}

import { SORT_KEYS } from '../analytics/filter';
import { OCCUPATION_SORT_KEYS, SECTOR_SORT_KEYS, signedKeys } from '../analytics/industry-sort';
import { HORIZON_MAX, HORIZON_MIN, PRESETS } from '../analytics/scenario/inputs';
import { VIEWS } from '../views/registry';
import { SCENARIO_SORT_KEYS } from '../views/scenario-filters';

const q = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const ok = (description: string, schema: Record<string, unknown> = { type: 'object' }) => ({
  200: { description, content: { 'application/json': { schema } } },
  400: { description: 'A parameter is invalid; the body names it.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  503: {
    description: 'The database is unavailable or timed out (cause names why); retry after Retry-After seconds.',
    headers: { 'Retry-After': { schema: { type: 'integer' } } },
    content: { 'application/json': { schema: { $ref: '#/components/schemas/DatabaseUnavailable' } } },
  },
});

const filters = [
  q('q', 'Search titles and task text (case- and plural-tolerant)'),
  q('group', 'Two-digit SOC major group, e.g. 15', { type: 'string', pattern: '^\\d{2}$' }),
  q('jobZone', 'O*NET job zone 1–5', { type: 'integer', minimum: 1, maximum: 5 }),
  q('minExposure', 'Lowest exposure score (0–1)', { type: 'number', minimum: 0, maximum: 1 }),
  q('maxExposure', 'Highest exposure score (0–1)', { type: 'number', minimum: 0, maximum: 1 }),
  q('minWage', 'Lowest median annual wage (USD)', { type: 'number', minimum: 0 }),
  q('maxWage', 'Highest median annual wage (USD)', { type: 'number', minimum: 0 }),
  q('minEmployment', 'Fewest workers in the occupation\'s SOC code (shared with any other O*NET occupation there)', { type: 'number', minimum: 0 }),
  q('maxEmployment', 'Most workers in the occupation\'s SOC code', { type: 'number', minimum: 0 }),
  q('sort', 'Sort key; prefix with - for descending. Default: relevance when q is given (title coder, typed codes, then lexical), else -employment', {
    type: 'string', enum: [...SORT_KEYS.flatMap((k) => [k, `-${k}`]), 'relevance'],
  }),
  q('page', 'Page number from 1', { type: 'integer', minimum: 1, default: 1 }),
  q('pageSize', 'Rows per page', { type: 'integer', minimum: 1, maximum: 200, default: 25 }),
];

const NAICS_PATTERN = '^\\d{2}(-\\d{2})?$';
const industrySort = q('sort', 'Sector ranking; prefix with - for descending', { type: 'string', enum: signedKeys(SECTOR_SORT_KEYS), default: '-exposure' });
const sectorPath = { name: 'sector', in: 'path', required: true, schema: { type: 'string', pattern: NAICS_PATTERN }, description: 'NAICS sector as OEWS writes it, e.g. 51 or 31-33' };
const industryOccupationParams = [
  q('sort', 'Occupation ranking; prefix with - for descending', { type: 'string', enum: signedKeys(OCCUPATION_SORT_KEYS), default: '-exposedWorkers' }),
  q('page', 'Page number from 1', { type: 'integer', minimum: 1, default: 1 }),
  q('pageSize', 'Rows per page', { type: 'integer', minimum: 1, maximum: 200, default: 50 }),
];

const scenarioParams = [
  q('preset', 'Start from a preset; explicit inputs override its values (default: central)', { type: 'string', enum: PRESETS.map((p) => p.id) }),
  q('horizon', 'Year the scenario is read at', { type: 'integer', minimum: HORIZON_MIN, maximum: HORIZON_MAX }),
  q('adoption', 'a: % of exposed task time where AI is in use by the horizon', { type: 'number', minimum: 0, maximum: 100 }),
  q('substitution', 's: % of automation-mode exposed time removed from human work', { type: 'number', minimum: 0, maximum: 100 }),
  q('productivity', 'p: % of augmentation-mode exposed time saved', { type: 'number', minimum: 0, maximum: 100 }),
  q('demand', 'd: share of time saved that becomes more output rather than fewer hours', { type: 'number', minimum: 0, maximum: 1 }),
  q('sort', 'Occupation ranking; prefix with - for descending', { type: 'string', enum: SCENARIO_SORT_KEYS.flatMap((k) => [k, `-${k}`]), default: 'change' }),
];

/** The OpenAPI 3.1 description of every route under /api served by the dashboard. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'Taskshift API', version: '1.0.0', description: 'AI exposure of US occupations, employment and skills. All responses are JSON except CSV exports.' },
    paths: {
      '/api/occupations': { get: { summary: 'Search and filter occupations', parameters: filters, responses: ok('{ items (each with employmentCode, socEmployment, sharedWith: its SOC code\'s whole workers, shared), total, workers (each SOC code once), page, pageSize }') } },
      '/api/occupations/{code}': {
        get: {
          summary: 'One occupation with tasks, scores, published indices, skills, employment, reskilling paths and similar occupations',
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{2}-\\d{4}\\.\\d{2}$' }, description: 'O*NET-SOC 2019 code, e.g. 13-2011.00' }],
          responses: { ...ok('The occupation'), 404: { description: 'No current occupation with that code' } },
        },
      },
      '/api/employment': {
        get: {
          summary: 'Employment 2012–2024 by exposure quintile or SOC major group, indexed series, top-quintile share and dissimilarity index',
          parameters: [q('groupBy', 'Grouping', { type: 'string', enum: ['quintile', 'majorGroup'], default: 'quintile' })],
          responses: ok('Series by group'),
        },
      },
      '/api/skills/shift': { get: { summary: 'Skill shift O*NET 23.x → 30.1 (period: releases and OEWS years compared), each change split into ratings, mix, interaction and coverage parts, with its standard error and whether it is distinguishable from zero; skill concentration in exposed vs sheltered work', responses: ok('Skill shift') } },
      '/api/industries': {
        get: {
          summary: 'Exposure by NAICS sector (OEWS May 2024): workers (BLS sector total), employment-weighted exposure with interval, share of workers in the nationally most exposed quintile, automation vs augmentation share of exposed tasks, exposed workers (workers × exposure)',
          parameters: [industrySort],
          responses: ok('{ year, modelVersion, workers, sort, sectors }'),
        },
      },
      '/api/industries/{sector}': {
        get: {
          summary: "One sector's figures and its occupations (SOC codes as OEWS publishes them), ranked",
          parameters: [sectorPath, ...industryOccupationParams],
          responses: { ...ok('{ year, modelVersion, sector, total, page, pageSize, sort, occupations }'), 404: { description: 'No such sector in the OEWS industry data' } },
        },
      },
      '/api/scenarios': {
        get: {
          summary: 'Scenario simulator (a what-if calculator, not a forecast): per occupation, major group, NAICS sector and in total, employment at the horizon under the BLS 2024–34 projection (constant annual growth between 2024 and 2034) and under the scenario, with the 10th–90th percentile over 1,000 seeded draws of each occupation\u2019s exposure interval. Per occupation: δ = −(1 − d)·a·E·(α·s + (1 − α)·p)',
          parameters: scenarioParams,
          responses: ok('{ inputs, preset, sort, modelVersion, projectionVintage, industryYear, draws, total, majorGroups, industries, occupations, unscored }'),
        },
      },
      '/api/employment/shown-up': {
        get: {
          summary: 'Has it shown up yet? Employment-weighted annual log growth of employment and median wages by exposure quintile, 2017→2019 vs 2022→2024, the change, and the difference in differences Q5 − Q1 (also within SOC major groups), with 95% bootstrap intervals over occupations',
          responses: ok('{ periods, modelVersion, replicates, measures, remapped }'),
        },
      },
      '/api/indices': { get: { summary: 'Model vs each published index: key (indexName), human name (label), authors, year, what it measures, scale and citation (about), matched counts, Pearson, Spearman, thinned scatter points; model metrics', responses: ok('Comparisons') } },
      '/api/model': {
        get: {
          summary:
            "The model card of the current exposure model, from its committed artifact's metrics: held-out task accuracy, macro-F1, confusion matrix, reliability bins (calibration), occupation Spearman/Pearson, 80% interval coverage; ablation (network, work-activity prior, both, bag-of-words baseline, GPT-4 labels); agreement with each published index by human name; training data, split, seeds, how to reproduce; known limits; the job-title coder's held-out validation beside its TF-IDF baseline (a 'not yet available' slot while none is committed)",
          responses: { ...ok('The model card'), 404: { description: 'No committed artifact and no scored version' } },
        },
      },
      '/api/export/{view}.csv': {
        get: {
          summary: 'Download a view as CSV (streamed; formula-injection safe). Views take the same filters as their page.',
          parameters: [
            { name: 'view', in: 'path', required: true, schema: { type: 'string', enum: [...VIEWS.keys()] } },
            ...filters,
            q('code', 'Occupation code, for occupation views'),
            q('groupBy', 'For employment views', { type: 'string', enum: ['quintile', 'majorGroup'] }),
            q('index', 'Index key (indexName in /api/indices), for index-points; the CSV holds every matched occupation, not only the plotted points'),
            q('sector', 'NAICS sector, for industry-occupations', { type: 'string', pattern: NAICS_PATTERN }),
            ...scenarioParams.filter((p) => p.name !== 'sort').map((p) => ({ ...p, description: `${p.description} (scenario views)` })),
            q('bom', '1 = start the file with a UTF-8 byte-order mark, so Excel opens it as UTF-8', { type: 'string', enum: ['0', '1'] }),
          ],
          responses: {
            200: { description: 'CSV file named view_date_model-version.csv', content: { 'text/csv': { schema: { type: 'string' } } } },
            400: { description: 'A parameter is invalid; the body names it.' },
            404: { description: 'Unknown view or occupation' },
          },
        },
      },
      '/api/match': {
        post: {
          summary: 'Code job titles to O*NET-SOC occupations: top code with calibrated confidence, four alternatives, needs_review, and the occupation\'s exposure. Stores nothing; metered per client in titles per minute.',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object', required: ['titles'], additionalProperties: false,
                  properties: {
                    titles: {
                      type: 'array', minItems: 1, maxItems: 1000,
                      items: { type: 'object', required: ['title'], properties: { title: { type: 'string', minLength: 1, maxLength: 200 }, description: { type: 'string', maxLength: 5000 } } },
                    },
                  },
                },
              },
            },
          },
          responses: {
            ...ok('{ model, matches: [{ title, code, onetTitle, confidence, alternatives, needsReview, seniority, level, matchedTitle, exposure, exposureLow, exposureHigh, automation, shareExposed }] }'),
            400: { description: 'The body is invalid; the answer names the field.' },
            413: { description: 'Body too large' },
            429: { description: 'Title budget spent; Retry-After says when to retry' },
            503: { description: 'No title-coder model installed' },
          },
        },
      },
      '/api/catalogues': {
        get: { summary: 'HR job catalogues (private: a signed-in session or bearer token is required; 401 otherwise), newest first, with job count and headcount', responses: { ...ok('{ catalogues }'), 401: { description: 'Not signed in' } } },
        post: {
          summary: 'Upload a job catalogue (multipart field file: CSV in UTF-8/UTF-16/Windows-1252 with any delimiter, or XLSX; ≤ 50,000 rows, ≤ 20 MB). Answers the staged catalogue with its validation report (rows read, rejected with line/column/reason, column mapping); nothing is stored from a refused file.',
          responses: { 201: { description: '{ catalogue }' }, 400: { description: 'Not a multipart body or no file' }, 401: { description: 'Not signed in' }, 413: { description: 'Over 20 MB' }, 422: { description: '{ errors: [{ file, line, column, reason }] }' } },
        },
      },
      '/api/catalogues/{id}': {
        get: { summary: 'A catalogue report: headline beside the US workforce, departments, jobs, review queue', responses: { ...ok('{ catalogue, modelVersion, headline, departments, jobs, review }'), 401: { description: 'Not signed in' }, 404: { description: 'No such catalogue' } } },
        delete: { summary: 'Delete a catalogue and all its jobs', responses: { 200: { description: '{ deleted: true }' }, 401: { description: 'Not signed in' }, 404: { description: 'No such catalogue' } } },
      },
      '/api/catalogues/{id}/confirm': { post: { summary: 'Confirm a staged catalogue', responses: { 200: { description: '{ confirmed: true }' }, 401: { description: 'Not signed in' }, 409: { description: 'Not staged' } } } },
      '/api/catalogues/{id}/jobs/{position}': {
        patch: { summary: 'Reassign a job: body { code: "15-1252.00" | null } (a current O*NET-SOC code; null undoes)', responses: { 200: { description: '{ position, code }' }, 400: { description: 'Invalid body or id' }, 401: { description: 'Not signed in' }, 422: { description: 'Unknown code' } } },
      },
      '/api/catalogues/{id}/export': { get: { summary: 'The whole report as CSV, one row per job, formula-safe', responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, 401: { description: 'Not signed in' } } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error', 'parameter'], properties: { error: { type: 'string' }, parameter: { type: 'string' } } },
        DatabaseUnavailable: {
          type: 'object',
          required: ['error', 'cause', 'retryAfterSeconds'],
          properties: { error: { const: 'database unavailable' }, cause: { type: 'string', examples: ['unreachable', 'connect timeout', 'statement timeout'] }, retryAfterSeconds: { type: 'integer' } },
        },
      },
    },
  };
}

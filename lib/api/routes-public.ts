import { matchBody } from '../models/titles/match-input';
import { type ApiRoute, readResponses } from './registry';
import { matchResponseBody } from './response-schemas';
import { employmentQuery, exportFormatQuery, occupationCode, occupationsQuery } from '../views/filters';
import { industriesQuery, industryQuery, naicsSector } from '../views/industry-filters';
import { scenarioQuery } from '../views/scenario-filters';

/** What each explorer filter means (GET /api/occupations and the occupations CSV). */
export const OCCUPATION_FILTER_TEXT: Record<string, string> = {
  q: 'Search titles and task text (case- and plural-tolerant)',
  group: 'Two-digit SOC major group, e.g. 15',
  jobZone: 'O*NET job zone 1–5',
  minExposure: 'Lowest exposure score (0–1)',
  maxExposure: 'Highest exposure score (0–1)',
  minWage: 'Lowest median annual wage (USD)',
  maxWage: 'Highest median annual wage (USD)',
  minEmployment: "Fewest workers in the occupation's SOC code (shared with any other O*NET occupation there)",
  maxEmployment: "Most workers in the occupation's SOC code",
  sort: 'Sort key; prefix with - for descending. Default: relevance when q is given (title coder, typed codes, then lexical), else -employment',
  page: 'Page number from 1',
  pageSize: 'Rows per page',
};

/** What each scenario input means (GET /api/scenarios and the scenario CSVs). */
export const SCENARIO_INPUT_TEXT: Record<string, string> = {
  preset: 'Start from a preset; explicit inputs override its values (default: central)',
  horizon: 'Year the scenario is read at',
  adoption: 'a: % of exposed task time where AI is in use by the horizon',
  substitution: 's: % of automation-mode exposed time removed from human work',
  productivity: 'p: % of augmentation-mode exposed time saved',
  demand: 'd: share of time saved that becomes more output rather than fewer hours',
  sort: 'Occupation ranking; prefix with - for descending',
};

const PAGING_TEXT = { page: 'Page number from 1', pageSize: 'Rows per page' };
const SECTOR_TEXT = 'NAICS sector as OEWS writes it, e.g. 51 or 31-33';

/** The export route's own parameters and those its views share with the pages, with their text. */
export const EXPORT_PARAMETER_TEXT: Record<string, string> = {
  ...OCCUPATION_FILTER_TEXT,
  ...SCENARIO_INPUT_TEXT,
  view: 'The view to download',
  sort: 'Sort key of the view; prefix with - for descending',
  code: 'Occupation code, e.g. 13-2011.00',
  groupBy: 'Grouping',
  index: 'Index key (indexName in /api/indices); the CSV holds every matched occupation, not only the plotted points',
  sector: SECTOR_TEXT,
  bom: '1 = start the file with a UTF-8 byte-order mark, so Excel opens it as UTF-8',
};

/** The public read API and the title coder: anyone may call these (unless READ_TOKEN protects reads). */
export const PUBLIC_ROUTES: readonly ApiRoute[] = [
  {
    method: 'get',
    path: '/api/occupations',
    summary: 'Search and filter occupations',
    query: occupationsQuery,
    describe: OCCUPATION_FILTER_TEXT,
    responses: readResponses(
      "{ items (each with employmentCode, socEmployment, sharedWith: its SOC code's whole workers, shared), total, workers (each SOC code once), page, pageSize }",
    ),
  },
  {
    method: 'get',
    path: '/api/occupations/{code}',
    summary:
      'One occupation with tasks, scores, published indices, skills, employment, reskilling paths and similar occupations',
    params: { code: occupationCode },
    describe: { code: 'O*NET-SOC 2019 code, e.g. 13-2011.00' },
    responses: { ...readResponses('The occupation'), 404: { description: 'No current occupation with that code' } },
  },
  {
    method: 'get',
    path: '/api/employment',
    summary:
      'Employment 2012–2024 by exposure quintile or SOC major group, indexed series, top-quintile share and dissimilarity index',
    query: employmentQuery,
    describe: { groupBy: 'Grouping' },
    responses: readResponses('Series by group'),
  },
  {
    method: 'get',
    path: '/api/skills/shift',
    summary:
      'Skill shift O*NET 23.x → 30.1 (period: releases and OEWS years compared), each change split into ratings, mix, interaction and coverage parts, with its standard error and whether it is distinguishable from zero; skill concentration in exposed vs sheltered work',
    responses: readResponses('Skill shift'),
  },
  {
    method: 'get',
    path: '/api/industries',
    summary:
      'Exposure by NAICS sector (OEWS May 2024): workers (BLS sector total), employment-weighted exposure with interval, share of workers in the nationally most exposed quintile, automation vs augmentation share of exposed tasks, exposed workers (workers × exposure)',
    query: industriesQuery,
    describe: { sort: 'Sector ranking; prefix with - for descending' },
    responses: readResponses('{ year, modelVersion, workers, sort, sectors }'),
  },
  {
    method: 'get',
    path: '/api/industries/{sector}',
    summary: "One sector's figures and its occupations (SOC codes as OEWS publishes them), ranked",
    params: { sector: naicsSector },
    query: industryQuery,
    describe: { sector: SECTOR_TEXT, sort: 'Occupation ranking; prefix with - for descending', ...PAGING_TEXT },
    responses: {
      ...readResponses('{ year, modelVersion, sector, total, page, pageSize, sort, occupations }'),
      404: { description: 'No such sector in the OEWS industry data' },
    },
  },
  {
    method: 'get',
    path: '/api/scenarios',
    summary:
      'Scenario simulator (a what-if calculator, not a forecast): per occupation, major group, NAICS sector and in total, employment at the horizon under the BLS 2024–34 projection (constant annual growth between 2024 and 2034) and under the scenario, with the 10th–90th percentile over 1,000 seeded draws of each occupation’s exposure interval. Per occupation: δ = −(1 − d)·a·E·(α·s + (1 − α)·p)',
    query: scenarioQuery,
    describe: SCENARIO_INPUT_TEXT,
    responses: readResponses(
      '{ inputs, preset, sort, modelVersion, projectionVintage, industryYear, draws, total, majorGroups, industries, occupations, unscored }',
    ),
  },
  {
    method: 'get',
    path: '/api/employment/shown-up',
    summary:
      'Has it shown up yet? Employment-weighted annual log growth of employment and median wages by exposure quintile, 2017→2019 vs 2022→2024, the change, and the difference in differences Q5 − Q1 (also within SOC major groups), with 95% bootstrap intervals over occupations',
    responses: readResponses('{ periods, modelVersion, replicates, measures, remapped }'),
  },
  {
    method: 'get',
    path: '/api/indices',
    summary:
      'Model vs each published index: key (indexName), human name (label), authors, year, what it measures, scale and citation (about), matched counts, Pearson, Spearman, thinned scatter points; model metrics',
    responses: readResponses('Comparisons'),
  },
  {
    method: 'get',
    path: '/api/model',
    summary:
      "The model card of the current exposure model, from its committed artifact's metrics: held-out task accuracy, macro-F1, confusion matrix, reliability bins (calibration), occupation Spearman/Pearson, 80% interval coverage; ablation (network, work-activity prior, both, bag-of-words baseline, GPT-4 labels); agreement with each published index by human name; training data, split, seeds, how to reproduce; known limits; the job-title coder's held-out validation beside its TF-IDF baseline (a 'not yet available' slot while none is committed)",
    responses: {
      ...readResponses('The model card'),
      404: { description: 'No committed artifact and no scored version' },
    },
  },
  {
    method: 'get',
    path: '/api/export/{view}.csv',
    views: true,
    summary: 'Download a view as CSV (streamed; formula-injection safe). Views take the same filters as their page.',
    query: exportFormatQuery,
    describe: EXPORT_PARAMETER_TEXT,
    responses: {
      200: { description: 'CSV file named view_date_model-version.csv', csv: true },
      400: { description: 'A parameter is invalid; the body names it.', json: { component: 'Error' } },
      404: { description: 'Unknown view or occupation' },
    },
  },
  {
    method: 'get',
    path: '/api/views/{view}',
    views: true,
    summary:
      'A view as JSON: its column labels and units, then its rows as arrays of cells, the same rows in the same order as its page draws and its CSV exports. Views take the same filters as their page.',
    describe: EXPORT_PARAMETER_TEXT,
    responses: {
      ...readResponses('{ view, columns: [{ header, unit }], rows: [[cell, …], …] }'),
      404: { description: 'Unknown view or occupation' },
    },
  },
  {
    method: 'post',
    path: '/api/match',
    summary:
      "Code job titles to O*NET-SOC occupations: top code with calibrated confidence, four alternatives, needs_review, and the occupation's exposure. Stores nothing; metered per client in titles per minute.",
    body: { schema: matchBody, types: ['application/json'] },
    responses: {
      ...readResponses(
        '{ model, matches: [{ title, code, onetTitle, confidence, alternatives, needsReview, seniority, level, matchedTitle, exposure, exposureLow, exposureHigh, automation, shareExposed, descriptionExposure }] }',
        matchResponseBody,
      ),
      400: { description: 'The body is invalid; the answer names the field.', json: { component: 'Error' } },
      413: { description: 'Body too large' },
      429: { description: 'Title budget spent; Retry-After says when to retry' },
      503: { description: 'No title-coder model installed' },
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    responses: { 200: { description: 'OpenAPI 3.1' } },
  },
];

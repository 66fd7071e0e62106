import { CURRENT_ONET } from '../db/onet-release';

/** The job-title coder's slot while no title-coder artifact is committed: nothing is shown as if it existed. */
export const TITLE_CODER_SLOT = {
  available: false as const,
  note: 'Not yet available: no job-title coder (reported job titles → O*NET occupations) is committed under models/, so there are no validation figures and no baseline to compare with.',
};

/** What the exposure scores cannot tell, in words an analyst can quote. */
export const KNOWN_LIMITS: readonly string[] = [
  'US occupations only: scores are for O*NET-SOC occupations and US task statements; they do not transfer directly to other countries’ job structures.',
  'Built on O*NET task statements: an occupation is only as well described as its O*NET tasks; 93 occupations without task statements are scored from their description alone.',
  'Labels reflect 2023 model capabilities: the human E0/E1/E2 labels (Eloundou et al., 2023) judge what GPT-4-era LLMs and tools could do then; later capabilities are not in them.',
  'Exposure is not job loss: it says an LLM could cut the time a task takes, not that the work disappears or that employers adopt it.',
  'Intervals are model uncertainty only (an ensemble of three networks and the prior’s sampling error), calibrated on validation occupations; they do not include label noise.',
  'Most of the accuracy comes from the work-activity prior, a lookup of labels shared through O*NET detailed work activities; tasks whose activities it has not seen rely on the network alone.',
];

/** The commands that rebuild this version from the shared data (same seed → same weights). */
export function reproduceSteps(version: string, config: string | null): string[] {
  return [
    'npm run ingest   # load ../shared/data (O*NET, labels, OEWS, indices) into the database',
    `npm run train${config && config !== 'full' ? ` -- --config ${config}` : ''}   # seeded split and training: writes models/${version}/`,
    `npm run evaluate -- --version ${version}   # rewrites metrics.json and report.md from the database labels`,
    `npm run score -- --version ${version}   # scores every O*NET ${CURRENT_ONET} task and occupation`,
  ];
}

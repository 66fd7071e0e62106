import type { ModelConfig } from '../../lib/models/config';
import { TINY_CONFIG } from '../../lib/models/config';
import type { ExposureModel } from '../../lib/models/artifact';
import type { TaskExample } from '../../lib/models/data';
import { buildEncoder } from '../../lib/models/encoder';
import { buildVocab, chooseMaxLen } from '../../lib/models/tokenizer';

/** Hand-written task phrases whose wording decides the label (E0 physical, E1 text work, E2 with tools). */
const PHRASES: [string, number, number][] = [
  ['Lift and carry heavy boxes onto trucks', 0, 0],
  ['Repair broken pipes under sinks', 0, 0],
  ['Operate cranes at the construction site', 0, 1],
  ['Clean floors and windows in patient rooms', 0, 0],
  ['Weld steel beams for bridges', 0, 1],
  ['Write summaries of meeting notes', 1, 3],
  ['Draft letters and emails to clients', 1, 3],
  ['Translate documents from Spanish to English', 1, 4],
  ['Edit reports for grammar and style', 1, 3],
  ['Answer written customer questions', 1, 2],
  ['Analyze sales data with spreadsheet software', 2, 2],
  ['Schedule appointments using calendar software', 2, 2],
  ['Prepare budget forecasts with accounting tools', 2, 2],
  ['Search databases for patent records', 2, 3],
  ['Create charts from survey data', 2, 2],
];
const TITLES = ['Clerks', 'Technicians', 'Analysts', 'Workers', 'Assistants'];

/** `n` labelled tasks over `n / 5` occupations, deterministic. */
export function fixtureTasks(n = 50): TaskExample[] {
  return Array.from({ length: n }, (_, i) => {
    const [text, human, automation] = PHRASES[i % PHRASES.length]!;
    const occ = Math.floor(i / 5);
    return {
      code: `11-${String(1000 + occ).padStart(4, '0')}.00`,
      taskId: 1000 + i,
      text: `${text} ${i % 2 ? 'daily' : 'weekly'}`,
      title: `${TITLES[occ % TITLES.length]} ${occ}`,
      taskType: i % 3 ? 'Core' : 'Supplemental',
      human,
      gpt4: human,
      automation,
    };
  });
}

/** The tiny configuration the tests train with. */
export const TEST_CONFIG: ModelConfig = { ...TINY_CONFIG, batchSize: 16 };

/** An untrained tiny ensemble over the fixture vocabulary (scoring does not need training). */
export function untrainedModel(tasks: TaskExample[], version = 'test-v1', config = TEST_CONFIG): ExposureModel {
  const maxLen = chooseMaxLen(tasks.map((t) => t.text));
  const vocab = buildVocab(
    tasks.map((t) => `${t.text} ${t.title}`),
    { minCount: 1, maxSize: config.maxVocab, maxLen },
  );
  const members = Array.from(
    { length: config.ensemble },
    (_, k) => buildEncoder(config, vocab.tokens.length, maxLen, config.seed + k).full,
  );
  const width = config.denseUnits + 2;
  return {
    version,
    config,
    vocab,
    members,
    heads: members.map((_, k) => ({ weights: Array.from({ length: width }, (_, i) => ((i * 7 + k) % 5) / 10 - 0.2) })),
    intervalScale: 1,
    dataVersions: { labels: 'fixture' },
  };
}

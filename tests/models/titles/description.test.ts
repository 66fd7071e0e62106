import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeModel, type ExposureModel, listArtifacts } from '../../../lib/models/artifact';
import { selectBackend } from '../../../lib/models/backend';
import {
  descriptionExposure,
  descriptionSentences,
  servingExposureModel,
} from '../../../lib/models/titles/description-exposure';

describe('descriptionSentences', () => {
  it('splits on sentence ends, lines and bullets, dropping fragments under three words', () => {
    const text = 'Prepare monthly payroll. Reconcile accounts!\n• Answer employee questions about pay\nTeam player';
    expect(descriptionSentences(text)).toEqual(['Prepare monthly payroll.', 'Answer employee questions about pay']);
    expect(descriptionSentences('')).toEqual([]);
  });
});

describe.skipIf(listArtifacts().length === 0)('descriptionExposure with the committed exposure model', () => {
  let model: ExposureModel;
  beforeAll(async () => {
    await selectBackend('wasm', true);
    model = (await servingExposureModel())!;
  }, 60_000);
  afterAll(() => model && disposeModel(model));

  it('scores office text work above roofing, each within its interval, and gives null without a description', () => {
    const [office, roofing, none] = descriptionExposure(model, [
      {
        description:
          'Enter data into spreadsheets and databases. Draft letters and reports for managers. Answer and route email inquiries.',
        onetTitle: 'Office Clerks, General',
      },
      {
        description:
          'Install roofing shingles on houses. Climb ladders while carrying heavy bundles. Tear off old roofs with pry bars.',
        onetTitle: 'Roofers',
      },
      { description: null, onetTitle: 'Roofers' },
    ]);
    expect(office!.exposure!).toBeGreaterThan(roofing!.exposure!);
    for (const e of [office!, roofing!]) {
      expect(e.exposureLow!).toBeLessThanOrEqual(e.exposure!);
      expect(e.exposureHigh!).toBeGreaterThanOrEqual(e.exposure!);
    }
    expect(none).toBeNull();
  });
});

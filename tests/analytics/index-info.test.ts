import { describe, expect, it } from 'vitest';
import { describeIndex, importFileLabel, indexLabel, KNOWN_INDICES } from '@/lib/analytics/index-info';
import { indexSpecs } from '@/lib/ingest/sources/indices';

const RAW_KEY = /\b[a-z]+(_[a-z0-9]+)+\b/; // e.g. daioe_lngmod, frey_osborne_2013

describe('index descriptions', () => {
  it('describe every index the ingest loads, in words, with authors, year, scale and citation', () => {
    const keys = indexSpecs.map((s) => s.scope.index_name as string);
    expect(KNOWN_INDICES.map((d) => d.key).sort()).toEqual([...keys].sort());
    for (const d of KNOWN_INDICES) {
      expect(d.label).not.toMatch(RAW_KEY);
      for (const text of [d.label, d.authors, d.year, d.measures, d.scale, d.citation])
        expect(text.length).toBeGreaterThan(3);
      for (const text of [d.label, d.measures, d.scale, d.citation, d.caveat ?? '']) expect(text).not.toContain(d.key);
    }
  });
  it('cite the sources as their PROVENANCE files do', () => {
    expect(describeIndex('frey_osborne_2013').citation).toContain(
      'Technological Forecasting and Social Change 114:254–280',
    );
    expect(describeIndex('ilo_gmyrek_2023').citation).toContain('ILO Working Paper 96');
    expect(describeIndex('daioe_lngmod').citation).toContain('10.5281/zenodo.21873968');
    expect(describeIndex('nesta_sml_risk').citation).toContain('AEA Papers and Proceedings 108:43–47');
    expect(describeIndex('anthropic_observed_exposure').citation).toContain('arXiv:2503.04761');
  });
  it('explain why Frey & Osborne correlates negatively: a different construct', () => {
    expect(describeIndex('frey_osborne_2013').caveat).toMatch(/negative.*different construct.*routine/s);
  });
  it('give uploaded indices a humanised name, never the bare key', () => {
    expect(indexLabel('acme_ai_score')).toBe('Acme ai score (uploaded index)');
    expect(indexLabel('daioe_genai')).toBe('DAIOE: generative AI');
  });
});

describe('import run names', () => {
  it('show the index a DAIOE run loaded by its name', () => {
    expect(importFileLabel('ai_exposure/daioe_dynamic_aioe/daioe_onetsoc2010_2010_2023.tsv [daioe_lngmod]')).toBe(
      'ai_exposure/daioe_dynamic_aioe/daioe_onetsoc2010_2010_2023.tsv [DAIOE: language modelling]',
    );
    expect(importFileLabel('onet/v30_1/Skills.txt [30.1, skill]')).toBe('onet/v30_1/Skills.txt [30.1, skill]');
    expect(importFileLabel('bls/x.csv')).toBe('bls/x.csv');
  });
});

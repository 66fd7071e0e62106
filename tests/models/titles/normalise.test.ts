import { describe, expect, it } from 'vitest';
import { isQualifier, normaliseTitle, plainText } from '../../../lib/models/titles/normalise';

// Real HR titles as job boards and HRIS exports carry them, with what the coder should read.
const table: [string, string, string | null, number | null, string[]][] = [
  ['Sr. Accountant II', 'accountant', 'senior', 2, []],
  ['RN - ICU', 'registered nurse intensive care unit', null, null, []],
  ['CDL-A Driver', 'cdl truck class a driver', null, null, []],
  ['Java Developer', 'java developer', null, null, []],
  ['Registered Nurse (Night Shift)', 'registered nurse', null, null, ['Night Shift']],
  ['Asst. Store Mgr - Dallas, TX', 'assistant store manager', null, null, ['Dallas, TX']],
  ['QA Engineer Level 2', 'quality assurance engineer', null, 2, []],
  ['HR Generalist [Remote]', 'human resources generalist', null, null, ['Remote']],
  ['Jr. Software Engineer III', 'software engineer', 'junior', 3, []],
  ['LPN (PRN)', 'licensed practical nurse', null, null, ['PRN']],
  ['IT Support Tech 1', 'information technology support technician', null, 1, []],
  ['System Admin', 'system administrator', null, null, []],
  ['Admin Assistant', 'administrative assistant', null, null, []],
  ['Principal Software Engineer', 'software engineer', 'principal', null, []],
  ['Warehouse Associate - 2nd Shift', 'warehouse associate', null, null, ['2nd Shift']],
  ['Heavy Equipment Operator - Texas', 'heavy equipment operator', null, null, ['Texas']],
  ['Café Manager', 'cafe manager', null, null, []],
  ['Payroll Specialist', 'payroll specialist', null, null, []],
];

describe('normaliseTitle', () => {
  it.each(table)('%s → "%s"', (raw, text, seniority, level, qualifiers) => {
    expect(normaliseTitle(raw)).toEqual({ text, seniority, level, qualifiers });
  });

  it('keeps brackets that spell out the title (O*NET writes abbreviations this way)', () => {
    expect(normaliseTitle('CEO (Chief Executive Officer)').text).toBe('ceo chief executive officer');
    expect(normaliseTitle('Customer Service Rep (Bilingual)').text).toBe('customer service representative bilingual');
  });

  it('never strips the only word, and keeps a school principal and a lead abatement worker', () => {
    expect(normaliseTitle('Senior').text).toBe('senior');
    expect(normaliseTitle('Principal')).toMatchObject({ text: 'principal', seniority: null });
    expect(normaliseTitle('Lead Abatement Worker').text).toBe('lead abatement worker');
  });

  it('ignores words that are also Object.prototype keys', () => {
    expect(normaliseTitle('Constructor Valueof').text).toBe('constructor valueof');
  });

  it('recognises places, shifts and schedules, not job words', () => {
    expect(isQualifier('Night Shift')).toBe(true);
    expect(isQualifier('Austin, TX')).toBe(true);
    expect(isQualifier('ICU')).toBe(false);
    expect(isQualifier('Bilingual')).toBe(false);
  });

  it('plainText folds accents and case and keeps only words', () => {
    expect(plainText('Prépare  the BUDGET, quarterly.')).toBe('prepare the budget quarterly');
  });
});

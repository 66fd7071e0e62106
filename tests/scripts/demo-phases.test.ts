import { describe, expect, it } from 'vitest';
import { DEMO_PHASES, parsePhaseLine, phaseLine } from '@/scripts/demo/phases';

describe('start:demo phase lines (printed by prepare-demo, read by bench:first-start)', () => {
  it('reads back every phase it prints, done or skipped', () => {
    for (const phase of DEMO_PHASES) {
      expect(parsePhaseLine(phaseLine(phase, 38.24, 1.5))).toEqual({ phase, seconds: 38.2, skipped: false });
      expect(parsePhaseLine(`${phaseLine(phase, 0, 2, true)}: found .next/BUILD_ID`)).toEqual({
        phase,
        seconds: 0,
        skipped: true,
      });
    }
  });

  it('ignores other output, including a build line mentioning a phase and unknown phase names', () => {
    expect(parsePhaseLine('[build] ✓ Compiled successfully in 43s')).toBeUndefined();
    expect(parsePhaseLine('ingest done in 3 s')).toBeUndefined();
    expect(parsePhaseLine('[start:demo] phase train done in 3.0 s (from 0.0 s)')).toBeUndefined();
  });
});

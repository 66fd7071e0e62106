import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('database timeout settings (lib/env.ts)', () => {
  it('defaults: connect 5 s, serving statement 15 s and answer 20 s, batch statement none', () => {
    expect(parseEnv({})).toMatchObject({
      DB_CONNECT_TIMEOUT_MS: 5_000,
      DB_STATEMENT_TIMEOUT_MS: 15_000,
      DB_QUERY_TIMEOUT_MS: 20_000,
      DB_BATCH_STATEMENT_TIMEOUT_MS: 0,
    });
  });

  it('reads whole milliseconds, 0 meaning none', () => {
    expect(parseEnv({ DB_STATEMENT_TIMEOUT_MS: '2500', DB_QUERY_TIMEOUT_MS: '0' })).toMatchObject({
      DB_STATEMENT_TIMEOUT_MS: 2_500,
      DB_QUERY_TIMEOUT_MS: 0,
    });
  });

  it.each([
    ['DB_CONNECT_TIMEOUT_MS', 'soon'],
    ['DB_STATEMENT_TIMEOUT_MS', '-1'],
    ['DB_QUERY_TIMEOUT_MS', '1.5'],
    ['DB_BATCH_STATEMENT_TIMEOUT_MS', '99999999'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`Invalid environment:[\\s\\S]*${name}`));
  });
});

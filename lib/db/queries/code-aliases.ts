import { type Db, getDb } from '../client';
import { cached } from './cache';

/** Older codes that lead to current ones: SOC 2010 → SOC 2018 and O*NET-SOC 2010 → O*NET-SOC 2019. */
export interface CodeAliases {
  soc2010: Map<string, string[]>;
  onet2010: Map<string, string[]>;
}

async function load(db: Db): Promise<CodeAliases> {
  const rows = await db.prisma.$queryRaw<{ kind: string; from_code: string; to_code: string }[]>`
    SELECT kind, from_code, to_code FROM crosswalk WHERE kind IN ('soc2010_soc2018', 'onetsoc2010_onetsoc2019') ORDER BY kind, from_code, to_code`;
  const aliases: CodeAliases = { soc2010: new Map(), onet2010: new Map() };
  for (const r of rows) {
    const map = r.kind === 'soc2010_soc2018' ? aliases.soc2010 : aliases.onet2010;
    const list = map.get(r.from_code) ?? [];
    list.push(r.to_code);
    map.set(r.from_code, list);
  }
  return aliases;
}

/** The SOC 2010 and O*NET-SOC 2010 crosswalks as lookups, cached until the data changes. */
export function fetchCodeAliases(db: Db = getDb()): Promise<CodeAliases> {
  return cached('code-aliases', db, () => load(db));
}

/** A code a user may type: SOC (13-2011) or O*NET-SOC (13-2011.00), current or 2010. */
export const CODE_PATTERN = /^\d{2}-\d{4}(\.\d{2})?$/;

/** A typed code resolved to current O*NET-SOC codes, with how it was resolved. */
export interface ResolvedCode {
  codes: string[];
  via: string;
}

/**
 * Resolves a typed code to current O*NET occupations: the O*NET-SOC code itself, the occupations
 * under a SOC 2018 code, or the current codes a 2010 code became (through the crosswalks).
 */
export function resolveCode(
  code: string,
  current: { code: string; socCode: string }[],
  aliases: CodeAliases,
): ResolvedCode | null {
  const c = code.trim();
  if (!CODE_PATTERN.test(c)) return null;
  const known = new Set(current.map((o) => o.code));
  if (known.has(c)) return { codes: [c], via: `O*NET-SOC code ${c}` };
  const bySoc = (soc: string) => current.filter((o) => o.socCode === soc).map((o) => o.code);
  if (!c.includes('.')) {
    const direct = bySoc(c);
    if (direct.length) return { codes: direct, via: `SOC code ${c}` };
    const socs = aliases.soc2010.get(c) ?? [];
    const codes = [...new Set(socs.flatMap(bySoc))];
    return codes.length ? { codes, via: `SOC 2010 code ${c} → ${socs.join(', ')}` } : null;
  }
  const onet = (aliases.onet2010.get(c) ?? []).filter((x) => known.has(x));
  if (onet.length) return { codes: onet, via: `O*NET-SOC 2010 code ${c} → ${onet.join(', ')}` };
  const soc = bySoc(c.slice(0, 7));
  return soc.length ? { codes: soc, via: `SOC code ${c.slice(0, 7)}` } : null;
}

/** Resolves a typed code against the current catalogue and the crosswalks in the database. */
export async function resolveTypedCode(code: string, db: Db = getDb()): Promise<ResolvedCode | null> {
  const { fetchCatalogue } = await import('./catalogue');
  const [catalogue, aliases] = await Promise.all([fetchCatalogue(db), fetchCodeAliases(db)]);
  return resolveCode(code, catalogue.occupations, aliases);
}

import type { Profile } from '../../analytics/reskilling';
import { type Db, getDb } from '../client';
import { CURRENT_ONET, cached } from './cache';
import { fetchCatalogue } from './catalogue';

/** One element of an occupation's skill/knowledge profile. */
export interface ProfileElement {
  elementId: string;
  name: string;
  domain: string;
  importance: number;
  level: number;
}

/**
 * Every current occupation's skill and knowledge profile (importance and level per element),
 * with its exposure and job zone, for reskilling paths; cached until the data changes.
 */
async function load(db: Db): Promise<Map<string, Profile & { list: ProfileElement[] }>> {
  const catalogue = await fetchCatalogue(db);
  const rows = await db.prisma.$queryRaw<
    { code: string; element_id: string; name: string; domain: string; im: number | null; lv: number | null }[]
  >`
    SELECT r.code, r.element_id, coalesce(e.name, r.element_id) AS name, r.domain,
           max(r.value) FILTER (WHERE r.scale_id = 'IM') AS im,
           max(r.value) FILTER (WHERE r.scale_id = 'LV') AS lv
    FROM onet_rating r
    LEFT JOIN onet_element e ON e.onet_version = r.onet_version AND e.element_id = r.element_id
    WHERE r.onet_version = ${CURRENT_ONET}
    GROUP BY r.code, r.element_id, e.name, r.domain`;
  const out = new Map<string, Profile & { list: ProfileElement[] }>();
  for (const r of rows) {
    let p = out.get(r.code);
    if (!p) {
      const o = catalogue.byCode.get(r.code);
      p = {
        code: r.code,
        title: o?.title ?? r.code,
        exposure: o?.exposure ?? null,
        jobZone: o?.jobZone ?? null,
        elements: new Map(),
        list: [],
      };
      out.set(r.code, p);
    }
    const el = { elementId: r.element_id, name: r.name, domain: r.domain, importance: r.im ?? 0, level: r.lv ?? 0 };
    (p.elements as Map<string, { name: string; importance: number; level: number }>).set(r.element_id, el);
    p.list.push(el);
  }
  return out;
}

/** Profiles of all current occupations keyed by code. */
export function fetchProfiles(db: Db = getDb()) {
  return cached('profiles', db, () => load(db));
}

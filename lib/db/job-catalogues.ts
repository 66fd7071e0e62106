import type { RowError } from './table-types';
import type { Db } from './client';
import type { Catalogue as CatalogueRecord, CatalogueJob } from './generated/client';

export type { CatalogueRecord, CatalogueJob };

/** A catalogue as staging records it: the validation report. */
export interface NewCatalogue {
  id: string;
  name: string;
  fileKind: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string;
  rowsRead: number;
  rowsRejected: number;
  mapping: Record<string, string>;
  errors: RowError[];
}

/** One job as staging records it (its match, if the title coder was available). */
export interface NewCatalogueJob {
  line: number;
  extId: string | null;
  title: string;
  description: string | null;
  department: string | null;
  location: string | null;
  headcount: number | null;
  userCode: string | null;
  matchCode: string | null;
  matchTitle: string | null;
  confidence: number | null;
  alternatives: { code: string; title: string; probability: number }[];
  needsReview: boolean;
  seniority: string | null;
  matchedTitle: string | null;
}

/** Rows per INSERT (16 array parameters whatever the batch size). */
const JOB_BATCH = 5_000;

/** Stores a staged catalogue and all its jobs in one transaction: both land, or neither. */
export async function insertCatalogue(
  db: Db,
  catalogue: NewCatalogue,
  jobs: readonly NewCatalogueJob[],
): Promise<CatalogueRecord> {
  return db.prisma.$transaction(
    async (tx) => {
      const created = await tx.catalogue.create({
        data: { ...catalogue, errors: catalogue.errors.map((e) => ({ ...e })), status: 'staged' },
      });
      for (let start = 0; start < jobs.length; start += JOB_BATCH) {
        const b = jobs.slice(start, start + JOB_BATCH);
        // One parameterised INSERT … unnest per batch (Prisma's createMany binds one parameter per cell).
        await tx.$executeRaw`
          INSERT INTO catalogue_job (catalogue_id, position, line, ext_id, title, description, department, location, headcount,
                                     user_code, match_code, match_title, confidence, alternatives, needs_review, seniority, matched_title)
          SELECT ${catalogue.id}, u.position, u.line, u.ext_id, u.title, u.description, u.department, u.location, u.headcount,
                 u.user_code, u.match_code, u.match_title, u.confidence, u.alternatives::jsonb, u.needs_review, u.seniority, u.matched_title
          FROM unnest(${b.map((_, i) => start + i)}::int[], ${b.map((j) => j.line)}::int[], ${b.map((j) => j.extId)}::text[],
                      ${b.map((j) => j.title)}::text[], ${b.map((j) => j.description)}::text[], ${b.map((j) => j.department)}::text[],
                      ${b.map((j) => j.location)}::text[], ${b.map((j) => j.headcount)}::int[], ${b.map((j) => j.userCode)}::text[],
                      ${b.map((j) => j.matchCode)}::text[], ${b.map((j) => j.matchTitle)}::text[], ${b.map((j) => j.confidence)}::float8[],
                      ${b.map((j) => JSON.stringify(j.alternatives))}::text[], ${b.map((j) => j.needsReview)}::bool[],
                      ${b.map((j) => j.seniority)}::text[], ${b.map((j) => j.matchedTitle)}::text[])
            AS u(position, line, ext_id, title, description, department, location, headcount, user_code, match_code, match_title,
                 confidence, alternatives, needs_review, seniority, matched_title)`;
      }
      return created;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** One catalogue by id, or null. */
export async function getCatalogue(db: Db, id: string): Promise<CatalogueRecord | null> {
  return db.prisma.catalogue.findUnique({ where: { id } });
}

/** A catalogue's jobs in file order. */
export async function catalogueJobs(db: Db, id: string): Promise<CatalogueJob[]> {
  return db.prisma.catalogueJob.findMany({ where: { catalogueId: id }, orderBy: { position: 'asc' } });
}

/** Every catalogue, newest first, with its job count and known headcount. */
export async function listCatalogues(db: Db): Promise<(CatalogueRecord & { jobs: number; headcount: number })[]> {
  const [catalogues, sums] = await Promise.all([
    db.prisma.catalogue.findMany({ orderBy: { createdAt: 'desc' } }),
    db.prisma.catalogueJob.groupBy({ by: ['catalogueId'], _count: { _all: true }, _sum: { headcount: true } }),
  ]);
  const byId = new Map(sums.map((s) => [s.catalogueId, s]));
  return catalogues.map((c) => ({
    ...c,
    jobs: byId.get(c.id)?._count._all ?? 0,
    headcount: byId.get(c.id)?._sum.headcount ?? 0,
  }));
}

/** Moves a staged catalogue to ready; false when it is missing or not staged (only one confirm wins). */
export async function confirmCatalogue(db: Db, id: string): Promise<boolean> {
  const { count } = await db.prisma.catalogue.updateMany({
    where: { id, status: 'staged' },
    data: { status: 'ready', confirmedAt: new Date() },
  });
  return count === 1;
}

/** Deletes a catalogue; its jobs go with it (ON DELETE CASCADE). False when there was none. */
export async function deleteCatalogue(db: Db, id: string): Promise<boolean> {
  const { count } = await db.prisma.catalogue.deleteMany({ where: { id } });
  return count === 1;
}

/** Saves the user's occupation for one job (null clears it, so the file's code or the match applies again). */
export async function reassignJob(db: Db, id: string, position: number, code: string | null): Promise<boolean> {
  const { count } = await db.prisma.catalogueJob.updateMany({
    where: { catalogueId: id, position },
    data: { reviewedCode: code, reviewedAt: code === null ? null : new Date() },
  });
  return count === 1;
}

/** The occupation a job counts under: the user's reassignment, else the file's code, else the title coder's match. */
export function effectiveCode(job: Pick<CatalogueJob, 'reviewedCode' | 'userCode' | 'matchCode'>): string | null {
  return job.reviewedCode ?? job.userCode ?? job.matchCode;
}

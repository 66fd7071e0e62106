'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type Column, DataTable, defineTable } from '../../ui/data-table';

/** What the review queue shows of one job. */
export interface ReviewJob {
  position: number;
  title: string;
  department: string | null;
  code: string | null;
  occupationTitle: string | null;
  confidence: number | null;
  codeSource: string | null;
  alternatives: { code: string; title: string; probability: number }[];
}

/** A job's reassign cell: pick an alternative or type a code, save; the whole report then recomputes. */
function ReassignCell({ catalogueId, job }: { catalogueId: string; job: ReviewJob }) {
  const router = useRouter();
  const [code, setCode] = useState(job.code ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    setError('');
    const res = await fetch(`/api/catalogues/${catalogueId}/jobs/${job.position}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: code.trim() === '' ? null : code.trim() }),
    }).catch(() => null);
    setBusy(false);
    if (!res) return setError('network error: the server did not answer');
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { errors?: { reason: string }[] };
      return setError(body.errors?.map((e) => e.reason).join('; ') ?? `HTTP ${res.status}`);
    }
    router.refresh();
  }
  const id = `code-${job.position}`;
  return (
    <>
      <label htmlFor={id}>Occupation code for {job.title}</label>{' '}
      <input
        id={id}
        list={`alts-${job.position}`}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        size={11}
        pattern="\d{2}-\d{4}\.\d{2}"
      />
      <datalist id={`alts-${job.position}`}>
        {job.alternatives.map((a) => (
          <option key={a.code} value={a.code}>
            {a.title} ({Math.round(a.probability * 100)}%)
          </option>
        ))}
      </datalist>{' '}
      <button type="button" onClick={save} disabled={busy}>
        Save
      </button>
      {error && (
        <span role="alert" className="error">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}

const codeNote = (j: ReviewJob) =>
  j.codeSource === 'reviewed' ? ' (reassigned)' : j.codeSource === 'file' ? ' (your code)' : '';

/** The queue's columns; the last holds each job's reassign form. */
function queueColumns(catalogueId: string): Column<ReviewJob>[] {
  return [
    { key: 'title', label: 'Title', rowHeader: true, cell: (j) => j.title },
    { key: 'department', label: 'Department', cell: (j) => j.department ?? '' },
    {
      key: 'occupation',
      label: 'Occupation',
      cell: (j) => `${j.code ? `${j.code} ${j.occupationTitle ?? ''}` : 'no match'}${codeNote(j)}`,
    },
    {
      key: 'confidence',
      label: 'Confidence',
      numeric: true,
      cell: (j) => (j.confidence === null ? '–' : `${Math.round(j.confidence * 100)}%`),
    },
    { key: 'reassign', label: 'Reassign', cell: (j) => <ReassignCell catalogueId={catalogueId} job={j} /> },
  ];
}

/** The review queue, lowest confidence first. */
export function ReviewQueue({ catalogueId, jobs }: { catalogueId: string; jobs: ReviewJob[] }) {
  return (
    <DataTable
      label="Review queue"
      labelTable
      table={defineTable(queueColumns(catalogueId), (j) => j.position)}
      rows={jobs}
    />
  );
}

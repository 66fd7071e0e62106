'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

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

/** One row of the queue: pick an alternative or type a code, save; the whole report then recomputes. */
function ReviewRow({ catalogueId, job }: { catalogueId: string; job: ReviewJob }) {
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
    <tr>
      <th scope="row">{job.title}</th>
      <td>{job.department ?? ''}</td>
      <td>
        {job.code ? `${job.code} ${job.occupationTitle ?? ''}` : 'no match'}
        {job.codeSource === 'reviewed' ? ' (reassigned)' : job.codeSource === 'file' ? ' (your code)' : ''}
      </td>
      <td className="num">{job.confidence === null ? '–' : `${Math.round(job.confidence * 100)}%`}</td>
      <td>
        <label htmlFor={id}>Occupation code for {job.title}</label>{' '}
        <input id={id} list={`alts-${job.position}`} value={code} onChange={(e) => setCode(e.target.value)} size={11} pattern="\d{2}-\d{4}\.\d{2}" />
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
      </td>
    </tr>
  );
}

/** The review queue, lowest confidence first. */
export function ReviewQueue({ catalogueId, jobs }: { catalogueId: string; jobs: ReviewJob[] }) {
  return (
    <table aria-label="Review queue">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Department</th>
          <th scope="col">Occupation</th>
          <th scope="col">Confidence</th>
          <th scope="col">Reassign</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((j) => (
          <ReviewRow key={j.position} catalogueId={catalogueId} job={j} />
        ))}
      </tbody>
    </table>
  );
}

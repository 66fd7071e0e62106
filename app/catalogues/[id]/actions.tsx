'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** Confirm (while staged) and delete buttons for one catalogue. */
export function CatalogueActions({ id, staged }: { id: string; staged: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function act(url: string, method: string, after: () => void) {
    setBusy(true);
    const res = await fetch(url, { method }).catch(() => null);
    setBusy(false);
    if (res?.ok) after();
  }
  return (
    <p>
      {staged && (
        <button
          type="button"
          disabled={busy}
          onClick={() => act(`/api/catalogues/${id}/confirm`, 'POST', () => router.refresh())}
        >
          Confirm this catalogue
        </button>
      )}{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          if (window.confirm('Delete this catalogue and all its jobs?'))
            void act(`/api/catalogues/${id}`, 'DELETE', () => router.push('/catalogues'));
        }}
      >
        Delete catalogue
      </button>
    </p>
  );
}

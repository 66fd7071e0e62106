/** Placeholder shown while a slow widget streams in. */
export function Skeleton({ height = 240, label = 'Loading…' }: { height?: number; label?: string }) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

/** Placeholder for a row of headline cards. */
export function CardsSkeleton({ count = 4 }: { count?: number }) {
  return (
    <div className="cards">
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders; the position is their only identity
        <div key={i} className="card skeleton" style={{ height: 96 }} />
      ))}
    </div>
  );
}

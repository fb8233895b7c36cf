// zmp-ui 1.11 has no skeleton component; these blocks follow its spacing and radius.
export function SkeletonBlock({ height = 16, width = "100%" }: { height?: number; width?: number | string }) {
  return <span className="skeleton" style={{ height, width }} aria-hidden="true" />;
}

export function SkeletonCard({ lines = 2 }: { lines?: number }) {
  return (
    <div className="card skeleton-card" aria-hidden="true">
      <SkeletonBlock height={18} width="70%" />
      {Array.from({ length: lines }, (_, i) => (
        <SkeletonBlock key={i} height={14} width={i === lines - 1 ? "50%" : "100%"} />
      ))}
    </div>
  );
}

export function SkeletonList({ count = 3, label }: { count?: number; label: string }) {
  return (
    <div role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: count }, (_, i) => (
        <SkeletonCard key={i} />
      ))}
    </div>
  );
}

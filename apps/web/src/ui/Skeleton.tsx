/**
 * Grey placeholder blocks where content is loading, so the page keeps its shape (no
 * layout shift when the data arrives). Hidden from assistive technology: pair it with
 * a status text (see Loading).
 */
export function Skeleton({ lines = 3, card = false }: { lines?: number; card?: boolean }) {
  return (
    <div className={card ? 'skeleton skeleton--card' : 'skeleton'} aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="skeleton__line" />
      ))}
    </div>
  );
}

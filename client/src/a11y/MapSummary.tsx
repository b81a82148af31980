/**
 * A live text twin of the map: hidden from sight, read by screen readers, and announced
 * again whenever the category or language changes what the map shows.
 */
export function MapSummary({ text }: { text: string }) {
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="map-summary">
      {text}
    </p>
  )
}

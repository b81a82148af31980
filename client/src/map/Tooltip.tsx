import type { TooltipLine } from './tooltip-lines'

interface TooltipProps {
  title: string
  lines: readonly TooltipLine[]
  /** Pointer position in the map container, in CSS pixels. */
  x: number
  y: number
  containerWidth: number
}

/** The hover card; decorative for screen readers, which get the text summary instead. */
export function Tooltip({ title, lines, x, y, containerWidth }: TooltipProps) {
  // Flip to the left of the pointer near the right edge so the card never leaves the window.
  const flip = x > containerWidth - 260
  const style = { left: flip ? undefined : x + 14, right: flip ? containerWidth - x + 14 : undefined, top: y + 14 }
  return (
    <div className="tooltip" style={style} aria-hidden="true">
      <div className="tooltip-title">{title}</div>
      {lines.length > 0 && (
        <dl className="tooltip-figures">
          {lines.map((line, i) => (
            <div key={`${line.label}-${i}`} className="tooltip-row">
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}

/** The map legend as data, read from the legend on screen, so exports and prints show exactly what the map shows. */
export interface LegendModel {
  title: string
  hint: string
  category: string
  period: string
  items: { kind: 'fill' | 'suppressed' | 'no_data'; colour: string; label: string }[]
  source: string
}

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? ''

/** The legend drawn by legend/Legend.tsx (data-testid="legend"), or null when none is on screen. */
export function legendFromDom(root: ParentNode = document): LegendModel | null {
  const legend = root.querySelector('[data-testid="legend"]')
  if (!legend) return null
  const items = [...legend.querySelectorAll('.legend-item')].map((item) => {
    const swatch = item.querySelector<HTMLElement>('.swatch')
    const kind = swatch?.classList.contains('swatch-suppressed') ? 'suppressed' : swatch?.classList.contains('swatch-no-data') ? 'no_data' : 'fill'
    const colour = kind === 'suppressed' ? '#8b929c' : kind === 'no_data' ? '#c9cdd3' : (swatch?.style.background || swatch?.style.backgroundColor || '#ffffff')
    return { kind, colour, label: item.textContent?.trim() ?? '' } as LegendModel['items'][number]
  })
  // The period line starts with a prefix hidden from sight ("Période : "): the visible text is the range.
  const periodElement = legend.querySelector('.legend-period')
  const hidden = periodElement?.querySelector('.visually-hidden')?.textContent ?? ''
  const period = (periodElement?.textContent ?? '').replace(hidden, '').trim()
  return {
    title: text(legend, '.legend-title'),
    hint: text(legend, '.legend-hint'),
    category: text(legend, '.legend-category'),
    period,
    items,
    source: text(legend, '.legend-source'),
  }
}

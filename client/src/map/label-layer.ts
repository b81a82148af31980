import { TextLayer } from '@deck.gl/layers'
import type { LabelCandidate, LabelStyle } from './label-placement'

export function labelLayer(id: string, labels: readonly LabelCandidate[], style: LabelStyle, color: [number, number, number]): TextLayer<LabelCandidate> {
  return new TextLayer<LabelCandidate>({
    id,
    data: labels,
    getText: (label) => label.text,
    getPosition: (label) => label.position,
    getSize: style.fontSize,
    sizeUnits: 'pixels',
    getColor: [...color, 255],
    // The bundled Inter (see main.tsx): no glyph server is involved.
    fontFamily: 'Inter, system-ui, sans-serif',
    fontWeight: 700,
    // Builds the atlas from the labels' own characters, so French accents are included.
    characterSet: 'auto',
    // A white halo keeps names legible over every class colour (SDF is needed for outlines).
    fontSettings: { sdf: true, fontSize: 64, buffer: 10, radius: 12 },
    // A share of the SDF spread (0..1), not pixels.
    outlineWidth: 0.75,
    outlineColor: [255, 255, 255, 230],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false,
  })
}

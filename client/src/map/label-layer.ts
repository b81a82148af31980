import { TextLayer } from '@deck.gl/layers'
import type { LabelCandidate, LabelStyle } from './label-placement'

/** Region names: small capitals in a muted tone, so they orient without competing with the data. */
export const REGION_LABEL_STYLE: LabelStyle = { fontSize: 11.5, glyphWidth: 0.74, padding: 6 }
/** MRC names, shown once the map is zoomed in enough for them to fit. */
export const TERRITORY_LABEL_STYLE: LabelStyle = { fontSize: 12, glyphWidth: 0.56, padding: 4 }

/** Zoom from which territory (MRC) names replace region names. */
export const TERRITORY_LABEL_MIN_ZOOM = 6.5

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

import type { LabelStyle } from './label-placement'

/** Region names: small capitals in a muted tone, so they orient without competing with the data. */
export const REGION_LABEL_STYLE: LabelStyle = { fontSize: 11.5, glyphWidth: 0.74, padding: 6 }
/** MRC names, shown once the map is zoomed in enough for them to fit. */
export const TERRITORY_LABEL_STYLE: LabelStyle = { fontSize: 12, glyphWidth: 0.56, padding: 4 }

/** Zoom from which territory (MRC) names replace region names. */
export const TERRITORY_LABEL_MIN_ZOOM = 6.5

import type { Language } from '../i18n/language'

/** MapLibre's own control strings (zoom buttons, attribution toggle) in each interface language. */
export const MAP_LOCALE: Record<Language, Record<string, string>> = {
  fr: {
    'NavigationControl.ZoomIn': 'Zoom avant',
    'NavigationControl.ZoomOut': 'Zoom arrière',
    'NavigationControl.ResetBearing': 'Réinitialiser l’orientation',
    'AttributionControl.ToggleAttribution': 'Afficher ou masquer les sources',
    'AttributionControl.MapFeedback': 'Commentaires sur la carte',
  },
  en: {
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Reset bearing to north',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'AttributionControl.MapFeedback': 'Map feedback',
  },
}

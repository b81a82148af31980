/**
 * Ids of the lazily loaded layers, apart from their code: the page tells what was hovered without
 * importing h3-js or supercluster up front.
 */
export const HEX_LAYER_ID = 'demand-hex'
export const SERVICES_LAYER_ID = 'services'

/** The accessibility engine (E2SFCA, PySAL-compatible): one import for its public API. */
export { parseDecay, noDecay, stepDecay, gaussianDecay, gravityDecay, DECAY_SPEC_HELP, type DecayFunction } from './decay'
export { buildCatchments, type Catchments, type CatchmentRule, type CatchmentRules } from './catchments'
export { computeAccess, type AccessOptions, type AccessResult } from './e2sfca'
export { populationWeightedMean, normalizeAccess, populationWeightedMeanByGroup } from './normalize'
export { accessById, type AccessRow, type CostPair, type DemandPoint, type SupplySite } from './by-id'
export { costsWithinDistance, greatCircleMetres, EARTH_RADIUS_M, type LonLatPoints } from './great-circle'
export { CATCHMENT_DEFAULTS, CATCHMENT_MINUTES, FALLBACK_CATCHMENT, FALLBACK_CATCHMENT_MINUTES, catchmentMinutes, catchmentRadius, defaultRule, defaultRules, defaultTimeRules, type CatchmentDefault, type Setting } from './defaults'
export { ACCESS_FLAGS, AccessInputError, FLAG_NONE, FLAG_NO_ACCESS, FLAG_NO_SUPPLY_DEMAND, type AccessFlag, type CostList } from './types'

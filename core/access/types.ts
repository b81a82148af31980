/** Shared shapes of the accessibility engine: sparse cost lists, result flags and input errors. */

/**
 * A sparse origin–destination cost list, by integer index: pair p goes from demand point `origin[p]`
 * to supply site `dest[p]` at travel cost `cost[p]`. Absent pairs are unreachable.
 */
export interface CostList {
  origin: Int32Array
  dest: Int32Array
  cost: Float64Array
}

/** Why a demand point's access is 0 by construction rather than by arithmetic ('' when it is not). */
export type AccessFlag = '' | 'no_access' | 'no_supply_demand'

/** Flag codes as stored in an access result's `flagCode` array, by code: 0 '', 1 no_access, 2 no_supply_demand. */
export const ACCESS_FLAGS: readonly AccessFlag[] = ['', 'no_access', 'no_supply_demand']

/** Flag code 0: the demand point reaches at least one site whose catchment has demand. */
export const FLAG_NONE = 0
/** Flag code 1: the demand point reaches no site (no listed pair within the maximum cost with a weight above 0). */
export const FLAG_NO_ACCESS = 1
/** Flag code 2: it reaches sites, but every one of them has zero weighted demand in its catchment. */
export const FLAG_NO_SUPPLY_DEMAND = 2

/** Bad engine input (negative population, non-finite cost, duplicate pair, infinite weight…), with where it is. */
export class AccessInputError extends Error {
  constructor(
    message: string,
    /** Where: the index of the offending pair, demand point or site, when there is one. */
    readonly where: { pair?: number; demand?: number; site?: number } = {},
  ) {
    super(message)
    this.name = 'AccessInputError'
  }
}

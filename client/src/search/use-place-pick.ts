import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchHit, ServicesNearResponse, TerritoryCollection } from '../../../core/api/types'
import { fetchServicesNear, type NearOrigin } from '../api/client'
import { loadTerritories } from '../api/territory-cache'
import { useCamera } from '../map/camera'
import { territoryAt } from '../map/geometry'
import { useViewStore } from '../state/store'

/** How far a point (postal code, municipality) is shown from: about a town. */
const PLACE_ZOOM = 10.5
const NEAR_LIMIT = 8

export interface Nearby {
  place: string
  origin: NearOrigin
  /** The category the list answers. */
  category: string
  response: ServicesNearResponse | null
  error: string | null
}

/**
 * What choosing a search hit does: fly there, select its territory, and list the nearest services
 * for the current category (refreshed when the category changes while the list is open).
 */
export function usePlacePick(): { pick: (hit: SearchHit) => void; nearby: Nearby | null; close: () => void } {
  const [nearby, setNearby] = useState<Nearby | null>(null)
  const category = useViewStore((s) => s.category)
  const controller = useRef<AbortController | null>(null)

  // Sets state only when the answer arrives, so it can run from an effect without a cascade of renders.
  const requestNearby = useCallback((place: string, origin: NearOrigin, currentCategory: string) => {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    return fetchServicesNear(origin, currentCategory, NEAR_LIMIT, abort.signal).then(
      (response) => {
        if (!abort.signal.aborted) setNearby({ place, origin, category: currentCategory, response, error: null })
        return response
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setNearby({ place, origin, category: currentCategory, response: null, error: error instanceof Error ? error.message : String(error) })
        return null
      },
    )
  }, [])

  const loadNearby = useCallback(
    (place: string, origin: NearOrigin, currentCategory: string) => {
      setNearby({ place, origin, category: currentCategory, response: null, error: null })
      return requestNearby(place, origin, currentCategory)
    },
    [requestNearby],
  )

  // Selects the territory of the current level under a point, once that level's geometry is at hand.
  const selectAt = useCallback(async (lon: number, lat: number) => {
    const { level, setSelection } = useViewStore.getState()
    let collection: TerritoryCollection
    try {
      collection = await loadTerritories(level)
    } catch {
      return
    }
    const id = territoryAt(collection, lon, lat)
    if (id !== null) setSelection([id])
  }, [])

  const pick = useCallback(
    (hit: SearchHit) => {
      const { setLevel, setSelection, category: currentCategory } = useViewStore.getState()
      const { flyTo } = useCamera.getState()
      if ((hit.kind === 'postal_code' || hit.kind === 'fsa') && !(Number.isFinite(hit.lon) && Number.isFinite(hit.lat))) {
        // The server places the code (its own table) and answers with the origin it used.
        void loadNearby(hit.label, { postalCode: hit.label }, currentCategory).then((response) => {
          if (!response) return
          flyTo({ center: [response.origin.lon, response.origin.lat], zoom: PLACE_ZOOM })
          void selectAt(response.origin.lon, response.origin.lat)
        })
        return
      }
      if (hit.bbox) flyTo({ bounds: hit.bbox })
      else flyTo({ center: [hit.lon, hit.lat], zoom: PLACE_ZOOM })
      if (hit.territory_id !== null && hit.level !== null && hit.level !== 'municipality') {
        setLevel(hit.level)
        setSelection([hit.territory_id])
      } else {
        void selectAt(hit.lon, hit.lat)
      }
      void loadNearby(hit.label, { lon: hit.lon, lat: hit.lat }, currentCategory)
    },
    [loadNearby, selectAt],
  )

  // A category change while the list is open lists that category's services instead.
  useEffect(() => {
    if (nearby && nearby.category !== category) void requestNearby(nearby.place, nearby.origin, category)
  }, [category, nearby, requestNearby])

  const close = useCallback(() => {
    controller.current?.abort()
    setNearby(null)
  }, [])
  // Until the new category's answer arrives, the list shows as loading rather than the old category's services.
  const shown = nearby && nearby.category !== category ? { ...nearby, response: null, error: null } : nearby
  return { pick, nearby: shown, close }
}

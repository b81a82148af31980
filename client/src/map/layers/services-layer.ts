/**
 * Service locations as points, clustered at low zoom. Loaded on demand (dynamic import) with
 * supercluster: only people who turn the services layer on download it.
 */
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers'
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster'
import type { OrganizationCollection, OrganizationProperties } from '../../../../core/api/types'
import { SERVICES_LAYER_ID } from './layer-ids'
import { serviceColour } from './service-colours'

export type ServicePoint = PointFeature<OrganizationProperties>
export type ServiceCluster = ClusterFeature<Record<string, never>>
export type ServiceItem = ServicePoint | ServiceCluster

export function isCluster(item: ServiceItem): item is ServiceCluster {
  return (item.properties as { cluster?: boolean }).cluster === true
}

/** A cluster index of the locations; built once per download, queried at every zoom. */
export function serviceIndex(collection: OrganizationCollection): Supercluster<OrganizationProperties, Record<string, never>> {
  // Clusters dissolve at zoom 12, the map's maximum, so every location shows on its own at the end.
  const index = new Supercluster<OrganizationProperties, Record<string, never>>({ radius: 48, maxZoom: 11 })
  return index.load(collection.features as unknown as ServicePoint[])
}

/** What is on screen at this zoom: clusters and single locations inside the bounds [w, s, e, n]. */
export function visibleServices(
  index: Supercluster<OrganizationProperties, Record<string, never>>,
  bounds: [number, number, number, number],
  zoom: number,
): ServiceItem[] {
  return index.getClusters(bounds, Math.floor(zoom))
}

/** Cluster radius in pixels: grows with the square root of the count, so area tracks the number of locations. */
export function clusterRadius(count: number): number {
  return Math.min(30, 9 + Math.sqrt(count) * 1.6)
}

const CLUSTER_FILL: [number, number, number, number] = [31, 58, 95, 225]

/** The points and cluster bubbles, and the counts written in the bubbles. */
export function servicesLayers(items: readonly ServiceItem[]): [ScatterplotLayer<ServiceItem>, TextLayer<ServiceCluster>] {
  const clusters = items.filter(isCluster)
  return [
    new ScatterplotLayer<ServiceItem>({
      id: SERVICES_LAYER_ID,
      data: items,
      getPosition: (item) => item.geometry.coordinates as [number, number],
      getRadius: (item) => (isCluster(item) ? clusterRadius(item.properties.point_count) : 5),
      radiusUnits: 'pixels',
      getFillColor: (item) => (isCluster(item) ? CLUSTER_FILL : [...serviceColour(item.properties.services.flatMap((s) => s.categories)), 255]),
      stroked: true,
      getLineColor: [255, 255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      pickable: true,
    }),
    new TextLayer<ServiceCluster>({
      id: `${SERVICES_LAYER_ID}-counts`,
      data: clusters,
      getPosition: (item) => item.geometry.coordinates as [number, number],
      getText: (item) => String(item.properties.point_count_abbreviated),
      getSize: 11,
      sizeUnits: 'pixels',
      getColor: [255, 255, 255, 255],
      fontFamily: 'Inter, system-ui, sans-serif',
      fontWeight: 700,
      characterSet: '0123456789.k',
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      pickable: false,
    }),
  ]
}

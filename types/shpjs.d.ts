// shpjs ships no type declarations; this covers the entry point the territory loader uses.
declare module 'shpjs' {
  type FeatureCollection = { type: 'FeatureCollection'; features: unknown[]; fileName?: string }
  export default function shp(input: ArrayBuffer | Buffer): Promise<FeatureCollection | FeatureCollection[]>
}

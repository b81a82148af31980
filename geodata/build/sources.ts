// Provenance of every raw file the build reads, transcribed from SOURCES.md. The manifest repeats it
// per output so a reader can trace each committed byte back to an upstream repository and commit.

export interface Source {
  id: string;
  dir: string;
  files: string[];
  publisher: string;
  title: string;
  licence: string;
  upstream: string; // GitHub repo@commit the file was taken from
  version: string; // the source's own date/version (never the build time)
}

export const SOURCES = {
  sdaMrc: {
    id: 'sdaMrc',
    dir: 'sda-decoupages-administratifs-qc',
    files: ['qc-mrc.geojson'],
    publisher: 'Gouvernement du Québec, MRNF',
    title: 'Découpages administratifs (SDA 1/20 000), MRC layer',
    licence: 'CC-BY-4.0',
    upstream: 'rhanka/geo@1e2762fa68df9b55fd9bf390b88fd20125a72109',
    version: 'V2026-05 (retrieved 2026-06-13)',
  },
  mamhMun: {
    id: 'mamhMun',
    dir: 'mamh-repertoire-municipalites',
    files: ['MUN_slim.csv'],
    publisher: "Ministère des Affaires municipales et de l'Habitation (MAMH)",
    title: 'Répertoire des municipalités du Québec (MUN), slim derivative',
    licence: 'CC-BY-4.0',
    upstream: 'NicolasLamarque/leopard@8713feea0a5f8de5d381ac2443136ef973aa6d80',
    version: 'post-November-2025 elections edition (repo commit 2026-04-06)',
  },
  mamhArr: {
    id: 'mamhArr',
    dir: 'mamh-repertoire-municipalites',
    files: ['ARR_slim.csv'],
    publisher: "Ministère des Affaires municipales et de l'Habitation (MAMH)",
    title: 'Répertoire des municipalités du Québec (ARR, arrondissements), slim derivative',
    licence: 'CC-BY-4.0',
    upstream: 'NicolasLamarque/leopard@8713feea0a5f8de5d381ac2443136ef973aa6d80',
    version: 'repo commit 2026-04-06',
  },
  sdaCentroids: {
    id: 'sdaCentroids',
    dir: 'sda-municipality-centroids',
    files: ['centres_municipalites.csv'],
    publisher: 'Gouvernement du Québec, MRNF (centroids computed by the upstream repository)',
    title: 'Découpages administratifs, municipalities (munic_s) area centroids',
    licence: 'CC-BY-4.0',
    upstream: 'JulienMiron/StatInfo@c4a2e772542a9abd4cf1660955218f1aa50ad964',
    version: 'SDA 2026',
  },
  fsaCentroids: {
    id: 'fsaCentroids',
    dir: 'statcan-fsa2021-centroids',
    files: ['fsa_centroids_qc_ottawa.geojson'],
    publisher: 'Statistics Canada',
    title: 'Forward sortation areas, 2021 cartographic boundary file (centroids) and Census 2021 FSA population',
    licence: 'Statistics Canada Open Licence',
    upstream: 'AntonioCoppe/311-insight-dashboard@14de902d3c0d65599f04c1b01be31c1c8371e2c6 (population from clessnverse/cartessn@6554422cc2337f5c45054d67dd730f703d35190a)',
    version: 'Census 2021',
  },
  mtlQuartiers: {
    id: 'mtlQuartiers',
    dir: 'montreal-open-data',
    files: ['quartierreferencehabitation.geojson'],
    publisher: 'Ville de Montréal',
    title: 'Quartiers de référence en habitation',
    licence: 'CC-BY-4.0',
    upstream: 'ks-tang/Quebec-Project@394892e2c9ab4f4419658583c2bc52fef7d88471',
    version: 'official file, 1 135 769 bytes',
  },
  vdqQuartiers: {
    id: 'vdqQuartiers',
    dir: 'quebec-city-open-data',
    files: ['vdq-quartier.geojson'],
    publisher: 'Ville de Québec',
    title: 'Quartiers (vdq-quartier)',
    licence: 'CC-BY-4.0',
    upstream: 'ks-tang/Quebec-Project@394892e2c9ab4f4419658583c2bc52fef7d88471',
    version: 'as published in the upstream repository',
  },
  onsGen3: {
    id: 'onsGen3',
    dir: 'ottawa-ons-gen3',
    files: ['ons_gen3_neighbourhoods.geojson', 'ons_gen3_pop2021.csv'],
    publisher: 'Ottawa Neighbourhood Study (uOttawa) / City of Ottawa; populations: Statistics Canada custom geography',
    title: 'ONS Gen3 neighbourhood boundaries (Feb 2023) and 2021 populations',
    licence: 'Open Government Licence – City of Ottawa (boundaries); Statistics Canada Open Licence (populations); repository MIT',
    upstream: 'Ottawa-Neighbourhood-Study/neighbourhoodstudy@bcad067aada45ab6d881941289b4eaa3d2d02730',
    version: 'Gen3, February 2023; Census 2021',
  },
  onsSli: {
    id: 'onsSli',
    dir: 'ottawa-ons-gen3',
    files: ['sli_da2021_to_ons_gen3.csv'],
    publisher: 'Ottawa Neighbourhood Study (uOttawa)',
    title: 'Single-link lookup, 2021 dissemination areas to ONS Gen3 neighbourhoods',
    licence: 'MIT (repository)',
    upstream: 'Ottawa-Neighbourhood-Study/neighbourhoodstudy@bcad067aada45ab6d881941289b4eaa3d2d02730',
    version: 'Census 2021 DAs',
  },
  cimd: {
    id: 'cimd',
    dir: 'statcan-cimd2021-da',
    files: ['cimd2021_scores_da_qc_ottawa.csv', 'population2021_da_cd_qc_ottawa.csv'],
    publisher: 'Statistics Canada',
    title: 'Canadian Index of Multiple Deprivation 2021 (45-20-0001) and Census 2021 DA population counts',
    licence: 'Statistics Canada Open Licence',
    upstream: 'arbmarta/Canadian-Street-Tree-Distributional-Equality-and-Equity@bb58efbb731a065e6b97bbf01cd3c7811d4e56bb',
    version: 'CIMD 2021',
  },
  msss: {
    id: 'msss',
    dir: 'msss-m02-installations',
    files: ['installationscsv.csv'],
    publisher: 'Ministère de la Santé et des Services sociaux (MSSS)',
    title: 'Fichiers cartographiques M02 des installations et établissements (installations)',
    licence: 'CC-BY-4.0',
    upstream: 'nathan103004/Claude-builder@e76d55ff7a746040150af17e3393502aba5a3774',
    version: 'DATE_MAJ 2026-03-23',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** Path of a source file relative to the source directory, e.g. "statcan-cimd2021-da/x.csv". */
export function sourceFile(id: SourceId, index = 0): string {
  const s: Source = SOURCES[id];
  const file = s.files[index];
  if (file === undefined) throw new Error(`sources.ts: source ${id} has no file #${index}`);
  return `${s.dir}/${file}`;
}

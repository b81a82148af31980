/**
 * Turns off V8's allocation-site pretenuring for the rest of the process, before a bulk load.
 *
 * Why: V8 learns, per allocation site, whether the objects it makes tend to survive a young-generation
 * collection, and then allocates that site's objects straight in the old generation. An import's rows,
 * cells and records all die young, but if a scavenge happens to find some of them alive (while the
 * first chunks wait for the encoder worker to start, say) their sites are "tenured"; from then on, an
 * old-generation row keeps its young cells alive through every scavenge. Measured on a million-row
 * import (2026-12-07, docs/ETL.md): in about one run in four, half of each young generation was then
 * promoted, costing 1.1 s of the import thread and about 3.5 s of V8's helper threads (the import took
 * 8–10 s instead of 6). With pretenuring off, 0 of 20 runs did; good runs were as fast as before.
 */
import { setFlagsFromString } from 'node:v8'

let disabled = false

/** Turns allocation-site pretenuring off (once; later calls do nothing). */
export function disablePretenuring(): void {
  if (disabled) return
  // A flag V8 reads at each collection: setting it after start-up takes effect at the next one.
  setFlagsFromString('--no-allocation-site-pretenuring')
  disabled = true
}

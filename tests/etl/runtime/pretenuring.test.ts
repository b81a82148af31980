import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const MODULE = fileURLToPath(new URL('../../../etl/runtime/pretenuring.ts', import.meta.url))

/**
 * Runs a child Node that keeps many young objects alive across scavenges (what makes V8 tenure their
 * allocation site), with V8 tracing its pretenuring feedback; returns that trace.
 */
function pretenuringTrace(disable: boolean): string {
  const script = `
    ${disable ? `const { disablePretenuring } = await import(${JSON.stringify(MODULE)}); disablePretenuring(); disablePretenuring()` : ''}
    const make = (i) => ({ i, cells: [i] })
    let kept = []
    for (let round = 0; round < 20; round++) { kept = []; for (let i = 0; i < 200000; i++) kept.push(make(i)) }
    console.log('kept', kept.length)
  `
  return execFileSync(process.execPath, ['--trace-pretenuring-statistics', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })
}

describe('disablePretenuring', () => {
  it('stops V8 from tenuring allocation sites of objects that survive scavenges', () => {
    const before = pretenuringTrace(false)
    const after = pretenuringTrace(true)
    // The control run shows the workload does make V8 weigh tenuring its sites.
    expect(before).toMatch(/pretenuring: AllocationSite.*tenure/)
    expect(after).toContain('kept 200000')
    expect(after).not.toMatch(/pretenuring:/)
  }, 30_000)
})

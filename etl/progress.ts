/** A progress line on stderr with rows per second, redrawn in place on a terminal. */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  const started = new Map<string, number>()
  let lastDraw = 0
  return (step: string, done: number, total: number) => {
    const now = Date.now()
    if (!started.has(step)) started.set(step, now)
    const finished = done >= total
    if (!finished && now - lastDraw < 200) return
    lastDraw = now
    const seconds = Math.max(0.001, (now - (started.get(step) ?? now)) / 1000)
    const width = 24
    const filled = Math.round((Math.min(done, total) / Math.max(1, total)) * width)
    const line = `${step.padEnd(14)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en-CA')}/${total.toLocaleString('en-CA')}  ${Math.round(done / seconds).toLocaleString('en-CA')}/s`
    if (stream.isTTY) stream.write(`\r${line}${finished ? '\n' : ''}`)
    else if (finished) stream.write(`${line}\n`)
  }
}

import { InputError } from './types'

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * The offset of the first JSON syntax error in a text (JSON.parse does not always say where).
 * Only called once JSON.parse has failed; returns text.length when the text ends too early.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  class Stop {
    constructor(readonly at: number) {}
  }
  const fail = (at = i): never => {
    throw new Stop(at)
  }
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++
  }
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) fail(i - 1)
  }
  const string = () => {
    i++ // opening quote
    while (i < text.length) {
      const code = text.charCodeAt(i)
      if (code === 34) {
        i++
        return
      }
      if (code < 0x20) fail()
      if (code === 92) {
        const next = text[i + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i + 1)
          i += 6
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2
        else fail(i + 1)
      } else i++
    }
    fail(text.length)
  }
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!match || match[0] === '' || match[0] === '-') fail()
    i += (match as RegExpExecArray)[0].length
  }
  const value = (): void => {
    space()
    const ch = text[i]
    if (ch === undefined) fail(text.length)
    else if (ch === '{') {
      i++
      space()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        space()
        if (text[i] !== '"') fail(i >= text.length ? text.length : i)
        string()
        space()
        if (text[i] !== ':') fail(i >= text.length ? text.length : i)
        i++
        value()
        space()
        if (text[i] === ',') i++
        else if (text[i] === '}') {
          i++
          return
        } else fail(i >= text.length ? text.length : i)
      }
    } else if (ch === '[') {
      i++
      space()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value()
        space()
        if (text[i] === ',') i++
        else if (text[i] === ']') {
          i++
          return
        } else fail(i >= text.length ? text.length : i)
      }
    } else if (ch === '"') string()
    else if (ch === 't') literal('true')
    else if (ch === 'f') literal('false')
    else if (ch === 'n') literal('null')
    else number()
  }
  try {
    value()
    space()
    return i < text.length ? i : text.length
  } catch (stop) {
    if (stop instanceof Stop) return stop.at
    throw stop
  }
}

/** JSON.parse with an InputError that says where the text stops being JSON (line, column). */
export function parseJsonText(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return JSON.parse(body)
  } catch (error) {
    const offset = jsonErrorOffset(body)
    const { line, column } = lineColumn(body, offset)
    const early = offset >= body.length ? ' (the text ends too early)' : ''
    const reason = (error as Error).message.replace(/, (\.\.\.)?".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '')
    throw new InputError(file, `not valid JSON at line ${line}, column ${column}${early}: ${reason}`)
  }
}

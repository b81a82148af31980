import { afterAll, describe, expect, it } from 'vitest'
import { detectDelimiter, detectEncoding, openCsv } from '../../../etl/read/csv'
import { openTable } from '../../../etl/read/open-table'
import { collect, cp1252, fixture, scratch } from './helpers'

const tmp = scratch()
afterAll(() => tmp.cleanup())

describe('encoding detection', () => {
  it('tells UTF-8 with BOM, UTF-8, UTF-16 and Windows-1252 apart', () => {
    expect(detectEncoding(Buffer.from('\uFEFFa;b', 'utf8'))).toBe('utf-8-bom')
    expect(detectEncoding(Buffer.from('Besoin;Ville\nDépannage;Québec', 'utf8'))).toBe('utf-8')
    expect(detectEncoding(cp1252('Besoin;Ville\nDépannage;Québec'))).toBe('windows-1252')
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toBe('utf-16le')
  })

  it('reads Windows-1252 text from Excel: é è à ç É € ’', async () => {
    const path = tmp.write('cp1252.csv', cp1252('No;Besoin;Municipalité;Note\r\n1;Dépannage à l’épicerie;Lévis;Coût 25 €\r\n2;Hébergement;Saint-Jérôme;ÉCOLE ça va œuvre\r\n'))
    const source = await openTable(path, { kind: 'requests' })
    expect(source.details.encoding).toBe('Windows-1252')
    expect(source.columns).toEqual(['No', 'Besoin', 'Municipalité', 'Note'])
    const rows = await collect(source)
    expect(rows.map((r) => r.values)).toEqual([
      { No: '1', Besoin: 'Dépannage à l’épicerie', Municipalité: 'Lévis', Note: 'Coût 25 €' },
      { No: '2', Besoin: 'Hébergement', Municipalité: 'Saint-Jérôme', Note: 'ÉCOLE ça va œuvre' },
    ])
  })

  it('reads UTF-8 without BOM', async () => {
    const path = tmp.write('utf8.csv', 'Besoin,Ville\nDépannage alimentaire,Trois-Rivières\n')
    const source = await openCsv(path)
    expect(source.details.encoding).toBe('UTF-8')
    expect((await collect(source))[0]?.values).toEqual({ Besoin: 'Dépannage alimentaire', Ville: 'Trois-Rivières' })
  })

  it('reads UTF-16LE with BOM (Excel "Unicode text", tab-delimited)', async () => {
    const body = Buffer.from('Besoin\tVille\r\nLogement\tRimouski\r\n', 'utf16le')
    const path = tmp.write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), body]))
    const source = await openCsv(path)
    expect(source.details).toMatchObject({ encoding: 'UTF-16LE', delimiter: 'tab' })
    expect((await collect(source))[0]?.values).toEqual({ Besoin: 'Logement', Ville: 'Rimouski' })
  })

  it('falls back to Windows-1252 when the first 64 KB were plain ASCII', async () => {
    const ascii = 'a;b\n' + 'x;y\n'.repeat(20_000)
    const path = tmp.write('late-accent.csv', Buffer.concat([Buffer.from(ascii), cp1252('Québec;€\n')]))
    const source = await openCsv(path)
    const rows = await collect(source)
    expect(rows.at(-1)).toEqual({ line: 20_002, values: { a: 'Québec', b: '€' } })
    expect(source.details.encoding).toMatch(/^Windows-1252/)
  })

  it('reads UTF-8 characters cut by the 64 KB reads whole, wherever the cut falls', async () => {
    for (const char of ['é', '€', '😀']) {
      for (let shift = 0; shift < 4; shift++) {
        // The character's bytes start a few bytes before the end of the first 64 KB read.
        const head = 'Besoin;Ville\n'
        const fill = 'x'.repeat(64 * 1024 - head.length - 6 - shift)
        const text = `${head}${fill};a\n${char}${char};Lévis\nfin;${char}\n`
        const source = await openCsv(tmp.write(`cut-${[...char].length}-${shift}-${Buffer.byteLength(char)}.csv`, Buffer.from(text, 'utf8')))
        const rows = await collect(source)
        expect(rows.map((r) => r.values)).toEqual([
          { Besoin: fill, Ville: 'a' },
          { Besoin: `${char}${char}`, Ville: 'Lévis' },
          { Besoin: 'fin', Ville: char },
        ])
        expect(source.details.encoding).toBe('UTF-8')
      }
    }
  })

  it('reads a file that ends inside a UTF-8 sequence: Windows-1252 after plain ASCII, a mix of encodings otherwise', async () => {
    // Found by tests/production/fuzz.test.ts: the end of the file threw a TypeError, a 500 on upload.
    const ascii = await openCsv(tmp.write('cut-ascii.csv', cp1252('a;b\nx;Non comblé')))
    expect((await collect(ascii)).map((r) => r.values)).toEqual([{ a: 'x', b: 'Non comblé' }])
    expect(ascii.details.encoding).toBe('Windows-1252 (the first 15 bytes were plain ASCII)')
    const mixed = await openCsv(tmp.write('cut-mixed.csv', Buffer.concat([Buffer.from('a;b\nQuébec;1\nx;', 'utf8'), cp1252('é')])))
    await expect(collect(mixed)).rejects.toThrow(/cut-mixed\.csv, row 3: .*mixes encodings/)
    await expect(openCsv(tmp.write('cut-header.csv', Buffer.from([0x53, 0xd2])))).rejects.toThrow(/cut-header\.csv: the file has a header but no data rows/)
  })
})

describe('delimiters, quotes and rows', () => {
  it('detects ; , tab and | from the header, respecting quotes', () => {
    expect(detectDelimiter('a;b;c\n1;2,5;3\n')).toBe(';')
    expect(detectDelimiter('"a;x",b,c\n1,2,3\n')).toBe(',')
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t')
    expect(detectDelimiter('a|b|c\n1|2|3\n')).toBe('|')
  })

  it('reads a French 2-1-1 export: BOM, semicolons, CRLF, quoted ; "" and newlines, blank lines', async () => {
    const source = await openTable(fixture('requests-211-fr.csv'), { kind: 'requests' })
    expect(source.format).toBe('csv')
    expect(source.details).toMatchObject({ encoding: 'UTF-8 with BOM', delimiter: 'semicolon (;)' })
    expect(source.columns[0]).toBe("No d'appel")
    const rows = await collect(source)
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 6])
    expect(rows[0]?.values.Notes).toBe('Rappeler après 17 h; pas de courriel')
    expect(rows[1]?.values['Besoin exprimé']).toBe('Logement; hébergement d\'urgence')
    expect(rows[1]?.values.Notes).toBe('Dit : "aucune place"')
    expect(rows[2]?.values.Notes).toBe('Note sur\r\ndeux lignes')
    expect(rows[3]?.values).toMatchObject({ "No d'appel": 'A-1004', Notes: '', Municipalité: 'Stanstead' })
  })

  it('reads an English comma export with a quoted comma and a US-style date', async () => {
    const rows = await collect(await openTable(fixture('requests-211-en.csv'), { kind: 'requests' }))
    expect(rows).toHaveLength(2)
    expect(rows[1]?.values).toMatchObject({ 'Caller name': 'Doe, Jane', 'Call date': '03/02/2025', City: 'Montréal', 'Need category': 'Housing, shelter' })
  })

  it('reads a tab-separated file', async () => {
    const source = await openTable(fixture('requests-tab.tsv'), { kind: 'requests' })
    expect(source.details.delimiter).toBe('tab')
    const rows = await collect(source)
    expect(rows[1]?.values).toMatchObject({ Category: 'Food, clothing', Language: 'Arabic' })
  })

  it('trims values, fills short rows, ignores empty extra cells and trailing empty headers', async () => {
    const path = tmp.write('ragged.csv', 'a;b;c;;\n  1 ; "  2  " \n4;5;6;;;\n')
    const source = await openCsv(path)
    expect(source.columns).toEqual(['a', 'b', 'c'])
    expect((await collect(source)).map((r) => r.values)).toEqual([
      { a: '1', b: '2', c: '' },
      { a: '4', b: '5', c: '6' },
    ])
  })

  it('names empty header cells "column N" and honours an Excel sep= line', async () => {
    const path = tmp.write('sep.csv', 'sep=,\nNo,,Ville\n1,x,Laval\n')
    const source = await openCsv(path)
    expect(source.details.delimiter).toBe('comma (,)')
    expect(source.columns).toEqual(['No', 'column 2', 'Ville'])
    expect(await collect(source)).toEqual([{ line: 2, values: { No: '1', 'column 2': 'x', Ville: 'Laval' } }])
  })

  it('skips leading blank lines and keeps spreadsheet row numbers; mixed line endings are fine', async () => {
    const path = tmp.write('blank-start.csv', '\n\nNo;Ville\r\n1;Laval\n\r\n2;Gaspé\r3;Alma\n')
    const source = await openCsv(path)
    expect(source.details.header_row).toBe('3')
    expect(await collect(source)).toEqual([
      { line: 4, values: { No: '1', Ville: 'Laval' } },
      { line: 6, values: { No: '2', Ville: 'Gaspé' } },
      { line: 7, values: { No: '3', Ville: 'Alma' } },
    ])
  })

  it('keeps a stray quote inside an unquoted value', async () => {
    const path = tmp.write('stray-quote.csv', 'Nom;Ville\nCentre "La Source";Magog\n')
    expect((await collect(await openCsv(path)))[0]?.values.Nom).toBe('Centre "La Source"')
  })

  it('can iterate the rows twice (each pass re-reads the file)', async () => {
    const source = await openCsv(fixture('requests-211-en.csv'))
    expect((await collect(source)).length).toBe(2)
    expect((await collect(source)).length).toBe(2)
  })
})

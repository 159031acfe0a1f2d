// Third blind evaluation of detect(): large generated Mistral-SDK-like files (TS, Python, Go, Java) packed with
// 32-character identifiers, hex digests and base62 ids. Measures false positives on the clean files, then recall
// with one key planted per file. Writes bench/out/holdout-third.md. Floors are loose: this measures, not gates.

import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from '@jest/globals'
import { detect } from '../../src/detect/detector.js'
import { expectNoKey } from '../helpers/keys.js'
import { buildSdkCorpus, type Shape } from './sdk-corpus.js'

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'out', 'holdout-third.md')

describe('holdout-third: SDK-heavy precision and recall', () => {
  test('few false positives on SDK sources, planted keys found', () => {
    const { files, shapes, shapeOf } = buildSdkCorpus(30)
    const keys = files.map((f) => f.key)
    const fpByShape: Record<Shape, number> = { identifier: 0, hexDigest: 0, base62Id: 0 }
    const fpByLang: Record<string, number> = {}
    let lines = 0
    let found = 0
    const missedLangs: string[] = []
    for (const file of files) {
      lines += file.text.split('\n').length - 1
      // Clean file: every match is a false positive.
      for (const m of detect(file.text)) {
        fpByShape[shapeOf(m.secret)]++
        fpByLang[file.lang] = (fpByLang[file.lang] ?? 0) + 1
      }
      const hit = detect(file.planted).some((m) => m.secret === file.key && m.line === file.keyLine)
      if (hit) found++
      else missedLangs.push(`${file.path} (${file.lang})`)
    }
    const fp = fpByShape.identifier + fpByShape.hexDigest + fpByShape.base62Id
    const recall = found / files.length
    const summary = [
      '# holdout-third: SDK-heavy precision',
      '',
      '| metric | value |',
      '| --- | --- |',
      `| files | ${files.length} (TS, Python, Go, Java) |`,
      `| lines | ${lines} |`,
      `| 32-char identifiers present | ${shapes.identifiers} |`,
      `| 32-char hex digests present | ${shapes.hexDigests} |`,
      `| 32-char base62 ids present (prefixed, e.g. conv_…) | ${shapes.base62Ids} |`,
      `| false positives (clean files) | ${fp} (identifiers ${fpByShape.identifier}, ` +
        `hex ${fpByShape.hexDigest}, base62 ${fpByShape.base62Id}) |`,
      `| FP by language | ${JSON.stringify(fpByLang)} |`,
      `| FP per 10,000 identifiers | ${((fpByShape.identifier / shapes.identifiers) * 10000).toFixed(2)} |`,
      `| planted keys found | ${found}/${files.length} (recall ${recall.toFixed(3)}) |`,
      `| missed | ${missedLangs.join(', ') || 'none'} |`,
      '',
    ].join('\n')
    expectNoKey(summary, keys, 'holdout-third summary')
    mkdirSync(dirname(OUT), { recursive: true })
    writeFileSync(OUT, summary)
    console.log(summary)
    expect(recall).toBeGreaterThanOrEqual(0.8)
    expect(fpByShape.identifier / shapes.identifiers).toBeLessThanOrEqual(1 / 10000)
  })
})

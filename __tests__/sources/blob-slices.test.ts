// Reading the whole store through spooled cat-file slices (git/blob-slices.ts, git/spooled-git.ts): every blob
// once, in list order, whatever the slice size; a missing object and a failing reader are errors; nothing is
// left in the temp folder.
import { describe, expect, it, afterEach, beforeEach } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { listBlobs } from '../../src/git/all-blobs.js'
import { BlobSlices } from '../../src/git/blob-slices.js'
import { gitText } from '../../src/git/runner.js'
import { SpooledGit } from '../../src/git/spooled-git.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'

function spoolFiles(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith(`mistral-guard-${process.pid}-`))
}

interface Seen {
  oid: string
  type: string
  data: string | null
}

/**
 * Reads `ids` through BlobSlices with the given slice size; each id's blob is `sizes[id]` bytes. With
 * `widenAt`, two gits may write at once from that id on (as history allows once its log is read).
 */
async function readSlices(
  dir: string,
  ids: string[],
  sizes: Map<string, number>,
  sliceBytes: number,
  widenAt = -1,
): Promise<Seen[]> {
  const seen: Seen[] = []
  const slices = new BlobSlices(dir, (oid, type, data) => seen.push({ oid, type, data: data?.toString('utf8') ?? null }), {
    sliceBytes,
  })
  // Fed a few ids at a time, as the listing does.
  for (let i = 0; i < ids.length; i += 3) {
    if (i === widenAt) slices.widen()
    const part = ids.slice(i, i + 3)
    slices.add(Buffer.from(part.map((id) => `${id}\n`).join('')), part.reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0))
  }
  await slices.end()
  return seen
}

describe('BlobSlices', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('answers every id once, in order, whether in one slice or many', async () => {
    for (let i = 0; i < 40; i++) repo.write(`f${i}.txt`, `file ${i}\n${'x'.repeat(i * 500)}\n`)
    repo.commit('files')
    const listed: string[] = []
    let listedBytes = 0
    const present = await listBlobs(repo.dir, (lines, bytes) => {
      listed.push(...lines.toString('latin1').split('\n').filter(Boolean))
      listedBytes += bytes
    })
    expect(listed).toHaveLength(40)
    expect(listed.every((id) => present.has(id))).toBe(true)
    const sizes = new Map<string, number>()
    for (const id of listed) sizes.set(id, Number((await gitText(['cat-file', '-s', id], { cwd: repo.dir })).trim()))
    expect(listedBytes).toBe([...sizes.values()].reduce((a, b) => a + b, 0))

    const whole = await readSlices(repo.dir, listed, sizes, 1 << 30)
    // 1 KB slices: a new git (and a new spool file) every few blobs.
    const tiny = await readSlices(repo.dir, listed, sizes, 1024)
    expect(whole.map((seen) => seen.oid)).toEqual(listed)
    expect(tiny).toEqual(whole)
    // Two gits writing side by side, from the start or from the middle of the list: still in list order.
    expect(await readSlices(repo.dir, listed, sizes, 1024, 0)).toEqual(whole)
    expect(await readSlices(repo.dir, listed, sizes, 2048, 21)).toEqual(whole)
    for (const seen of whole) {
      expect(seen.type).toBe('blob')
      expect(seen.data!.length).toBe(sizes.get(seen.oid))
    }
    expect(whole.some((seen) => seen.data!.startsWith('file 39\n'))).toBe(true)
    expect(spoolFiles()).toEqual([])
  })

  it('lists a store of thousands of blobs in pieces, each id once', async () => {
    for (let i = 0; i < 2500; i++) repo.write(`d${i % 10}/f${i}.txt`, `blob ${i}\n`)
    repo.commit('many')
    // Packed blobs, then a loose one.
    repo.git('repack', '-q', '-a', '-d')
    repo.write('d0/f0.txt', 'changed\n')
    repo.commit('one more')
    const pieces: number[] = []
    const ids: string[] = []
    const present = await listBlobs(repo.dir, (lines) => {
      pieces.push(lines.length)
      ids.push(...lines.toString('latin1').split('\n').filter(Boolean))
    })
    expect(ids).toHaveLength(2501)
    expect(new Set(ids).size).toBe(2501)
    expect(present.size).toBe(2501)
    expect(pieces.length).toBeGreaterThan(1)
    expect(Math.max(...pieces)).toBeLessThanOrEqual(64 * 1024)
    expect(ids).toContain(repo.git('rev-parse', 'HEAD:d0/f0.txt').trim())
  })

  it('reports a missing object as null, and a failing handler rejects and stops git', async () => {
    repo.write('a.txt', 'a\n')
    repo.commit('one')
    const blob = repo.git('rev-parse', 'HEAD:a.txt').trim()
    const absent = '0123456789abcdef0123456789abcdef01234567'
    const seen = await readSlices(repo.dir, [blob, absent, blob], new Map([[blob, 2]]), 1 << 20)
    expect(seen.map((s) => s.data)).toEqual(['a\n', null, 'a\n'])

    const failing = new BlobSlices(repo.dir, () => {
      throw new Error('handler failed')
    })
    failing.add(Buffer.from(`${blob}\n`), 2)
    await expect(failing.end()).rejects.toThrow('handler failed')
    // With two gits writing: the failure still stops both, and the list is not read on.
    let calls = 0
    const widened = new BlobSlices(
      repo.dir,
      () => {
        if (++calls === 3) throw new Error('handler failed')
      },
      { sliceBytes: 2 },
    )
    widened.widen()
    for (let i = 0; i < 50; i++) widened.add(Buffer.from(`${blob}\n`), 2)
    await expect(widened.end()).rejects.toThrow('handler failed')
    expect(calls).toBe(3)
    expect(spoolFiles()).toEqual([])
  })

  it('stops when killed, without waiting for the rest of the list', async () => {
    repo.write('a.txt', 'a\n')
    repo.commit('one')
    const blob = repo.git('rev-parse', 'HEAD:a.txt').trim()
    const slices = new BlobSlices(repo.dir, () => undefined)
    slices.add(Buffer.from(`${blob}\n`.repeat(10_000)), 20_000)
    slices.kill()
    await slices.done
    expect(spoolFiles()).toEqual([])
  })
})

describe('SpooledGit options', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('feeds `input` to git, and with `keep` reads the output again from the start', async () => {
    repo.write('a.txt', 'alpha\n')
    repo.commit('one')
    const blob = repo.git('rev-parse', 'HEAD:a.txt').trim()
    const spooled = SpooledGit.start(['cat-file', '--batch'], repo.dir, { input: Buffer.from(`${blob}\n`), keep: true })!
    const parts: Buffer[] = []
    for await (const chunk of spooled.chunks()) parts.push(Buffer.from(chunk))
    const first = Buffer.concat(parts).toString('utf8')
    expect(first).toBe(`${blob} blob 6\nalpha\n\n`)
    await spooled.exited()
    expect(Buffer.concat([...spooled.readAgain(4)]).toString('utf8')).toBe(first)
    spooled.dispose()
    expect(() => [...spooled.readAgain()]).toThrow('needs an open spool')
    expect(spoolFiles()).toEqual([])
  })
})

#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _commands_prefetch_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7755);
/* harmony import */ var _commands_dispatch_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3754);
/* harmony import */ var _sources_diff_prefetch_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2215);
/* harmony import */ var _sources_staged_prefetch_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4424);
// CLI entry: picks the command and maps any escaped error to exit 2. Each command lives in src/commands/.
// A diff or staged scan's git work starts first, while the engine loads (commands/prefetch.ts).




const argv = process.argv.slice(2);
(0,_commands_prefetch_js__WEBPACK_IMPORTED_MODULE_0__/* .prefetchForArgv */ .D8)(argv, process.cwd());
try {
    process.exitCode = await (0,_commands_dispatch_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)(argv, {
        cwd: process.cwd(),
        env: process.env,
        stdout: process.stdout,
        stderr: process.stderr,
    });
}
finally {
    (0,_sources_diff_prefetch_js__WEBPACK_IMPORTED_MODULE_2__/* .dropPrefetchedDiff */ .fr)();
    (0,_sources_staged_prefetch_js__WEBPACK_IMPORTED_MODULE_3__/* .dropPrefetchedStaged */ .SQ)();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3754:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/* harmony import */ var _config_config_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5877);

const USAGE = `Usage: mistral-guard <command> [options]

Commands:
  scan       Scan for Mistral API keys and check the repository (default)
  baseline   Write the current findings' fingerprints to a baseline file
  init       Write a starter .mistral-guard.yml and add missing .gitignore lines
  plan       Plan an organization or history scan as a job matrix
  schema     Print the JSON Schema of .mistral-guard.yml

Run 'mistral-guard <command> --help' for the options of a command.
`;
// Loaded on demand so that a command pulls in only what it needs.
const commands = {
    scan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(580), __nccwpck_require__.e(365)]).then(__nccwpck_require__.bind(__nccwpck_require__, 689))).scanCommand,
    baseline: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(580), __nccwpck_require__.e(365), __nccwpck_require__.e(547)]).then(__nccwpck_require__.bind(__nccwpck_require__, 547))).baselineCommand,
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(138), __nccwpck_require__.e(815), __nccwpck_require__.e(729)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9729))).initCommand,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(392), __nccwpck_require__.e(522)]).then(__nccwpck_require__.bind(__nccwpck_require__, 522))).planCommand,
    schema: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(383)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9383))).schemaCommand,
};
async function run(argv, io) {
    const [first, ...rest] = argv;
    if (first === '--help' || first === '-h' || first === 'help') {
        io.stdout.write(USAGE);
        return 0;
    }
    if (first === '--version' || first === '-V') {
        io.stdout.write(`${VERSION}\n`);
        return 0;
    }
    const named = first !== undefined && !first.startsWith('-');
    const name = named ? first : 'scan';
    const load = commands[name];
    if (!load) {
        io.stderr.write(`mistral-guard: unknown command '${name}'.\n\n${USAGE}`);
        return 2;
    }
    try {
        return await (await load())(named ? rest : argv, io);
    }
    catch (error) {
        const message = error instanceof _config_config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e ? error.message : `error: ${error?.message ?? String(error)}`;
        io.stderr.write(`mistral-guard: ${message}\n`);
        return 2;
    }
}
const VERSION = '0.1.0';


/***/ }),

/***/ 7755:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ prefetchForArgv)
/* harmony export */ });
/* unused harmony exports stagedRequestFromArgv, diffRequestFromArgv */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _settings_scan_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7598);
/* harmony import */ var _sources_diff_prefetch_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2215);
/* harmony import */ var _sources_staged_prefetch_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4424);
// What `scan` will first ask git, started by the CLI before it loads the engine (sources/diff-prefetch.ts,
// sources/staged-prefetch.ts).
// Reads the flags leniently: a guess that turns out wrong costs some git work, never a wrong result, since the
// diff source uses the prefetched diff only for the repository and revisions it resolves itself.





/** Starts the git work of `argv` (the CLI's arguments) if it is a diff or a staged scan. */
function prefetchForArgv(argv, cwd) {
    const [first, ...rest] = argv;
    const named = first !== undefined && !first.startsWith('-');
    if (named && first !== 'scan')
        return;
    const flags = named ? rest : argv;
    const request = diffRequestFromArgv(flags, cwd);
    const staged = request ? null : stagedRequestFromArgv(flags, cwd);
    if (request)
        (0,_sources_diff_prefetch_js__WEBPACK_IMPORTED_MODULE_3__/* .prefetchDiff */ .f9)(request);
    else if (staged)
        (0,_sources_staged_prefetch_js__WEBPACK_IMPORTED_MODULE_4__/* .prefetchStaged */ .gx)(staged);
}
/** The repository directory a `scan --mode staged` with these flags will scan, or null (another scan, help). */
function stagedRequestFromArgv(argv, cwd) {
    const parsed = parseFlags(argv);
    if (!parsed)
        return null;
    const { values, positionals } = parsed;
    if (values.help || positionals.length > 0 || values.mode !== 'staged')
        return null;
    const repo = values.repo;
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, typeof repo === 'string' ? repo : '.');
}
function parseFlags(argv) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: argv, options: _settings_scan_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .SCAN_FLAGS */ .G, allowPositionals: true, strict: false });
    }
    catch {
        return null;
    }
}
/** The diff a `scan` with these flags will run, or null (another mode, help, or flags it will reject). */
function diffRequestFromArgv(argv, cwd) {
    const parsed = parseFlags(argv);
    if (!parsed)
        return null;
    const { values, positionals } = parsed;
    const text = (name) => {
        const value = values[name];
        return typeof value === 'string' ? value : undefined;
    };
    const base = text('base');
    const mode = text('mode');
    if (values.help || positionals.length > 0 || base === undefined || base.trim() === '')
        return null;
    if (mode !== undefined && mode !== 'diff')
        return null;
    if (['since', 'until', 'range'].some((flag) => values[flag] !== undefined))
        return null;
    return { dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, text('repo') ?? '.'), base, head: text('head') };
}


/***/ }),

/***/ 5877:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A problem with user input (config, baseline, flags): exit 2, and the message names file and field. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}


/***/ }),

/***/ 325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ forEachLineRun),
/* harmony export */   gg: () => (/* binding */ forEachCandidate),
/* harmony export */   gy: () => (/* binding */ forEachCandidateOnLines),
/* harmony export */   kO: () => (/* binding */ CandidateLineScanner)
/* harmony export */ });
/* unused harmony exports KEY_LENGTH, bytesMayHoldCandidate */
// Finds key-shaped runs in one linear pass: exactly 32 ASCII letters and digits, bounded by characters
// that end a token. A run that continues a longer token (`sk-…`, `v1.…`, `…/…`, `…_x`, `…$inboundSchema`,
// base64 with `+`, `/`, `=`) is not a key on its own.
const KEY_LENGTH = 32;
// 256 entries: also indexed by raw bytes (bytes of 128 and up are never ASCII letters or digits).
const ALNUM = new Uint8Array(256);
for (let code = 48; code <= 57; code++)
    ALNUM[code] = 1;
for (let code = 65; code <= 90; code++)
    ALNUM[code] = 1;
for (let code = 97; code <= 122; code++)
    ALNUM[code] = 1;
const BACKSLASH = 92;
/** The letters of the JSON escapes `\n`, `\r`, `\t`. */
const ESCAPE_N = 110;
const ESCAPE_R = 114;
const ESCAPE_T = 116;
function isAlnumAt(text, index) {
    const code = text.charCodeAt(index);
    return code < 128 && ALNUM[code] === 1;
}
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
/** Characters that glue a run to a longer token on either side. */
const GLUE_ALWAYS = new Set(['_', '$', '+', '%', '/']);
/** Characters that glue only when a letter or digit follows them (`x-KEY` vs `-KEY`, `KEY.json` vs `KEY.`). */
const GLUE_IF_WORD_BEYOND = new Set(['-', '.']);
// Glue never reaches across a line break (a newline is neither glue nor a letter), so neither test needs lines.
function gluedBefore(text, start) {
    if (start === 0)
        return false;
    const char = text[start - 1];
    if (GLUE_ALWAYS.has(char) || char === '@')
        return true;
    if (GLUE_IF_WORD_BEYOND.has(char))
        return start >= 2 && isAlnumAt(text, start - 2);
    return char.charCodeAt(0) >= 128 && NON_ASCII_WORD.test(char);
}
function gluedAfter(text, end) {
    if (end >= text.length)
        return false;
    const char = text[end];
    if (GLUE_ALWAYS.has(char) || char === '=')
        return true;
    if (GLUE_IF_WORD_BEYOND.has(char))
        return end + 1 < text.length && isAlnumAt(text, end + 1);
    return char.charCodeAt(0) >= 128 && NON_ASCII_WORD.test(char);
}
/**
 * Calls `found` for every key-shaped run, in text order. A run of KEY_LENGTH letters and digits or more covers
 * some multiple of KEY_LENGTH (counting from KEY_LENGTH - 1), so only those positions are probed and a probe that
 * lands on a letter or digit grows into its whole run: most characters are never read. Lines are counted with
 * native newline searches, only up to runs that are candidates. `accept` (when given) sees each run first, by its
 * offsets, and may drop it before its line is counted: most runs (digests, ids) are never keys, and a text full of
 * them (a JSON Lines log with an id per record) then costs no line counting at all.
 */
function forEachCandidate(text, found, accept) {
    forEachCandidateIn(text, 0, text.length, 1, found, accept);
}
/**
 * forEachCandidate for the given 1-based lines only (a diff's added lines), in text order: the same candidates it
 * finds on them, while the rest of the text is only skimmed for line breaks. A run never spans a line break.
 */
function forEachCandidateOnLines(text, lines, found, accept) {
    const wanted = [...lines].sort((a, b) => a - b);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < wanted.length; i++) {
        const first = wanted[i];
        if (!Number.isInteger(first) || first < line)
            continue;
        while (line < first) {
            const newline = text.indexOf('\n', lineStart);
            if (newline < 0)
                return;
            lineStart = newline + 1;
            line++;
        }
        // Consecutive lines (a hunk) are one stretch.
        let last = first;
        while (i + 1 < wanted.length && wanted[i + 1] === last + 1)
            last = wanted[++i];
        // The stretch ends at the newline that ends `last` (or at the end of the text).
        let end = lineStart;
        for (let at = first; at <= last; at++) {
            const newline = text.indexOf('\n', end);
            if (newline < 0) {
                end = text.length;
                break;
            }
            end = at < last ? newline + 1 : newline;
        }
        forEachCandidateIn(text, lineStart, end, first, found, accept);
        if (end >= text.length)
            return;
        lineStart = end + 1;
        line = last + 1;
    }
}
/** forEachCandidate over text[from, to), which starts a line (number `firstLine`) and ends one. */
function forEachCandidateIn(text, from, to, firstLine, found, accept) {
    let line = firstLine;
    let lineStart = from;
    // The first newline at or after lineStart (the text's length when none): lines before it are counted.
    let nextNewline = newlineFrom(text, from);
    let probe = from + KEY_LENGTH - 1;
    while (probe < to) {
        if (!isAlnumAt(text, probe)) {
            probe += KEY_LENGTH;
            continue;
        }
        let start = probe;
        while (start > from && isAlnumAt(text, start - 1))
            start--;
        let end = probe + 1;
        while (end < to && isAlnumAt(text, end))
            end++;
        // The next run starts after `end`, so if it is long enough it covers `end + KEY_LENGTH`.
        probe = end + KEY_LENGTH;
        const runLength = end - start;
        if (runLength !== KEY_LENGTH && runLength !== KEY_LENGTH + 1)
            continue;
        // Inside a JSON string (a notebook cell), `\n` or `\t` glues its letter to the key that follows (a backslash
        // before the run is on the same line).
        if (runLength === KEY_LENGTH + 1 && start > 0 && text.charCodeAt(start - 1) === BACKSLASH) {
            const escaped = text[start];
            if (escaped === 'n' || escaped === 'r' || escaped === 't')
                start++;
        }
        if (end - start !== KEY_LENGTH || gluedBefore(text, start) || gluedAfter(text, end))
            continue;
        if (accept !== undefined && !accept(start, end))
            continue;
        while (nextNewline < start) {
            line++;
            lineStart = nextNewline + 1;
            nextNewline = newlineFrom(text, lineStart);
        }
        found({ start, end, line, lineStart });
    }
}
function newlineFrom(text, from) {
    const at = text.indexOf('\n', from);
    return at < 0 ? text.length : at;
}
/**
 * Whether a maximal run of letters and digits passes forEachCandidate's length test: exactly KEY_LENGTH, or one
 * more when it starts with the letter of a `\n`, `\r` or `\t` escape (`before` is the code before the run, -1
 * at the start of a line).
 */
function runPassesLength(runLength, before, first) {
    if (runLength === KEY_LENGTH)
        return true;
    return (runLength === KEY_LENGTH + 1 &&
        before === BACKSLASH &&
        (first === ESCAPE_N || first === ESCAPE_R || first === ESCAPE_T));
}
/**
 * The byte-level twin of forEachCandidate's length test, for a gate that reads a line's raw bytes (in pieces,
 * as they arrive) to decide whether its file is worth decoding and scanning. A line it calls clean yields no
 * candidate: runs of ASCII letters and digits are the same in bytes as in decoded text (a non-ASCII character
 * is never one), and it keeps every run forEachCandidate keeps by length. Glue is not checked (it would need
 * decoded characters and lookahead), so it may keep a run the scan then rejects; never the other way round.
 */
class CandidateLineScanner {
    run = 0;
    first = 0;
    /** The byte before the current run, -1 at the start of the line. */
    before = -1;
    /** The last byte read, -1 at the start of the line. */
    previous = -1;
    /** Starts a new line. */
    reset() {
        this.run = 0;
        this.before = -1;
        this.previous = -1;
    }
    /** Reads bytes [from, to) of the line; true once a run that may be a candidate has ended in them. */
    feed(bytes, from, to) {
        let run = this.run;
        let first = this.first;
        let before = this.before;
        for (let at = from; at < to; at++) {
            const byte = bytes[at];
            if (ALNUM[byte] === 1) {
                if (run++ === 0) {
                    first = byte;
                    before = at > from ? bytes[at - 1] : this.previous;
                }
            }
            else if (run !== 0) {
                if (runPassesLength(run, before, first))
                    return true;
                run = 0;
            }
        }
        this.run = run;
        this.first = first;
        this.before = before;
        if (to > from)
            this.previous = bytes[to - 1];
        return false;
    }
    /** The line ended: true if its last run may be a candidate. Ready for the next line. */
    end() {
        const found = this.run !== 0 && runPassesLength(this.run, this.before, this.first);
        this.reset();
        return found;
    }
}
/** Whether forEachCandidate may find a candidate on the line held in bytes [start, end) (no newline inside). */
function bytesMayHoldCandidate(bytes, start, end) {
    const scanner = new CandidateLineScanner();
    return scanner.feed(bytes, start, end) || scanner.end();
}
/**
 * Calls `found` with the offsets of each run on the line in bytes [start, end) (no newline inside) that passes
 * forEachCandidate's length test (for 33 after an escape, the 32 after its letter), until `found` returns false;
 * returns false if it was stopped. Probes as forEachCandidate does, reading a fraction of the bytes, so it finds
 * a run exactly where bytesMayHoldCandidate answers true: the diff parser's reading of whole added lines.
 */
function forEachLineRun(bytes, start, end, found) {
    let probe = start + KEY_LENGTH - 1;
    while (probe < end) {
        if (ALNUM[bytes[probe]] !== 1) {
            probe += KEY_LENGTH;
            continue;
        }
        let first = probe;
        while (first > start && ALNUM[bytes[first - 1]] === 1)
            first--;
        let after = probe + 1;
        while (after < end && ALNUM[bytes[after]] === 1)
            after++;
        if (runPassesLength(after - first, first > start ? bytes[first - 1] : -1, bytes[first])) {
            if (!found(after - KEY_LENGTH, after))
                return false;
        }
        // The next run starts after `after` (a separator); if it is long enough it covers `after + KEY_LENGTH`.
        probe = after + KEY_LENGTH;
    }
    return true;
}


/***/ }),

/***/ 3166:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isHexWithin),
/* harmony export */   p: () => (/* binding */ isHexBytes)
/* harmony export */ });
// Hex digits alone (a digest, a UUID without dashes) are never a key: the detector drops such a run before any
// other test, and the diff parser leaves it out of the runs it keeps. One table for both, on text and on bytes.
const HEX = new Uint8Array(256);
for (const char of '0123456789abcdefABCDEF')
    HEX[char.charCodeAt(0)] = 1;
/** Whether text[start, end) is hex digits only, without slicing it out. */
function isHexWithin(text, start, end) {
    for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code >= 128 || HEX[code] !== 1)
            return false;
    }
    return true;
}
/** isHexWithin for raw bytes (ASCII: the same answer as on their latin1 or UTF-8 text). */
function isHexBytes(bytes, start, end) {
    for (let i = start; i < end; i++)
        if (HEX[bytes[i]] !== 1)
            return false;
    return true;
}


/***/ }),

/***/ 3757:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xw: () => (/* binding */ diffChanges),
/* harmony export */   pJ: () => (/* binding */ DIFF_OPTIONS),
/* harmony export */   wz: () => (/* binding */ parseDiffChanges)
/* harmony export */ });
/* unused harmony export MAX_RUNS */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _detect_candidates_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(325);
/* harmony import */ var _detect_hex_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3166);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8433);
// One `git diff --patch-with-raw -z -U0` gives, per changed file, its blob ids (raw part, NUL-separated, paths
// exactly as stored) and the lines it added (patch part, hunk headers only). The patch lists files in the
// raw part's order, one `diff --git` section each, so sections are matched by position and the patch's
// quoted paths are never parsed. Hunk bodies are skipped by counting lines, never read into strings: removed
// lines cost an indexOf, added lines one pass over their bytes looking for runs the detector's candidate scan
// would keep (exactly 32 ASCII letters and digits, or 33 after a `\n` escape), kept as strings with the lines they
// stand on: a file whose added lines hold none, or only runs that cannot be a key by their shape or by what their
// lines say of them, need not be read at all.




/** Common options: plain patch output whatever the user's config says. */
const DIFF_OPTIONS = [
    '--patch-with-raw',
    '-z',
    // Whole object ids: an abbreviated one can be ambiguous in a big repository.
    '--no-abbrev',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '-M',
    '--diff-filter=AMRC',
];
/** Streams the changes of `git diff <DIFF_OPTIONS> <revisionArgs> --`, each as soon as its section ends. */
function diffChanges(cwd, revisionArgs) {
    return parseDiffChanges((0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .streamGit */ .t1)(['diff', ...DIFF_OPTIONS, ...revisionArgs, '--'], { cwd }));
}
/** Parses `--patch-with-raw -z` output, however it is cut into chunks. */
async function* parseDiffChanges(chunks) {
    const changes = [];
    const raw = new RawParser(changes);
    const patch = new PatchParser(changes);
    let emitted = 0;
    for await (const chunk of chunks) {
        const rest = raw.done ? chunk : raw.feed(chunk);
        if (rest)
            patch.feed(rest);
        // Every section before the current one is complete.
        while (emitted < patch.section - 1)
            yield release(changes, emitted++);
    }
    while (emitted < changes.length)
        yield release(changes, emitted++);
}
function release(changes, index) {
    const change = changes[index];
    changes[index] = undefined;
    return change;
}
/** The raw part: `:oldmode newmode oldoid newoid status\0path\0[path\0]`, ended by an empty field. */
class RawParser {
    changes;
    done = false;
    pending = [];
    fields = null;
    paths = [];
    constructor(changes) {
        this.changes = changes;
    }
    /** Consumes raw bytes; returns what follows the raw part (the patch), if reached. */
    feed(chunk) {
        let start = 0;
        for (;;) {
            const end = chunk.indexOf(0, start);
            if (end < 0) {
                if (start < chunk.length)
                    this.pending.push(chunk.subarray(start));
                return null;
            }
            // A token inside one chunk is decoded in place (no copy); one spanning chunks is joined first.
            let token;
            if (this.pending.length === 0) {
                token = chunk.toString('utf8', start, end);
            }
            else {
                this.pending.push(chunk.subarray(start, end));
                token = Buffer.concat(this.pending).toString('utf8');
                this.pending = [];
            }
            start = end + 1;
            if (this.token(token)) {
                this.done = true;
                return chunk.subarray(start);
            }
        }
    }
    /** Returns true at the end of the raw part. */
    token(token) {
        if (!this.fields) {
            const record = token.replace(/^\n+/, '');
            if (record === '')
                return true;
            this.fields = record.slice(1).split(' ');
            this.paths = [];
            return false;
        }
        this.paths.push(token);
        const [oldMode, newMode, oldOid, newOid, status] = this.fields;
        const wanted = /^[RC]/.test(status) ? 2 : 1;
        if (this.paths.length === wanted) {
            const path = this.paths[wanted - 1];
            this.changes.push({
                status: status[0],
                path,
                oldPath: this.paths[0],
                oldOid,
                newOid,
                oldMode,
                newMode,
                addedLines: new Set(),
                binary: false,
                keyShaped: false,
                runs: [],
            });
            this.fields = null;
        }
        return false;
    }
}
const DIFF_GIT = Buffer.from('diff --git ');
/** The most runs kept per file: past that, the file is read and judged whole. */
const MAX_RUNS = 64;
/** The most lines kept per run: past that, its lines are not judged (an identifier repeated all over a file). */
const MAX_PLACES = 16;
/** The longest added line kept whole across chunks; a longer one is read byte by byte by CandidateLineScanner. */
const CUT_LINE_BYTES = 64 * 1024;
/** Adds the runs of the added line in bytes [start, end) to `change` (hex-only ones left out). */
function collectRuns(change, bytes, start, end) {
    let line;
    (0,_detect_candidates_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachLineRun */ .Mr)(bytes, start, end, (first, after) => {
        // Hex digits alone are never a key (the detector drops them first).
        if ((0,_detect_hex_js__WEBPACK_IMPORTED_MODULE_2__/* .isHexBytes */ .p)(bytes, first, after))
            return true;
        change.keyShaped = true;
        const runs = change.runs;
        if (runs === null)
            return false;
        if (runs.length >= MAX_RUNS) {
            change.runs = null;
            return false;
        }
        const run = bytes.toString('latin1', first, after);
        let added = runs.find((known) => known.run === run);
        if (added === undefined) {
            if (runs.length >= MAX_RUNS) {
                change.runs = null;
                return false;
            }
            added = { run, places: [] };
            runs.push(added);
        }
        if (added.places === null)
            return true;
        // Decoded once per line, and only for a line with a run: ASCII reads the same whatever the file's encoding. A
        // minified file's one long line is not copied: its runs are judged by their characters alone.
        if (line === undefined) {
            const kept = end - start <= CUT_LINE_BYTES && (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(bytes.subarray(start, end));
            line = kept ? bytes.toString('latin1', start, end) : null;
        }
        const at = first - start;
        if (line === null || added.places.length >= MAX_PLACES)
            added.places = null;
        else if (!added.places.some((place) => place.line === line && place.at === at))
            added.places.push({ line, at });
        return true;
    });
}
/** A run is on an added line of `change`, but which is not known: its blob must be read. */
function unknownRuns(change) {
    change.keyShaped = true;
    change.runs = null;
}
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** The patch part: counts `diff --git` sections and reads hunk headers; skips hunk bodies line by line. */
class PatchParser {
    changes;
    /** Sections started so far; section n (1-based) belongs to change n - 1. */
    section = 0;
    line = [];
    lineLength = 0;
    /** Body lines of the current hunk still to skip. */
    bodyLeft = 0;
    atLineStart = true;
    skippingLine = false;
    /** The line being skipped is an added one, read for a key-shaped run. */
    readingAdded = false;
    scanner = new _detect_candidates_js__WEBPACK_IMPORTED_MODULE_1__/* .CandidateLineScanner */ .kO();
    /** Part of the line being skipped was in an earlier chunk (kept in `cut`, or the scanner holds its state). */
    lineStarted = false;
    /** An added line cut across chunks, kept (copied) until it ends; null once it is read by the scanner instead. */
    cut = null;
    cutBytes = 0;
    constructor(changes) {
        this.changes = changes;
    }
    feed(chunk) {
        let pos = 0;
        while (pos < chunk.length) {
            if (this.skippingLine) {
                const lf = chunk.indexOf(10, pos);
                const end = lf < 0 ? chunk.length : lf;
                if (this.readingAdded) {
                    const change = this.changes[this.section - 1];
                    if (!this.lineStarted && lf >= 0) {
                        // The whole line is in this chunk: probe it rather than read every byte.
                        collectRuns(change, chunk, pos, end);
                    }
                    else if (!this.lineStarted || this.cut !== null) {
                        // A line cut across chunks is kept until it ends, then probed whole, so its runs are known too.
                        this.cut ??= [];
                        this.cut.push(Buffer.from(chunk.subarray(pos, end)));
                        this.cutBytes += end - pos;
                        if (lf >= 0) {
                            const line = Buffer.concat(this.cut);
                            this.cut = null;
                            collectRuns(change, line, 0, line.length);
                        }
                        else if (this.cutBytes > CUT_LINE_BYTES) {
                            // Too long to keep (a minified file): read on for a run, known to be there but not what it is.
                            const kept = this.cut;
                            this.cut = null;
                            if (kept.some((part) => this.scanner.feed(part, 0, part.length)))
                                unknownRuns(change);
                        }
                    }
                    else if (this.scanner.feed(chunk, pos, end) || (lf >= 0 && this.scanner.end())) {
                        unknownRuns(change);
                    }
                    if (change.runs === null) {
                        this.readingAdded = false;
                        this.cut = null;
                    }
                }
                this.lineStarted = true;
                if (lf < 0)
                    return;
                pos = lf + 1;
                this.skippingLine = false;
                this.readingAdded = false;
                this.atLineStart = true;
                continue;
            }
            if (this.bodyLeft > 0 && this.atLineStart) {
                // `\ No newline at end of file` is not one of the hunk's lines.
                if (chunk[pos] !== 0x5c)
                    this.bodyLeft--;
                const change = this.changes[this.section - 1];
                // Added lines are read for their runs (until the file has more than can be kept); removed lines are only
                // counted.
                this.readingAdded = chunk[pos] === 0x2b && change !== undefined && change.runs !== null;
                this.scanner.reset();
                this.cut = null;
                this.cutBytes = 0;
                this.lineStarted = false;
                this.skippingLine = true;
                this.atLineStart = false;
                // Past the `+`/`-` marker.
                if (chunk[pos] !== 10)
                    pos++;
                continue;
            }
            const lf = chunk.indexOf(10, pos);
            const end = lf < 0 ? chunk.length : lf;
            if (lf >= 0 && this.line.length === 0) {
                // A whole header line in this chunk: most (`index`, `---`, `+++`, mode lines) are never decoded.
                this.headerBytes(chunk, pos, end);
                pos = lf + 1;
                continue;
            }
            // Header lines are short; cap what we keep of an odd long one.
            if (this.lineLength < 4096) {
                this.line.push(chunk.subarray(pos, Math.min(end, pos + 4096)));
                this.lineLength += end - pos;
            }
            if (lf < 0)
                return;
            pos = lf + 1;
            const text = Buffer.concat(this.line).toString('utf8');
            this.line = [];
            this.lineLength = 0;
            this.header(text);
        }
    }
    /** header() for a line given as bytes, decoding only the lines it reads. */
    headerBytes(chunk, start, end) {
        const first = chunk[start];
        if (first === 0x64 /* d */) {
            const prefixEnd = start + DIFF_GIT.length;
            if (prefixEnd <= end && chunk.compare(DIFF_GIT, 0, DIFF_GIT.length, start, prefixEnd) === 0)
                this.section++;
            return;
        }
        // Only hunk headers (`@@`) and `Binary files` lines say anything else.
        if (first !== 0x40 /* @ */ && first !== 0x42 /* B */)
            return;
        this.header(chunk.toString('utf8', start, Math.min(end, start + 4096)));
    }
    header(text) {
        if (text.startsWith('diff --git ')) {
            this.section++;
            return;
        }
        const change = this.changes[this.section - 1];
        if (!change)
            return;
        if (text.startsWith('Binary files ')) {
            change.binary = true;
            return;
        }
        const hunk = HUNK.exec(text);
        if (!hunk)
            return;
        const oldCount = hunk[1] === undefined ? 1 : Number(hunk[1]);
        const start = Number(hunk[2]);
        const newCount = hunk[3] === undefined ? 1 : Number(hunk[3]);
        for (let line = start; line < start + newCount; line++)
            change.addedLines.add(line);
        this.bodyLeft = oldCount + newCount;
    }
}


/***/ }),

/***/ 1638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ CommitInfoCache),
/* harmony export */   G7: () => (/* binding */ checkRevision),
/* harmony export */   PC: () => (/* binding */ mergeBases),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   Ts: () => (/* binding */ splitRevisions),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   Wt: () => (/* binding */ countCommits),
/* harmony export */   h_: () => (/* binding */ openRepository),
/* harmony export */   on: () => (/* binding */ primeRepository),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony export hasObject */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_config_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5877);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8433);
// Repository and revision lookups with user-facing errors: a bad --repo, --base or --range is a usage error
// (exit 2) naming the flag and the value, never a raw git failure.




/** Lookups started ahead of need (primeRepository), each taken once by the openRepository call it was made for. */
const primed = new Map();
/**
 * Starts openRepository(dir) now, for a caller that will ask for it soon (the CLI, before the engine has loaded).
 * The next openRepository(dir) takes this answer (or error) instead of asking git again; later calls ask afresh.
 */
function primeRepository(dir) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    const lookup = findRepository(absolute, dir);
    // Taken or not, a failure here is reported by the call that takes it, never as an unhandled rejection.
    lookup.catch(() => undefined);
    primed.set(absolute, lookup);
    return lookup;
}
/** Finds the repository `dir` lies in; throws a UsageError when there is none. */
function openRepository(dir) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    const lookup = primed.get(absolute);
    if (lookup) {
        primed.delete(absolute);
        return lookup;
    }
    return findRepository(absolute, dir);
}
async function findRepository(absolute, dir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isDirectory()) {
        throw new _config_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`Repository directory '${dir}' does not exist.`);
    }
    // One git for all three answers: git prints each before failing on --show-toplevel where there is no work
    // tree (a bare repository, or inside a .git directory).
    const probe = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--show-toplevel'], {
        cwd: absolute,
        allowFailure: true,
    });
    const [bare, gitDir, top] = probe.stdout.toString('utf8').split('\n');
    if (bare === 'true' && gitDir)
        return { root: gitDir, bare: true };
    if (bare !== 'false' || !gitDir) {
        throw new _config_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`'${absolute}' is not a git repository (or any of its parents).`);
    }
    if (probe.code !== 0 || !top) {
        throw new _config_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`'${absolute}' is inside a git directory but not in a working tree.`);
    }
    return { root: top, bare: false };
}
/** Rejects revision arguments git would read as options. */
function checkRevision(rev, flag) {
    if (rev === '' || rev.startsWith('-') || /[\0\n]/.test(rev)) {
        throw new _config_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`Invalid revision '${rev}' for ${flag}: expected a commit, branch or tag name.`);
    }
    return rev;
}
/**
 * The revisions of a `--range` such as `A..B` or `A..B ^C D` (whitespace-separated, as the range planner writes
 * them), each checked as checkRevision does; git gets them as separate arguments.
 */
function splitRevisions(range, flag) {
    const revisions = range.split(/[ \t]+/).filter((rev) => rev !== '');
    if (revisions.length === 0)
        throw new _config_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${flag} needs a value.`);
    return revisions.map((rev) => checkRevision(rev, flag));
}
/** The commit id `rev` names, or a UsageError naming the flag. */
async function resolveCommit(root, rev, flag) {
    checkRevision(rev, flag);
    const result = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
        cwd: root,
        allowFailure: true,
    });
    const sha = result.stdout.toString('utf8').trim();
    if (result.code !== 0 || sha === '') {
        throw new _config_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`Unknown revision '${rev}' for ${flag}: no such commit in this repository ` +
            '(a shallow clone may need more history).');
    }
    return sha;
}
/** HEAD's commit id, or null on an unborn branch. */
async function headCommit(root) {
    const result = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: root, allowFailure: true });
    const sha = result.stdout.toString('utf8').trim();
    return result.code === 0 && sha !== '' ? sha : null;
}
/** Every best common ancestor (`merge-base --all`); empty for unrelated histories. */
async function mergeBases(root, a, b) {
    const result = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(['merge-base', '--all', a, b], { cwd: root, allowFailure: true });
    return result.code === 0 ? result.stdout.toString('utf8').split('\n').filter((line) => line !== '') : [];
}
/** The best common ancestor, or null for unrelated histories. */
async function mergeBase(root, a, b) {
    const result = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(['merge-base', a, b], { cwd: root, allowFailure: true });
    const sha = result.stdout.toString('utf8').trim();
    return result.code === 0 && sha !== '' ? sha : null;
}
/** Commits in `range` (e.g. `base..head`). */
async function countCommits(root, range) {
    const text = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['rev-list', '--count', range, '--'], { cwd: root });
    return Number(text.trim()) || 0;
}
/** Whether the repository has an object (used to tell a shallow or partial clone apart). */
function hasObject(root, oid) {
    return tryGit(['cat-file', '-e', oid], { cwd: root });
}
/** Author and date of commits, looked up once each. */
class CommitInfoCache {
    root;
    cache = new Map();
    constructor(root) {
        this.root = root;
    }
    get(sha) {
        let info = this.cache.get(sha);
        if (!info) {
            info = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .gitText */ .q_)(['log', '-1', '--no-walk', '--format=%H%x00%an%x00%aI', sha, '--'], { cwd: this.root }).then((text) => {
                const [full, author, date] = text.replace(/\n$/, '').split('\0');
                return { sha: full, author, date };
            });
            this.cache.set(sha, info);
        }
        return info;
    }
}


/***/ }),

/***/ 8433:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XS: () => (/* binding */ GitError),
  _h: () => (/* binding */ NO_LAZY_FETCH),
  s5: () => (/* binding */ gitSpawnError),
  q_: () => (/* binding */ gitText),
  Pv: () => (/* binding */ lineTokens),
  UK: () => (/* binding */ nulTokens),
  EO: () => (/* binding */ runGit),
  Iz: () => (/* binding */ spawnGit),
  xT: () => (/* binding */ spawnGitToFile),
  t1: () => (/* binding */ streamGit)
});

// UNUSED EXPORTS: GitNotFoundError, gitEnv, tryGit

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/git/runner.ts
// The one place git is run: argument arrays (never a shell), no prompts, no pager, C locale,
// and paths as git stores them (core.quotePath off, -z wherever a command lists paths).

class GitError extends Error {
    args;
    code;
    stderr;
    constructor(args, code, stderr) {
        super(`git ${args.join(' ')} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** git is not installed (or not on PATH): a clear message instead of `spawn git ENOENT`. */
class GitNotFoundError extends Error {
    constructor() {
        super('git was not found on PATH: mistral-guard needs git 2.x installed.');
        this.name = 'GitNotFoundError';
    }
}
/** The error to report for a failure to start or talk to git. */
function gitSpawnError(error) {
    const code = error.code;
    const syscall = error.syscall ?? '';
    if (code === 'ENOENT' && syscall.startsWith('spawn'))
        return new GitNotFoundError();
    return error;
}
const BASE_ARGS = ['-c', 'core.quotePath=false', '-c', 'core.pager=cat', '-c', 'color.ui=false'];
/**
 * For history's gits: in a partial clone, git would fetch each missing object over the network, one at a time;
 * with this it reports the object missing instead, and the scan names it.
 */
const NO_LAZY_FETCH = { GIT_NO_LAZY_FETCH: '1' };
function gitEnv(extra) {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_PAGER: 'cat', ...extra };
}
/** Runs git to completion and buffers its output. For large outputs use `spawnGit` and stream. */
function runGit(args, options) {
    return new Promise((resolve, reject) => {
        const child = spawnGit(args, options);
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(gitSpawnError(error)));
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 128 };
            if (result.code !== 0 && !options.allowFailure)
                reject(new GitError(args, result.code, result.stderr));
            else
                resolve(result);
        });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
/** Runs git and returns its stdout as text (trailing newline kept). */
async function gitText(args, options) {
    return (await runGit(args, options)).stdout.toString('utf8');
}
/** Runs git and reports success as a boolean, as actions/checkout's `try*` helpers do. */
async function tryGit(args, options) {
    return (await runGit(args, { ...options, allowFailure: true })).code === 0;
}
/** Starts git with piped stdio, for callers that stream its output. */
function spawnGit(args, options) {
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...BASE_ARGS, ...args], { cwd: options.cwd, env: gitEnv(options.env), stdio: 'pipe' });
    // Writing to a git that died (or never started) fails with EPIPE: the exit code or spawn error says why.
    child.stdin.on('error', () => undefined);
    return child;
}
/**
 * Starts git with its stdout written to the file `fd`, for output read back later; stderr piped. stdin is
 * given `input`, or left open for the caller to write ('open'), or closed.
 */
function spawnGitToFile(args, options) {
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...BASE_ARGS, ...args], {
        cwd: options.cwd,
        env: gitEnv(options.env),
        stdio: [options.input === undefined ? 'ignore' : 'pipe', options.stdout, 'pipe'],
    });
    if (options.input !== undefined) {
        // A git that died (or never started) fails the write with EPIPE: its exit code or spawn error says why.
        child.stdin.on('error', () => undefined);
        if (options.input !== 'open')
            child.stdin.end(options.input);
    }
    return child;
}
/**
 * Streams git's stdout chunk by chunk, so a whole history never sits in memory. Throws a GitError after the
 * last chunk when git fails (unless allowFailure); breaking out of the loop early kills git.
 */
async function* streamGit(args, options) {
    const child = spawnGit(args, options);
    const err = [];
    let errBytes = 0;
    child.stderr.on('data', (chunk) => {
        // Keep only the start of stderr: enough for a message, never unbounded.
        if (errBytes < 64 * 1024)
            err.push(chunk);
        errBytes += chunk.length;
    });
    const exited = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(gitSpawnError(error)));
        child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 0)));
    });
    exited.catch(() => undefined);
    if (options.input !== undefined)
        child.stdin.end(options.input);
    else
        child.stdin.end();
    let finished = false;
    try {
        for await (const chunk of child.stdout)
            yield chunk;
        finished = true;
    }
    finally {
        if (!finished)
            child.kill();
    }
    // git that never started (not installed) ends stdout at once: its spawn error is the one to report.
    const code = await exited;
    if (code !== 0 && !options.allowFailure)
        throw new GitError(args, code, Buffer.concat(err).toString('utf8'));
}
/** Splits a stream on NUL bytes (git's `-z` output) into UTF-8 tokens; a trailing token without NUL is kept. */
function nulTokens(chunks) {
    return splitTokens(chunks, 0);
}
/** Splits a stream into lines (without the LF). */
function lineTokens(chunks) {
    return splitTokens(chunks, 10);
}
async function* splitTokens(chunks, separator) {
    // Pieces of a token that spans chunks; kept as a list so a long token costs no repeated copying.
    let pending = [];
    for await (const chunk of chunks) {
        let start = 0;
        for (;;) {
            const end = chunk.indexOf(separator, start);
            if (end < 0)
                break;
            if (pending.length > 0) {
                pending.push(chunk.subarray(start, end));
                yield Buffer.concat(pending).toString('utf8');
                pending = [];
            }
            else {
                yield chunk.toString('utf8', start, end);
            }
            start = end + 1;
        }
        if (start < chunk.length)
            pending.push(chunk.subarray(start));
    }
    if (pending.length > 0)
        yield Buffer.concat(pending).toString('utf8');
}


/***/ }),

/***/ 9933:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  X: () => (/* binding */ SPOOL_READ_BYTES),
  n: () => (/* binding */ SpooledGit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/git/runner.ts + 1 modules
var runner = __nccwpck_require__(8433);
;// CONCATENATED MODULE: ./src/git/spooled-git.ts




/**
 * How long to wait for more output when the file has been read to its end and git still runs. git's exit wakes
 * the reader at once, so this only sets how often output is picked up meanwhile (fewer wake-ups, less CPU).
 */
const POLL_MS = 8;
/** The most read in one go (also the size of a buffer passed to chunks()). */
const SPOOL_READ_BYTES = 4 * 1024 * 1024;
class SpooledGit {
    args;
    fd;
    child;
    keep;
    offset = 0;
    exit = null;
    stderr = '';
    wake = null;
    disposed = false;
    taken = false;
    exitWaiters = [];
    constructor(args, fd, child, keep) {
        this.args = args;
        this.fd = fd;
        this.child = child;
        this.keep = keep;
        child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        child.on('error', (error) => this.settle({ error: (0,runner/* gitSpawnError */.s5)(error) }));
        child.on('close', (code, signal) => this.settle({ code: code ?? (signal ? 128 : 0) }));
    }
    /**
     * Starts `git args` in `cwd` with its output spooled; null when no temp file can be made (use a pipe).
     * `input` is written to git's stdin; with `keep`, the file stays open after chunks() for readAgain().
     */
    static start(args, cwd, options = {}) {
        const fd = unnamedFile();
        return typeof fd === 'number' ? SpooledGit.spawn(args, cwd, fd, options) : null;
    }
    /** As start(), for callers with no pipe to fall back to: no temp file is an error naming `purpose`. */
    static required(args, cwd, purpose, options = {}) {
        const fd = unnamedFile();
        if (typeof fd !== 'number') {
            throw new Error(`Could not create a temporary file in ${(0,external_node_os_namespaceObject.tmpdir)()} for ${purpose} (${fd.message}); point TMPDIR at a ` +
                'writable folder.');
        }
        return SpooledGit.spawn(args, cwd, fd, options);
    }
    static spawn(args, cwd, fd, options) {
        try {
            const child = (0,runner/* spawnGitToFile */.xT)(args, { cwd, stdout: fd, env: options.env, input: options.input });
            return new SpooledGit(args, fd, child, options.keep ?? false);
        }
        catch (error) {
            (0,external_node_fs_.closeSync)(fd);
            throw (0,runner/* gitSpawnError */.s5)(error);
        }
    }
    /**
     * git's output in chunks as it is written, as streamGit gives it: a GitError after the last chunk when git
     * failed. Read once. Leaving the loop early (or an error) stops git and closes the file; so does the end,
     * unless the spool was started with `keep`. With `into`, every chunk is a view of that buffer, valid only
     * until the loop asks for the next (no allocation per read); otherwise each chunk is a fresh buffer.
     */
    async *chunks(into) {
        if (this.taken)
            throw new Error('SpooledGit.chunks() called twice');
        this.taken = true;
        let complete = false;
        try {
            for (;;) {
                // Whatever git wrote before it exited is in the file: after this check, reading to the end is all.
                const exited = this.exit !== null;
                const chunk = this.read(into);
                if (chunk) {
                    yield chunk;
                    continue;
                }
                if (exited)
                    break;
                await new Promise((resolve) => {
                    const timer = setTimeout(resolve, POLL_MS);
                    this.wake = () => {
                        clearTimeout(timer);
                        resolve();
                    };
                });
                this.wake = null;
            }
            complete = true;
        }
        finally {
            // Kept only when read to the end: an early exit or an error stops git.
            if (!complete || !this.keep)
                this.dispose();
        }
        const exit = this.exit;
        const failure = 'error' in exit ? exit.error : exit.code !== 0 ? new runner/* GitError */.XS(this.args, exit.code, this.stderr) : null;
        if (failure) {
            this.dispose();
            throw failure;
        }
    }
    /** git's standard input, when started with `input: 'open'`. */
    get stdin() {
        return this.child.stdin;
    }
    /** Resolves when git has exited (whatever its code: chunks() reports failures). */
    exited() {
        if (this.exit !== null)
            return Promise.resolve();
        return new Promise((resolve) => this.exitWaiters.push(resolve));
    }
    /** The whole output again from its start, after chunks() has read it (needs `keep`). */
    *readAgain(bytes = SPOOL_READ_BYTES) {
        if (!this.keep || this.disposed)
            throw new Error('SpooledGit.readAgain() needs an open spool (keep)');
        for (let offset = 0;;) {
            // A fresh buffer each time: callers may keep views of a chunk.
            const buffer = Buffer.allocUnsafe(bytes);
            const got = (0,external_node_fs_.readSync)(this.fd, buffer, 0, bytes, offset);
            if (got === 0)
                return;
            offset += got;
            yield buffer.subarray(0, got);
        }
    }
    /** Stops git if it still runs and closes the file (a spooled output nobody read, or done with). */
    dispose() {
        if (this.disposed)
            return;
        this.disposed = true;
        if (this.exit === null)
            this.child.kill();
        // Off the main thread: closing the last handle of an unlinked file frees its pages (84 ms of the main
        // thread over a 30k-commit history), which the scan need not wait for.
        (0,external_node_fs_.close)(this.fd, () => undefined);
    }
    read(into) {
        const size = (0,external_node_fs_.fstatSync)(this.fd).size;
        if (size <= this.offset)
            return null;
        const length = Math.min(size - this.offset, into?.length ?? SPOOL_READ_BYTES);
        const buffer = into ?? Buffer.allocUnsafe(length);
        const got = (0,external_node_fs_.readSync)(this.fd, buffer, 0, length, this.offset);
        if (got === 0)
            return null;
        this.offset += got;
        return got === buffer.length ? buffer : buffer.subarray(0, got);
    }
    settle(exit) {
        this.exit ??= exit;
        this.wake?.();
        for (const resolve of this.exitWaiters.splice(0))
            resolve();
    }
}
/** A read-write temp file that has no name from the start (mode 0600), or why none could be made. */
function unnamedFile() {
    try {
        const unique = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
        const file = external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), `mistral-guard-${unique}`);
        const fd = (0,external_node_fs_.openSync)(file, 'wx+', 0o600);
        try {
            (0,external_node_fs_.unlinkSync)(file);
        }
        catch (error) {
            (0,external_node_fs_.closeSync)(fd);
            throw error;
        }
        return fd;
    }
    catch (error) {
        return error;
    }
}


/***/ }),

/***/ 7598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ SCAN_FLAGS)
/* harmony export */ });
// `scan`'s (and `baseline`'s) flags as node:util's parseArgs reads them: one list for the strict reading of
// settings/from-argv.ts and the lenient early reading of commands/prefetch.ts, which runs before the engine
// loads and so must not import it.
const SCAN_FLAGS = {
    mode: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    range: { type: 'string' },
    config: { type: 'string' },
    baseline: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    'no-checks': { type: 'boolean' },
    verify: { type: 'boolean' },
    'verify-base-url': { type: 'string' },
    repo: { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};


/***/ }),

/***/ 2215:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P6: () => (/* binding */ takePrefetchedDiff),
/* harmony export */   f9: () => (/* binding */ prefetchDiff),
/* harmony export */   fr: () => (/* binding */ dropPrefetchedDiff)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_diff_changes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3757);
/* harmony import */ var _git_revisions_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1638);
/* harmony import */ var _git_spooled_git_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9933);
/* harmony import */ var _prefetch_slot_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3452);
// `scan --mode diff` spends most of its time waiting for `git diff`. The CLI calls prefetchDiff as it starts,
// before the engine loads (about 0.1 s of compiling): it starts the diff, spooled to a file so that git never
// waits for node, and beside it finds the repository and resolves --base, --head and their merge base. The
// diff source takes that diff when it asks for the same repository and revisions; anything else (another
// mode, a bad flag, a failed lookup, several merge bases) leaves it unused and the usual path runs, with its
// own errors.





/** The diff for --base and --head as given on the command line. */
const slot = new _prefetch_slot_js__WEBPACK_IMPORTED_MODULE_4__/* .PrefetchSlot */ .e();
/**
 * Starts the git work of a diff scan now; the diff source takes it (takePrefetchedDiff). Every git is started
 * before this returns (spawning is synchronous), so that the engine's loading holds none of them up.
 */
function prefetchDiff(request) {
    slot.fill({ base: request.base, head: request.head }, (dropped) => start(request, dropped));
}
async function start(request, dropped) {
    const { dir, base: baseName } = request;
    const headName = request.head ?? 'HEAD';
    let output = null;
    try {
        // Never a revision git could read as an option, nor a directory that is not there.
        (0,_git_revisions_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRevision */ .G7)(baseName, '--base');
        (0,_git_revisions_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRevision */ .G7)(headName, '--head');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || `${baseName}${headName}`.includes('..'))
            return null;
        // The diff goes first, from merge-base(base, head) as `base...head` names it, in the directory given (the
        // same repository as its root; --no-relative paths). The lookups beside it decide whether it is the diff
        // the scan runs: it is when there is exactly one merge base, which both then use.
        output = _git_spooled_git_js__WEBPACK_IMPORTED_MODULE_3__/* .SpooledGit */ .n.start(['diff', ..._git_diff_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .DIFF_OPTIONS */ .pJ, `${baseName}...${headName}`, '--'], dir);
        if (!output)
            return null;
        const [{ root }, base, head, from] = await Promise.all([
            (0,_git_revisions_js__WEBPACK_IMPORTED_MODULE_2__/* .primeRepository */ .on)(dir),
            (0,_git_revisions_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCommit */ .WL)(dir, baseName, '--base'),
            (0,_git_revisions_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCommit */ .WL)(dir, headName, '--head'),
            (0,_git_revisions_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeBases */ .PC)(dir, `${baseName}^{commit}`, `${headName}^{commit}`),
        ]);
        if (dropped() || from.length !== 1) {
            output.dispose();
            return null;
        }
        return { root, base, head, mergeBase: from[0], output };
    }
    catch {
        // The scan asks again and reports the error itself.
        output?.dispose();
        return null;
    }
}
/**
 * The prefetched diff, if one was started for these revisions (as given on the command line) in this
 * repository; taken once. Null: run the diff as usual.
 */
async function takePrefetchedDiff(root, base, head) {
    return slot.take(root, (key) => key.base === base && key.head === head);
}
/** Stops a prefetched diff nobody took (the scan failed early, or scanned something else). */
function dropPrefetchedDiff() {
    slot.drop();
}


/***/ }),

/***/ 3452:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ PrefetchSlot)
/* harmony export */ });
class PrefetchSlot {
    pending = null;
    /** Holds the work `start` begins for `key`, dropping what was held; `start` can ask whether it was dropped since. */
    fill(key, start) {
        this.drop();
        const entry = { key, dropped: false, result: Promise.resolve(null) };
        entry.result = start(() => entry.dropped);
        this.pending = entry;
    }
    /** The held work, if `sameKey` accepts its key and it was found in the repository at `root`; taken once. */
    async take(root, sameKey) {
        const entry = this.pending;
        if (!entry || !sameKey(entry.key))
            return null;
        this.pending = null;
        const prefetched = await entry.result;
        if (prefetched && prefetched.root !== root) {
            prefetched.output.dispose();
            return null;
        }
        return prefetched;
    }
    /** Stops held work nobody took (the scan failed early, or scanned something else). */
    drop() {
        const entry = this.pending;
        if (!entry)
            return;
        this.pending = null;
        entry.dropped = true;
        void entry.result.then((prefetched) => prefetched?.output.dispose());
    }
}


/***/ }),

/***/ 4424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SQ: () => (/* binding */ dropPrefetchedStaged),
/* harmony export */   _H: () => (/* binding */ takePrefetchedStaged),
/* harmony export */   gx: () => (/* binding */ prefetchStaged)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_diff_changes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3757);
/* harmony import */ var _git_revisions_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1638);
/* harmony import */ var _git_spooled_git_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9933);
/* harmony import */ var _prefetch_slot_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3452);
// `scan --mode staged` runs on every commit (a pre-commit hook), and past node's own start most of its time was
// four gits run one after another once the engine had loaded. The CLI calls prefetchStaged as it starts, before
// the engine loads (about 35 ms of compiling, while node's event loop does not run): it starts
// `git diff --cached` (the index against HEAD, or against nothing before the first commit, as git itself
// decides), spooled to a file so that git never waits for node, and finds the repository beside it. The staged
// source takes that diff when it scans the same repository; anything else leaves it unused, and the usual path
// runs, with its own errors.





/** The running `git diff --cached` and the root of its repository; one staged scan per run, so no key. */
const slot = new _prefetch_slot_js__WEBPACK_IMPORTED_MODULE_4__/* .PrefetchSlot */ .e();
/** Starts the staged diff of the repository `dir` (absolute) lies in; the staged source takes it. */
function prefetchStaged(dir) {
    slot.drop();
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return;
    let output;
    try {
        output = _git_spooled_git_js__WEBPACK_IMPORTED_MODULE_3__/* .SpooledGit */ .n.start(['diff', ..._git_diff_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .DIFF_OPTIONS */ .pJ, '--cached', '--'], dir);
    }
    catch {
        // git is missing: the scan says so itself.
        return;
    }
    if (!output)
        return;
    const started = output;
    slot.fill(null, (dropped) => (0,_git_revisions_js__WEBPACK_IMPORTED_MODULE_2__/* .primeRepository */ .on)(dir).then(({ root }) => {
        if (!dropped())
            return { root, output: started };
        started.dispose();
        return null;
    }, () => {
        started.dispose();
        return null;
    }));
}
/** The prefetched `git diff --cached` output, if one was started in this repository; taken once. */
async function takePrefetchedStaged(root) {
    return (await slot.take(root, () => true))?.output ?? null;
}
/** Stops a prefetched diff nobody took (the scan failed early, or scanned another repository). */
function dropPrefetchedStaged() {
    slot.drop();
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 5217:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

export const id = 751;
export const ids = [751];
export const modules = {

/***/ 6923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ loadEnvConfigs),
/* harmony export */   Yv: () => (/* binding */ ENV_CONFIG_KEYS),
/* harmony export */   n4: () => (/* binding */ apiKeyOf),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3719);
// Per-environment config files (JSON or YAML; `yaml` reads both) with the source position of every value,
// so that a violation is reported at its own line. Read once per run and shared by the checks that use them.


/** The keys that make a file an environment config. */
const ENV_CONFIG_KEYS = ['apiKey', 'allowedModels', 'maxTokensPerRequest'];
function loadEnvConfigs(run) {
    return run.once('env-configs', async () => {
        const policy = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .policyOf */ .US)(run.config);
        const wanted = new Set(run.files.match(policy.envConfigGlobs));
        const files = [];
        if (wanted.size === 0)
            return { files, globs: policy.envConfigGlobs, fromConfig: policy.envConfigGlobsFromConfig };
        // The parser (yaml) is loaded only when some file is there to parse.
        const { parseEnvConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(543)]).then(__webpack_require__.bind(__webpack_require__, 9543));
        for await (const { path: file, text } of run.files.texts((candidate) => wanted.has(candidate))) {
            const parsed = parseEnvConfig(file, text);
            // Under the default globs only files that look like environment configs (or fail to parse) count:
            // no false alarms on unrelated files that happen to sit there.
            if (!policy.envConfigGlobsFromConfig && !parsed.error && !looksLikeEnvConfig(parsed.data))
                continue;
            files.push(parsed);
        }
        return { files, globs: policy.envConfigGlobs, fromConfig: policy.envConfigGlobsFromConfig };
    });
}
function looksLikeEnvConfig(data) {
    return isRecord(data) && ENV_CONFIG_KEYS.some((key) => key in data);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function apiKeyOf(data) {
    if (!isRecord(data) || data.apiKey === undefined || data.apiKey === null)
        return { kind: 'missing' };
    if (typeof data.apiKey !== 'string')
        return { kind: 'not-a-string' };
    const value = data.apiKey.trim();
    if (value === '')
        return { kind: 'missing' };
    const reference = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(value) ?? /^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(value);
    if (reference)
        return { kind: 'reference', variable: reference[1] };
    return { kind: 'literal', digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value).digest('hex') };
}


/***/ }),

/***/ 862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ looksLikePlaceholder),
/* harmony export */   z: () => (/* binding */ looksLikeKey)
/* harmony export */ });
// Whether a value looks like a Mistral key: a run of exactly 32 letters and digits that mixes character
// classes (real keys do; `xxxx…` and `0000…` placeholders do not). Deliberately broader than the detector
// (no context needed, no entropy threshold): in a template or a config's apiKey, any such run is a key
// that should not be there. Kept apart from src/detect so the checks do not move with the rules.
const KEY_RUN = /(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/g;
function looksLikeKey(value) {
    for (const match of value.matchAll(KEY_RUN))
        if (mixedRun(match[0]))
            return true;
    return false;
}
function mixedRun(run) {
    const classes = Number(/[A-Z]/.test(run)) + Number(/[a-z]/.test(run)) + Number(/[0-9]/.test(run));
    return classes >= 2 && new Set(run).size >= 8;
}
const PLACEHOLDER_WORDS = /your|here|change|replace|placeholder|example|sample|dummy|fake|xxx|todo|fixme|insert|enter|redacted|secret|api[-_ ]?key|token|\*{3}|\.{3}/i;
/**
 * A value that plainly stands for "put your key here": wrapped in <> {} [] ${}, made of one repeated
 * character, or saying so (your-key-here, changeme, <MISTRAL_API_KEY>, ***). Never true for a key-shaped value.
 */
function looksLikePlaceholder(value) {
    if (looksLikeKey(value))
        return false;
    if (value === '')
        return true;
    if (/^(<.*>|\$\{.*\}|\{\{.*\}\}|\[.*\]|\{.*\})$/.test(value))
        return true;
    if (/^(.)\1*$/.test(value))
        return true;
    return PLACEHOLDER_WORDS.test(value);
}


/***/ }),

/***/ 3719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ policyOf),
/* harmony export */   c8: () => (/* binding */ secretVariables),
/* harmony export */   ee: () => (/* binding */ allowedPath)
/* harmony export */ });
/* unused harmony exports DEFAULT_ENVIRONMENTS, DEFAULT_ENV_SCHEMA, DEFAULT_ENV_CONFIG_GLOBS */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);
// The policy the checks apply: the config's sections where given, else the Mistral security checklist's
// defaults. A section given in the config replaces its default entirely (no merging), so what a team
// writes is exactly what is enforced.

/** Development and staging may try the large model; production runs the small one, with a larger budget. */
const DEFAULT_ENVIRONMENTS = {
    development: { allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokensPerRequest: 1000 },
    staging: { allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokensPerRequest: 2000 },
    production: { allowedModels: ['mistral-small-latest'], maxTokensPerRequest: 4000 },
};
/** The key is required and secret; NODE_ENV, when set, names a known environment. */
const DEFAULT_ENV_SCHEMA = {
    MISTRAL_API_KEY: { required: true, secret: true },
    NODE_ENV: { enum: ['development', 'staging', 'production'] },
};
/**
 * Where per-environment configs are looked for when `envConfigs` is not set. Under these defaults only files
 * that look like one (an `apiKey`, `allowedModels` or `maxTokensPerRequest` key) are held to the policy, so
 * an unrelated `config/environments/test.json` raises no false alarm; explicit globs hold every match.
 */
const DEFAULT_ENV_CONFIG_GLOBS = ['config/environments/*.{json,yaml,yml}'];
function policyOf(config) {
    return {
        environments: config.environments ?? DEFAULT_ENVIRONMENTS,
        environmentsFromConfig: config.environments !== undefined,
        env: config.env ?? DEFAULT_ENV_SCHEMA,
        envConfigGlobs: config.envConfigs ?? DEFAULT_ENV_CONFIG_GLOBS,
        envConfigGlobsFromConfig: config.envConfigs !== undefined,
        envTemplateGlobs: config.envTemplates ?? [],
        gitignoreProbes: config.gitignore?.probes ?? [],
        allowPaths: config.allow.paths,
    };
}
/** The variables whose values are secrets; the key variable when the schema marks none. */
function secretVariables(policy) {
    const secret = Object.entries(policy.env)
        .filter(([, variable]) => variable.secret)
        .map(([name]) => name);
    return secret.length > 0 ? secret : ['MISTRAL_API_KEY'];
}
/** True for files `allow.paths` exempts: the content checks pass over them, as the key scan does. */
function allowedPath(policy) {
    const matchers = policy.allowPaths.map((glob) => new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(glob, { dot: true }));
    return (file) => matchers.some((matcher) => matcher.match(file));
}


/***/ }),

/***/ 751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_IDS: () => (/* reexport */ CHECK_IDS),
  CHECK_TITLES: () => (/* reexport */ CHECK_TITLES),
  runChecks: () => (/* binding */ runChecks),
  startChecks: () => (/* binding */ startChecks)
});

// EXTERNAL MODULE: ./src/config/config-error.ts
var config_error = __webpack_require__(5877);
;// CONCATENATED MODULE: ./src/checks/check.ts
/** At most this many items are named in one message; the locations list them all. */
const MAX_NAMED = 5;
function result(id, title, status, message, locations = []) {
    return { id, title, status, message: oneLine(message), locations: uniqueLocations(locations) };
}
/** Messages stay on one line (table cells, annotations): control characters of odd file names are escaped. */
function oneLine(message) {
    return message.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
function uniqueLocations(locations) {
    const seen = new Set();
    const out = [];
    for (const location of locations) {
        const key = `${location.line}\u0000${location.file}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ file: location.file, line: Math.max(1, location.line) });
    }
    return out;
}
/** `a, b, c and 2 more`: keeps one-line messages short however many items there are. */
function nameSome(items, max = MAX_NAMED, separator = ', ') {
    if (items.length <= max)
        return items.join(separator);
    return `${items.slice(0, max).join(separator)}${separator}and ${items.length - max} more`;
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/checks/check-ids.ts
// The checklist's rows: stable ids (reports, annotations and users' scripts key on them) and their titles,
// in the order every report shows them. Renaming an id is a breaking change of the JSON report.
const CHECK_TITLES = {
    'no-leaked-keys': 'No Mistral API key in the code',
    'gitignore-covers-secrets': '.gitignore covers secret files',
    'no-tracked-secret-files': 'No secret files in git',
    'env-schema': 'Env templates follow the env schema',
    'env-configs': 'Per-environment configs follow the policy',
    'distinct-keys-per-env': 'Each environment has its own key',
    'https-only': 'Mistral is called over HTTPS only',
    'key-not-logged': 'The key is never logged',
    'manual-key-rotation': 'Keys are rotated regularly',
    'manual-rate-limiting': 'Requests are rate-limited',
    'manual-audit-logging': 'API use is audit-logged',
    'manual-output-sanitisation': 'Model output is sanitised',
};
/** Every check id, automated then manual, in report order. */
const CHECK_IDS = Object.keys(CHECK_TITLES);

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./src/fs/no-follow.ts
var no_follow = __webpack_require__(4828);
// EXTERNAL MODULE: ./src/git/cat-file.ts
var cat_file = __webpack_require__(499);
// EXTERNAL MODULE: ./src/git/runner.ts + 1 modules
var runner = __webpack_require__(8433);
;// CONCATENATED MODULE: ./src/git/staged-copies.ts
// Which files of the work tree hold the words of their staged blob: those git's own stat check finds unchanged
// since they were staged, and that checkout wrote without a filter or another encoding (end-of-line conversion
// changes no word). A search of the work tree then speaks for the index, without inflating a blob.

class StagedCopies {
    /** The paths whose copy is not proven; null until both gits have answered (or for good, if one failed). */
    unproven = null;
    settled;
    constructor(root, paths) {
        this.settled = (async () => {
            const [changed, attributes] = await Promise.all([
                // Compares each entry's stat data with the file, and the content of a racily clean one.
                (0,runner/* runGit */.EO)(['diff-files', '--name-only', '-z'], { cwd: root }),
                (0,runner/* runGit */.EO)(['check-attr', '-z', '--stdin', 'filter', 'working-tree-encoding'], {
                    cwd: root,
                    input: paths.length > 0 ? `${paths.join('\0')}\0` : '',
                }),
            ]);
            const unproven = new Set(changed.stdout.toString('utf8').split('\0').filter(Boolean));
            // `<path>\0<attribute>\0<value>\0`, the value `unspecified`, `unset`, `set` or a filter or encoding name.
            const fields = attributes.stdout.toString('utf8').split('\0');
            for (let at = 0; at + 2 < fields.length; at += 3) {
                if (fields[at + 2] !== 'unspecified' && fields[at + 2] !== 'unset')
                    unproven.add(fields[at]);
            }
            this.unproven = unproven;
        })().catch(() => undefined);
    }
    /** True once the file is known to hold its staged blob's words; false while unknown. */
    proven(path) {
        return this.unproven !== null && !this.unproven.has(path);
    }
    /** Whether the file holds its staged blob's words, once both gits have answered (false if one failed). */
    async proves(path) {
        await this.settled;
        return this.proven(path);
    }
}

;// CONCATENATED MODULE: ./src/git/word-search.ts
// Which tracked files of the work tree hold one of a few ASCII words, in any case: one `git grep -l`, which
// searches on every core while node reads only the files it lists. git answers in index order, so a file it has
// gone past without listing is known to hold none of the words long before it is done.

/**
 * The search pays only where git rules most files out. Once it has gone past JUDGED_AFTER of the files and still
 * lists more than MOSTLY_LISTED of them, it is stopped, and the reader reads the rest itself: waiting for git to
 * list files the reader then reads anyway only took a core from it (the bench repository's 19,753-file checkout,
 * nine files in ten listed: the checklist 0.85 s → 1.05 s, 0.94 s once stopped). Files that name the words come in
 * clusters (a package that talks to Mistral: on real code the first 3,500 of 29,099 files are 60% hits, the whole
 * 7%), so a smaller sample misjudges.
 */
const JUDGED_AFTER = 0.25;
const MOSTLY_LISTED = 0.5;
class WordSearch {
    words;
    listed = new Set();
    /** The index position of the furthest file listed: a file before it that was not listed holds none of the words. */
    passed = -1;
    /** git exited 0 (some file listed) or 1 (none): every file not listed holds none of the words. */
    answered = false;
    /** git has exited (or never started): nothing more will be known. */
    done = false;
    child;
    /** Woken whenever git lists more files or exits. */
    waiting = [];
    /** Settles when git has exited, or failed to start; never rejects. */
    settled;
    /**
     * Starts the search. `rankOf` gives a listed path's position in the index (git's order), or undefined for a path
     * the caller does not know; `files` is how many files the caller listed (what a quarter is taken of).
     */
    constructor(root, words, rankOf, files) {
        this.words = words;
        if (words.length === 0 || words.some((word) => word.length === 0)) {
            throw new Error('WordSearch: no word to look for');
        }
        // -F and -i in the C locale (as the runner sets it): each word byte for byte, ASCII letters in any case, as
        // `AsciiWords` matches. Binary files are searched too (no -I); textconv is off unless asked for.
        const args = ['grep', '-l', '-z', '-F', '-i', '--full-name', '--no-recurse-submodules'];
        for (const word of fewestWords(words))
            args.push('-e', word);
        this.child = (0,runner/* spawnGit */.Iz)(args, { cwd: root });
        this.child.stdin.end();
        this.child.stderr.resume();
        // Paths are cut at their NUL in the bytes, so a character split between two chunks is decoded whole.
        let pending = Buffer.alloc(0);
        this.child.stdout.on('data', (chunk) => {
            const bytes = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
            let start = 0;
            for (let end = bytes.indexOf(0); end >= 0; start = end + 1, end = bytes.indexOf(0, start)) {
                const file = bytes.toString('utf8', start, end);
                this.listed.add(file);
                this.passed = Math.max(this.passed, rankOf(file) ?? -1);
            }
            pending = Buffer.from(bytes.subarray(start));
            if (this.passed >= files * JUDGED_AFTER && this.listed.size > this.passed * MOSTLY_LISTED)
                void this.close();
            this.wakeUp();
        });
        this.settled = new Promise((resolve) => {
            this.child.on('error', () => {
                this.done = true;
                this.wakeUp();
                resolve();
            });
            // 'close' comes after the last of stdout: 0 and 1 are answers; anything else (killed, a fatal error) leaves
            // what was not listed unknown, to be read.
            this.child.on('close', (code) => {
                this.answered = (code === 0 || code === 1) && pending.length === 0;
                this.done = true;
                this.wakeUp();
                resolve();
            });
        });
    }
    /** Whether git may still tell more. */
    get searching() {
        return !this.done;
    }
    /** What is known of the file at index position `rank`. */
    verdict(path, rank) {
        if (this.listed.has(path))
            return 'holds';
        if (this.answered)
            return 'lacks';
        return rank < this.passed ? 'lacks' : 'unknown';
    }
    /**
     * What is known of the file once git has gone past it or is done. Waiting leaves the cores to git: reading the
     * file meanwhile would slow the search down more than it gains.
     */
    async settle(path, rank) {
        for (;;) {
            const verdict = this.verdict(path, rank);
            if (verdict !== 'unknown' || this.done)
                return verdict;
            await new Promise((resolve) => this.waiting.push(resolve));
        }
    }
    wakeUp() {
        const waiting = this.waiting;
        this.waiting = [];
        for (const wake of waiting)
            wake();
    }
    /** Stops git if it is still running (the pass is over, or ended early). */
    close() {
        if (this.child.exitCode === null && this.child.signalCode === null) {
            this.child.kill();
            // Nothing more will be known: a reader waiting on it reads the file instead.
            this.done = true;
            this.wakeUp();
        }
        return this.settled;
    }
}
/**
 * The words to give git: each pattern costs it a search of every file, and a word that holds another (in any case)
 * is found whenever that one is (MISTRAL_API_KEY holds mistral).
 */
function fewestWords(words) {
    const lower = [...new Set(words.map((word) => word.toLowerCase()))];
    return lower.filter((word) => !lower.some((other) => other !== word && word.includes(other)));
}

;// CONCATENATED MODULE: ./src/checks/repo-files.ts
// The files the checks look at, listed by git and read with care: regular files only (no symlinks or
// submodules), binary and huge files passed over and counted, odd names taken exactly as git stores them.
// Where the content comes from follows the mode: the index in staged mode (what is about to be committed),
// HEAD's tree in a bare repository, the working tree otherwise.









/** Larger files are passed over: configs and sources are far smaller, and a check must stay cheap. */
const MAX_TEXT_BYTES = 1_000_000;
/** Git marks a file binary when its first 8000 bytes hold a NUL; so do we. */
const BINARY_SNIFF_BYTES = 8000;
const DISK_READ_BATCH = 32;
/** Texts kept in memory for the other checks of the run (characters, about as many bytes for ASCII). */
const CACHE_BUDGET_CHARS = 8_000_000;
/** Bytes asked for by the first read of a file: nearly every text file fits. */
const FIRST_READ = 64 * 1024;
/** Room before a file's bytes for the header git hashes in front of a blob (`blob 1000000\0` is 13 bytes). */
const HEADER_ROOM = 32;
/**
 * From this many files on, git searches them for the words of a pass's gates first. Most files of a big repository
 * name none of them, and git finds that out on every core (29,099 files: 0.89 s → 0.69 s for the checklist). Below
 * it, node reads them all in a quarter of a second, and a search of files that mostly do name them (the bench
 * checkout: 6,043 files, nine in ten) only takes CPU from it: the checklist took 0.05 s longer.
 */
const MIN_FILES_FOR_WORD_SEARCH = 10_000;
const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';
/** What a reader hands back for one file: its text, SKIMMED, or null when it is passed over (and counted). */
const SKIMMED = Symbol('skimmed');
class RepoFiles {
    root;
    bare;
    files;
    fromGit;
    /** Paths passed over because they are binary, too large or unreadable (each counted once). */
    skipped = new Set();
    byPath;
    cache = new Map();
    cachedChars = 0;
    /** Work-tree files are read into this, one after another; each is decoded (copied) before the next. */
    scratch = null;
    matched = new Map();
    /** Every listed blob's size (staged mode), asked for once; needed only for a file whose copy is not its blob. */
    sizes = null;
    /** A search of the work tree for the words a later pass's gate looks for, started with the listing. */
    search = null;
    /** In staged mode, which work-tree copies speak for their staged blob (asked for beside the search). */
    copies = null;
    constructor(root, bare, files, fromGit) {
        this.root = root;
        this.bare = bare;
        this.files = files;
        this.fromGit = fromGit;
        this.byPath = new Map(files.map((file) => [file.path, file]));
    }
    /**
     * Lists the files: in tree mode the tracked and untracked-but-not-ignored files (what `git add -A` would
     * commit), in staged mode the index, in a bare repository HEAD's tree, otherwise the index.
     */
    static async open(root, mode, searchFor = []) {
        const bare = (await (0,runner/* gitText */.q_)(['rev-parse', '--is-bare-repository'], { cwd: root })).trim() === 'true';
        if (bare)
            return new RepoFiles(root, true, await listHeadTree(root), true);
        const files = await listIndex(root);
        if (mode === 'tree')
            files.push(...(await listUntracked(root, new Set(files.map((file) => file.path)))));
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const listed = new RepoFiles(root, false, files, mode === 'staged');
        if (searchFor.length > 0 && files.length >= MIN_FILES_FOR_WORD_SEARCH) {
            // git searches the work tree while node starts the checks: by the time the pass that wants it reads its first
            // file, git is well ahead. (Started before the listing, it only slowed the listing down.)
            const rankOf = (file) => listed.byPath.get(file)?.searchRank;
            listed.search = new WordSearch(root, searchFor, rankOf, files.length);
            if (mode === 'staged')
                listed.copies = new StagedCopies(root, listed.paths);
        }
        // Asked for now, while the other checks start, so that they are there by the time a file needs them; with a
        // search, few files are read at all, and the sizes are asked for when the first one needs them.
        if (mode === 'staged' && listed.search === null)
            listed.stagedSizes();
        return listed;
    }
    get paths() {
        return this.files.map((file) => file.path);
    }
    get trackedPaths() {
        return this.files.filter((file) => file.tracked).map((file) => file.path);
    }
    has(file) {
        return this.byPath.has(file);
    }
    /** The listed paths any of `globs` matches (minimatch, dot files included). */
    match(globs) {
        if (globs.length === 0)
            return [];
        // Several checks ask for the same globs (the env templates): each list is matched against every path once.
        const key = JSON.stringify(globs);
        let matched = this.matched.get(key);
        if (matched === undefined) {
            const matchers = globs.map((glob) => new esm/* Minimatch */.VR(glob, { dot: true }));
            matched = this.paths.filter((file) => matchers.some((matcher) => matcher.match(file)));
            this.matched.set(key, matched);
        }
        return [...matched];
    }
    /** One file's text, or null when it is absent, a symlink, binary, too large or unreadable. */
    async read(file) {
        for await (const text of this.texts((candidate) => candidate === file))
            return text.text;
        return null;
    }
    async *texts(wanted, worth, gate) {
        const selected = [];
        for (const file of this.files) {
            if (!wanted(file.path))
                continue;
            if (file.symlink)
                this.skipped.add(file.path);
            else
                selected.push(file);
        }
        const uncached = selected.filter((file) => !this.cache.has(file.path));
        const ruledOut = worth !== undefined && gate !== undefined ? this.wordSearch(gate) : null;
        // Each reader answers once per file, in order, so the two lists advance together.
        const read = this.bare
            ? this.readFromGit(uncached, worth)
            : this.fromGit
                ? this.readFromIndex(uncached, worth, ruledOut?.test)
                : this.readFromDisk(uncached, worth, ruledOut?.test);
        const reader = read[Symbol.asyncIterator]();
        try {
            for (const file of selected) {
                let text = this.cache.get(file.path);
                if (text === undefined) {
                    const next = await reader.next();
                    if (next.done)
                        return;
                    if (next.value === null)
                        continue;
                    if (next.value === SKIMMED) {
                        yield { path: file.path, text: null };
                        continue;
                    }
                    text = next.value;
                    this.remember(file.path, text);
                }
                yield { path: file.path, text };
            }
        }
        finally {
            await reader.return?.(undefined);
            await ruledOut?.close();
        }
    }
    /**
     * The test that tells a file git found none of the gate's words in (its readers pass such a file over as skimmed,
     * unread), when the search started with the listing looks for all of them.
     */
    wordSearch(gate) {
        const { search, copies } = this;
        if (search === null || !gate.words.every((word) => search.words.includes(word)))
            return null;
        // In staged mode git searches the work tree, which speaks for the index only where the copy is proven.
        const ruledOut = async (file, rank) => (await search.settle(file.path, rank)) === 'lacks' && (copies === null || (await copies.proves(file.path)));
        return {
            // Settled at once for most files (git is ahead of the reader), without a promise.
            test: (file) => {
                if (file.searchRank === undefined)
                    return false;
                const verdict = search.verdict(file.path, file.searchRank);
                if (verdict === 'holds' || (verdict === 'unknown' && !search.searching) || gate.always(file.path))
                    return false;
                if (verdict === 'lacks' && copies?.proven(file.path) !== false)
                    return true;
                return ruledOut(file, file.searchRank);
            },
            // One pass uses the search: a later one reads every file (what git has not answered is unknown).
            close: () => search.close(),
        };
    }
    /** Several checks read every file: keep texts while they fit the budget, so most are read once. */
    remember(file, text) {
        if (this.cachedChars + text.length > CACHE_BUDGET_CHARS)
            return;
        this.cache.set(file, text);
        this.cachedChars += text.length;
    }
    async *readFromDisk(files, worth, ruledOut) {
        // Small files read synchronously cost a fraction of the five thread-pool round trips (lstat, open,
        // fstat, read, close) each asynchronous read takes; a pause between batches lets a scan running beside
        // the checks (tree, staged, diff) keep its git pipes flowing, and a word search its answers come in.
        for (let index = 0; index < files.length; index++) {
            if (index > 0 && index % DISK_READ_BATCH === 0)
                await nextTurn();
            const file = files[index];
            const out = ruledOut?.(file);
            yield out === true || (out instanceof Promise && (await out)) ? SKIMMED : this.readOneFromDisk(file, worth);
        }
    }
    /** Every listed blob's size, from one `cat-file --batch-check` (headers only) started once. */
    stagedSizes() {
        if (this.sizes === null) {
            this.sizes = blobSizes(this.root, this.files.map((file) => file.oid));
            // Asked early, taken later (or never, when no check reads a text): a failure is reported by the reader.
            this.sizes.catch(() => undefined);
        }
        return this.sizes;
    }
    /**
     * The file's text; SKIMMED when `worth` rules it out; null when it is gone, not a regular file, binary, too large
     * or unreadable.
     */
    readOneFromDisk(file, worth) {
        const full = external_node_path_default().join(this.root, file.path);
        if (no_follow/* NO_FOLLOW */.q === undefined)
            return this.readOneAfterLstat(file, full, worth);
        // One open and one read into a buffer kept for the whole pass: less than half the cost of an lstat and a
        // readFileSync (two path lookups, five system calls, a Stats object and a new buffer per file).
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(full, no_follow/* OPEN_FLAGS */.t);
        }
        catch (error) {
            // Replaced by a symlink (ELOOP) or a socket (ENXIO): nothing to read, as for a folder below.
            if (!isErrorCode(error, 'ELOOP', 'ENXIO'))
                this.skipped.add(file.path);
            return null;
        }
        try {
            return this.textOf(file, this.readWhole(fd), worth);
        }
        catch (error) {
            // Replaced by a folder (EISDIR) or a FIFO with a writer (EAGAIN): nothing to read.
            if (!isErrorCode(error, 'EISDIR', 'EAGAIN'))
                this.skipped.add(file.path);
            return null;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /**
     * The open file's bytes, read to its end into the scratch buffer (valid until the next read), or null when it
     * holds more than MAX_TEXT_BYTES: no more than one byte past that is ever read.
     */
    readWhole(fd) {
        const scratch = this.scratchBuffer();
        const length = readInto(fd, scratch, 0, MAX_TEXT_BYTES + 1);
        return length > MAX_TEXT_BYTES ? null : scratch.subarray(0, length);
    }
    readOneAfterLstat(file, full, worth) {
        try {
            const stats = (0,external_node_fs_.lstatSync)(full);
            // Replaced by a folder or a symlink: nothing to read.
            if (!stats.isFile())
                return null;
            if (stats.size > MAX_TEXT_BYTES) {
                this.skipped.add(file.path);
                return null;
            }
            return this.textOf(file, (0,external_node_fs_.readFileSync)(full), worth);
        }
        catch {
            this.skipped.add(file.path);
            return null;
        }
    }
    /**
     * The staged content of each file. Mostly the work tree's copy, when its git hash is the index's id: then it
     * is the staged blob byte for byte, and reading a file costs a fraction of inflating its blob (0.16 s against
     * 0.63 s for 6,000 files). Otherwise (changed since it was staged, converted by an eol setting or a filter,
     * gone) the blob itself, through one cat-file started for the first such file, unless the blobs' sizes (asked
     * for as the files were listed, and only awaited here) show it over the size limit: then it is passed over unread.
     */
    async *readFromIndex(files, worth, ruledOut) {
        let reader = null;
        try {
            // Paced as for the working tree: a scan running beside the checks keeps going.
            for (let index = 0; index < files.length; index++) {
                if (index > 0 && index % DISK_READ_BATCH === 0)
                    await nextTurn();
                const file = files[index];
                const out = ruledOut?.(file);
                if (out === true || (out instanceof Promise && (await out))) {
                    yield SKIMMED;
                    continue;
                }
                let content = this.stagedCopyOnDisk(file);
                if (content === null) {
                    const size = (await this.stagedSizes()).get(file.oid);
                    if (size !== undefined && size <= MAX_TEXT_BYTES) {
                        reader ??= new cat_file/* BlobReader */.nZ(this.root);
                        const answer = await reader.read(file.oid);
                        content = Buffer.isBuffer(answer) ? answer : null;
                    }
                }
                yield this.textOf(file, content, worth);
            }
        }
        finally {
            await reader?.close();
        }
    }
    /**
     * The work tree's copy of a listed file if it is exactly the staged blob, else null; valid until the next read (it
     * sits in the scratch buffer). The bytes git hashes for a blob are a header and the content: the file is read
     * after room for the header, which is written in front of it once its length is known, so that one hash covers
     * both and nothing is copied. The hash is the proof: a file changed meanwhile can only fail it. A symlink is not
     * followed; the blob is read instead.
     */
    stagedCopyOnDisk(file) {
        const scratch = this.scratchBuffer();
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(external_node_path_default().join(this.root, file.path), no_follow/* OPEN_FLAGS */.t);
        }
        catch {
            return null;
        }
        try {
            const length = readInto(fd, scratch, HEADER_ROOM, MAX_TEXT_BYTES + 1);
            if (length > MAX_TEXT_BYTES)
                return null;
            const header = `blob ${length}\0`;
            const start = HEADER_ROOM - header.length;
            scratch.write(header, start, 'latin1');
            // The repository's hash: 40 hex digits are SHA-1, 64 are SHA-256.
            const id = blobId(scratch.subarray(start, HEADER_ROOM + length), file.oid.length === 64 ? 'sha256' : 'sha1');
            return id === file.oid ? scratch.subarray(HEADER_ROOM, HEADER_ROOM + length) : null;
        }
        catch {
            return null;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** Room for a blob header and, after it, the largest text read and one byte more. */
    scratchBuffer() {
        return (this.scratch ??= Buffer.allocUnsafe(HEADER_ROOM + MAX_TEXT_BYTES + 1));
    }
    async *readFromGit(files, worth) {
        // One request per file, duplicates included: cat-file answers in request order.
        let index = 0;
        for await (const blob of readBlobs(this.root, files.map((file) => file.oid))) {
            const file = files[index++];
            yield this.textOf(file, blob.content, worth);
        }
    }
    /** A file's content as the readers hand it back: null (counted) when absent, too large or binary. */
    textOf(file, content, worth) {
        if (content === null || isBinary(content)) {
            this.skipped.add(file.path);
            return null;
        }
        if (worth !== undefined && !worth(file.path, content))
            return SKIMMED;
        return decodeText(content);
    }
}
/**
 * Reads the just-opened file from where it stands (its start; a FIFO has no other) into `buffer` at `offset`, up to
 * `most` bytes or its end. Returns how many bytes it read, or `most` for a file that holds at least that many: one
 * that fills the first read is measured before any more is read, so a big file costs no more than that read.
 */
function readInto(fd, buffer, offset, most) {
    let length = 0;
    while (length < most) {
        if (length === FIRST_READ && (0,external_node_fs_.fstatSync)(fd).size >= most)
            return most;
        const want = length < FIRST_READ ? Math.min(most, FIRST_READ) - length : most - length;
        const read = (0,external_node_fs_.readSync)(fd, buffer, offset + length, want, null);
        if (read === 0)
            break;
        length += read;
    }
    return length;
}
/** The hex digest of `bytes`: in one call where node has crypto.hash (20.12 and later). */
function blobId(bytes, algorithm) {
    if (typeof external_node_crypto_.hash === 'function')
        return external_node_crypto_.hash(algorithm, bytes, 'hex');
    return external_node_crypto_.createHash(algorithm).update(bytes).digest('hex');
}
function isErrorCode(error, ...codes) {
    return codes.includes(error?.code ?? '');
}
/** Git's test: a NUL in the first 8000 bytes. */
function isBinary(content) {
    return content.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
/** Text content (not binary) as UTF-8, without a byte-order mark. */
function decodeText(content) {
    const text = content.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/**
 * A turn of the event loop, taken after every DISK_READ_BATCH files: the readers count files themselves, since a
 * generator of files in between would add promise hops to every one of them.
 */
function nextTurn() {
    return new Promise((resolve) => setImmediate(resolve));
}
/** Each present blob's size, from one `cat-file --batch-check` (headers only: nothing is inflated). */
async function blobSizes(root, oids) {
    const sizes = new Map();
    if (oids.length === 0)
        return sizes;
    const out = await (0,runner/* runGit */.EO)(['cat-file', '--batch-check=%(objectname) %(objectsize)'], {
        cwd: root,
        input: `${oids.join('\n')}\n`,
        allowFailure: true,
    });
    // `<oid> <size>`, or `<oid> missing`.
    for (const line of out.stdout.toString('latin1').split('\n')) {
        const [oid, size] = line.split(' ');
        if (oid && size && size !== 'missing')
            sizes.set(oid, Number(size));
    }
    return sizes;
}
async function listIndex(root) {
    // `<tag> <mode> <oid> <stage>\t<path>\0`, in index order; a conflicted path appears once per stage: keep the
    // first. The tag is `H` for a plain entry, lowercase when assume-unchanged, `S` for skip-worktree.
    const out = await (0,runner/* gitText */.q_)(['ls-files', '-s', '-v', '-z'], { cwd: root });
    const files = new Map();
    let rank = 0;
    for (const record of out.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [tag, mode, oid, stage] = record.slice(0, tab).split(' ');
        const file = record.slice(tab + 1);
        rank++;
        if (mode === SUBMODULE_MODE || files.has(file))
            continue;
        const listed = { path: file, oid, tracked: true, symlink: mode === SYMLINK_MODE };
        if (tag === 'H' && stage === '0')
            listed.searchRank = rank;
        files.set(file, listed);
    }
    return [...files.values()];
}
async function listUntracked(root, tracked) {
    const out = await (0,runner/* gitText */.q_)(['ls-files', '-z', '--others', '--exclude-standard'], { cwd: root });
    return out
        .split('\0')
        .filter((file) => file.length > 0 && !file.endsWith('/') && !tracked.has(file))
        .map((file) => ({ path: file, oid: '', tracked: false, symlink: false }));
}
async function listHeadTree(root) {
    // `<mode> <type> <oid>\t<path>\0`; an empty repository has no HEAD and so no files.
    const result = await (0,runner/* runGit */.EO)(['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], { cwd: root, allowFailure: true });
    if (result.code !== 0)
        return [];
    const files = [];
    for (const record of result.stdout.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, type, oid] = record.slice(0, tab).split(' ');
        if (type !== 'blob')
            continue;
        files.push({ path: record.slice(tab + 1), oid, tracked: true, symlink: mode === SYMLINK_MODE });
    }
    return files;
}
/** Streams blobs through one `git cat-file --batch`, holding at most one file in memory. */
async function* readBlobs(root, oids) {
    if (oids.length === 0)
        return;
    const child = (0,runner/* spawnGit */.Iz)(['cat-file', '--batch'], { cwd: root });
    const exited = new Promise((resolve) => child.on('close', (code) => resolve(code ?? 128)));
    child.stdin.on('error', () => undefined); // git may exit early; the missing blobs are simply not yielded
    child.stdin.end(`${oids.join('\n')}\n`);
    let pending = Buffer.alloc(0);
    let body = null;
    try {
        for await (const chunk of child.stdout) {
            pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
            for (;;) {
                if (!body) {
                    const newline = pending.indexOf(10);
                    if (newline < 0)
                        break;
                    const [oid, type, size] = pending.subarray(0, newline).toString('utf8').split(' ');
                    pending = pending.subarray(newline + 1);
                    if (type === 'missing' || size === undefined) {
                        yield { oid, content: null };
                        continue;
                    }
                    body = { oid, size: Number(size), keep: Number(size) <= MAX_TEXT_BYTES, parts: [], got: 0 };
                }
                // The body is followed by one LF.
                const take = Math.min(pending.length, body.size + 1 - body.got);
                if (body.keep)
                    body.parts.push(pending.subarray(0, take));
                body.got += take;
                pending = pending.subarray(take);
                if (body.got < body.size + 1)
                    break;
                const content = body.keep ? Buffer.concat(body.parts).subarray(0, body.size) : null;
                const done = { oid: body.oid, content };
                body = null;
                yield done;
            }
        }
    }
    finally {
        if (child.exitCode === null)
            child.kill();
        await exited;
    }
}

;// CONCATENATED MODULE: ./src/checks/ascii-words.ts
// Whether raw bytes hold one of a few ASCII words, in any case: the gate a text check puts before decoding a
// file. UTF-8 never hides an ASCII byte inside a multi-byte character, and a case-insensitive JS pattern never
// folds a non-ASCII character onto an ASCII letter, so a word is in the bytes exactly when it is in the text.
/** Lowercase for ASCII letters; every other byte is itself. */
const FOLD = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++)
    FOLD[byte] = byte >= 65 && byte <= 90 ? byte + 32 : byte;
class AsciiWords {
    words;
    /** The shortest word's length: the window each step looks at. */
    span;
    /** Horspool's shift for the (folded) byte under the window's last position. */
    shift;
    /** 1 for a (folded) byte some word has at the window's last position: only there is a word compared. */
    ends;
    constructor(words) {
        if (words.length === 0)
            throw new Error('AsciiWords: no word to look for');
        for (const word of words) {
            if (word.length === 0 || !/^[\x20-\x7e]+$/.test(word)) {
                throw new Error(`AsciiWords: '${word}' is not a word of printable ASCII`);
            }
        }
        // A word that holds another is found whenever it is (MISTRAL_API_KEY holds api_key): only the others are
        // looked for, and the window can be no longer than the shortest.
        const lower = [...new Set(words.map((word) => word.toLowerCase()))];
        const needed = lower.filter((word) => !lower.some((other) => other !== word && word.includes(other)));
        this.words = needed.map((word) => Uint8Array.from(word, (char) => char.charCodeAt(0)));
        this.span = Math.min(255, ...this.words.map((word) => word.length));
        this.shift = new Uint8Array(256).fill(this.span);
        this.ends = new Uint8Array(256);
        for (const word of this.words) {
            for (let at = 0; at < this.span - 1; at++) {
                this.shift[word[at]] = Math.min(this.shift[word[at]], this.span - 1 - at);
            }
            this.ends[word[this.span - 1]] = 1;
        }
    }
    /** True when some word occurs in bytes[from, to), in any case. */
    in(bytes, from = 0, to = bytes.length) {
        const { span, shift, ends } = this;
        for (let end = from + span - 1; end < to;) {
            const last = FOLD[bytes[end]];
            if (ends[last] === 1 && this.someWordAt(bytes, end - span + 1, to))
                return true;
            end += shift[last];
        }
        return false;
    }
    someWordAt(bytes, start, to) {
        for (const word of this.words) {
            if (start + word.length > to)
                continue;
            let at = 0;
            while (at < word.length && FOLD[bytes[start + at]] === word[at])
                at++;
            if (at === word.length)
                return true;
        }
        return false;
    }
}

;// CONCATENATED MODULE: ./src/checks/line-counter.ts
// The line around a position of a text, for visitors that search the whole text and look at the lines of
// their hits only: splitting every file into lines costs far more than the few lines that matter.
/** Answers for positions in ascending order, counting newlines once across all of them. */
class LineCounter {
    text;
    start = 0;
    number = 1;
    end;
    constructor(text) {
        this.text = text;
        this.end = this.newlineFrom(0);
    }
    /** The line holding `position`; positions must not go back. */
    lineAt(position) {
        if (position < this.start)
            throw new Error(`LineCounter: position ${position} is before line ${this.number}`);
        while (this.end < position) {
            this.start = this.end + 1;
            this.number++;
            this.end = this.newlineFrom(this.start);
        }
        return { start: this.start, end: this.end, number: this.number };
    }
    newlineFrom(from) {
        const at = this.text.indexOf('\n', from);
        return at < 0 ? this.text.length : at;
    }
}

;// CONCATENATED MODULE: ./src/checks/http-urls.ts


const HTTP_URL = /\bhttp:\/\/([^\s'"`<>()[\]{}\\,;]+)/gi;
const SERVER_SETTING = /\b(server_?url|serverURL|endpoint|base_?url|baseURL|api_?base|MISTRAL_[A-Z0-9_]*(URL|ENDPOINT|HOST))\b/i;
const MENTIONS_MISTRAL = /mistral|codestral/i;
const MISTRAL_NAMES = ['mistral', 'codestral'];
const MISTRAL_WORDS = new AsciiWords(MISTRAL_NAMES);
/** Looks at every readable file `allow.paths` does not exempt. */
function plainHttpVisitor(allowed) {
    const found = { hits: [], read: 0 };
    return {
        wants: (file) => !allowed(file),
        // Every hit is a URL over http:// in a file that names Mistral (a Mistral host does): both tell from the bytes.
        mayHold: (file, bytes) => holdsHttpScheme(bytes) && (MENTIONS_MISTRAL.test(file) || MISTRAL_WORDS.in(bytes)),
        gate: { words: MISTRAL_NAMES, always: (file) => MENTIONS_MISTRAL.test(file) },
        skim: () => void found.read++,
        visit(file, text) {
            found.read++;
            // Most files hold no URL at all: a plain search for `://` settles them before any pattern runs.
            if (!text.includes('://') || !/http:\/\//i.test(text))
                return;
            const mistralFile = MENTIONS_MISTRAL.test(file) || MENTIONS_MISTRAL.test(text);
            // A URL never spans a line (it stops at white space): the whole text is searched once, and only the lines
            // of its URLs are cut out.
            const lines = new LineCounter(text);
            for (const match of text.matchAll(HTTP_URL)) {
                const host = hostOf(match[1]);
                if (host === '' || isLoopback(host))
                    continue;
                const mistralHost = host === 'mistral.ai' || host.endsWith('.mistral.ai');
                const { start, end, number } = lines.lineAt(match.index);
                if (mistralHost || (mistralFile && SERVER_SETTING.test(text.slice(start, end)))) {
                    // Only the host is shown: a URL may carry credentials or a key in its query.
                    const url = /^[a-z0-9.-]+$/.test(host) ? `http://${host}` : 'http://…';
                    found.hits.push({ file, line: number, url });
                }
            }
        },
        gathered: () => found,
    };
}
const COLON_SLASH_SLASH = Buffer.from('://');
const LOWER = 0x20;
/** Whether the bytes hold `http://`, in any case (what /http:\/\//i finds in their text). */
function holdsHttpScheme(bytes) {
    // The native search for `://` skips most bytes unread; each hit is then checked for the four letters before it.
    for (let at = bytes.indexOf(COLON_SLASH_SLASH); at >= 0; at = bytes.indexOf(COLON_SLASH_SLASH, at + 1)) {
        if (at >= 4 &&
            (bytes[at - 4] | LOWER) === 0x68 &&
            (bytes[at - 3] | LOWER) === 0x74 &&
            (bytes[at - 2] | LOWER) === 0x74 &&
            (bytes[at - 1] | LOWER) === 0x70) {
            return true;
        }
    }
    return false;
}
/** The host of `rest` (what follows `http://`), lowercased, without credentials or port. */
function hostOf(rest) {
    const authority = rest.split(/[/?#]/)[0];
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    if (host.startsWith('['))
        return host.slice(0, host.indexOf(']') + 1).toLowerCase();
    return host.split(':')[0].toLowerCase().replace(/\.$/, '');
}
/** localhost, *.localhost, 127.0.0.0/8, [::1] and 0.0.0.0 (a local bind address, never a remote endpoint). */
function isLoopback(host) {
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        /^127(\.\d{1,3}){3}$/.test(host) ||
        host === '[::1]' ||
        host === '0.0.0.0');
}

// EXTERNAL MODULE: ./src/checks/policy.ts
var checks_policy = __webpack_require__(3719);
;// CONCATENATED MODULE: ./src/checks/source-files.ts
// Which files are program source, for the checks that read code (start-up validation, key logging).
const SOURCE_EXTENSIONS = new Set([
    'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'vue', 'svelte',
    'py', 'go', 'rb', 'java', 'kt', 'kts', 'scala', 'rs', 'php', 'cs', 'swift', 'dart', 'ex', 'exs',
    'sh', 'bash', 'zsh',
]);
function isSourceFile(file) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 && SOURCE_EXTENSIONS.has(base.slice(dot + 1).toLowerCase());
}
function isShellFile(file) {
    return /\.(sh|bash|zsh)$/i.test(file);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/checks/key-log-lines.ts




const LOG_CALL = new RegExp([
    /\bconsole\.(log|info|warn|error|debug|trace|dir|table)\s*\(/,
    /\bprint(ln|f)?\s*\(/,
    /\b(log|logger|logging|LOG|LOGGER|Log|Logger|winston|pino|bunyan|log4j)\.(debug|info|warn|warning|error|critical|fatal|trace|log|exception|verbose|silly|notice|print\w*|fatal\w*|panic\w*)\s*\(/,
    /\bfmt\.(Print|Fprint)\w*\s*\(/,
    /\bSystem\.(out|err)\.print\w*\s*\(/,
    /\bputs\s*[\s(]/,
    /\bprocess\.(stdout|stderr)\.write\s*\(/,
    /\b(echo|printf)\s/,
    /\b(eprint|print)(ln)?!\s*\(/,
    /\berror_log\s*\(|\bvar_dump\s*\(|\bprint_r\s*\(/,
]
    .map((pattern) => pattern.source)
    .join('|'));
/** What may sit before the name in an access chain: `process.env.`, `os.getenv(`, `settings.`, `this.#`. */
const CHAIN = `(?:[\\w$#]+\\s*(?:\\?\\.|\\.|\\(|\\[)\\s*)*`;
/**
 * Uses that say whether a key is set, or show a few characters of it, without printing it: `!apiKey`,
 * `not os.getenv(…)`, `apiKey.length`, `apiKey.slice(0, 4)`, `api_key[:4]`, `bool(api_key)`,
 * `apiKey ? 'set' : 'missing'`, `api_key is None`, `apiKey === undefined`.
 */
function safeUse(name, flags) {
    return new RegExp([
        `(?:!+\\s*|\\bnot\\s+|\\b(?:len|bool|Boolean|mask|redact|isset|empty|typeof)\\b\\s*\\(?\\s*)${CHAIN}${name}(?![\\w])\\)?`,
        `(?<![\\w])${name}\\s*(?:\\?\\.|\\.)\\s*(?:length\\b|(?:slice|substring|substr)\\s*\\([^)]*\\))`,
        `(?<![\\w])${name}\\s*\\[\\s*-?\\d*\\s*:\\s*-?\\d*\\s*\\]`,
        `(?<![\\w])${name}\\s*\\)?\\s*(?:is\\s+(?:not\\s+)?None\\b|[!=]==?\\s*(?:null|undefined|None|nil|''|"")|\\?(?![.?]))`,
    ].join('|'), `g${flags}`);
}
/** An env lookup by name (`os.getenv("X")`, `process.env["X"]`, `ENV.fetch("X")`): the quoted name is code. */
const LOOKUP = `((?:environ(?:\\.get)?|getenv|Getenv|getEnv|ENV(?:\\.fetch)?|env|\\$_ENV|\\$_SERVER)\\s*[[(]\\s*)`;
/** The names a log call must not print: the secret variables and a client's apiKey. */
function loggedNames(policy) {
    return [...new Set([...(0,checks_policy/* secretVariables */.c8)(policy), 'apiKey', 'api_key', 'apikey'])];
}
/** Looks at every readable source file `allow.paths` does not exempt. */
function keyLogVisitor(names, allowed) {
    // Every hit names one of them, in any case: one search of the whole text finds the few lines that do, and only
    // those are cut out and read (most files have none).
    const anyName = new RegExp(names.map(escapeRegExp).join('|'), 'gi');
    const anyNameInBytes = names.length > 0 ? new AsciiWords(names) : null;
    const found = { hits: [], read: 0 };
    return {
        wants: (file) => isSourceFile(file) && !allowed(file),
        mayHold: (_file, bytes) => anyNameInBytes === null || anyNameInBytes.in(bytes),
        ...(names.length > 0 ? { gate: { words: names } } : {}),
        skim: () => void found.read++,
        visit(file, text) {
            found.read++;
            const shell = isShellFile(file);
            const lines = new LineCounter(text);
            anyName.lastIndex = 0;
            for (let name = anyName.exec(text); name !== null; name = anyName.exec(text)) {
                const { start, end, number } = lines.lineAt(name.index);
                // On to the next line: each line is read once, however many names it holds.
                anyName.lastIndex = end;
                if (end - start > 2000)
                    continue;
                const line = text.slice(start, end);
                if (LOG_CALL.test(line) && names.some((candidate) => logsName(line, candidate, shell))) {
                    found.hits.push({ file, line: number });
                }
            }
        },
        gathered: () => found,
    };
}
/** The line uses `name` as code (or looks it up in the environment), not only inside a string, nor safely. */
function logsName(line, name, shell) {
    const escaped = escapeRegExp(name);
    if (shell)
        return new RegExp(`\\b(?:echo|printf)\\b[^|;&]*\\$\\{?${escaped}\\b`).test(line);
    const flags = /^[A-Z0-9_]+$/.test(name) ? 'i' : '';
    const unquoted = line.replace(new RegExp(`${LOOKUP}(['"\`])${escaped}\\2`, `g${flags}`), `$1${name}`);
    const code = codeOnly(unquoted).replace(safeUse(escaped, flags), ' ');
    return new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`, flags).test(code);
}
/**
 * The line with string contents blanked, keeping what strings interpolate: `${…}` in template literals and
 * `{…}` in Python f-strings, `#{…}` in Ruby. A line comment ends the code.
 */
function codeOnly(line) {
    let out = '';
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (c === '/' && line[i + 1] === '/')
            break;
        if (c === '#' && line[i + 1] !== '{' && /^\s*#|\s#/.test(line.slice(Math.max(0, i - 1), i + 1)))
            break;
        if (c === '"' || c === "'" || c === '`') {
            const fString = /[fF]$/.test(line.slice(Math.max(0, i - 1), i));
            let j = i + 1;
            while (j < line.length && line[j] !== c) {
                if (line[j] === '\\') {
                    j += 2;
                    continue;
                }
                const interpolation = (c === '`' && line[j] === '$' && line[j + 1] === '{') ||
                    (c === '"' && line[j] === '#' && line[j + 1] === '{') ||
                    (fString && line[j] === '{' && line[j + 1] !== '{');
                if (interpolation) {
                    const start = line.indexOf('{', j) + 1;
                    const end = line.indexOf('}', start);
                    const stop = end < 0 ? line.length : end;
                    out += ` ${line.slice(start, stop)} `;
                    j = stop + 1;
                    continue;
                }
                j++;
            }
            out += ' ';
            i = j + 1;
            continue;
        }
        out += c;
        i++;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/startup-validation.ts



/** What counts as validation, named in the check's message. */
const VALIDATORS = [
    { name: 'zod', pattern: /\bfrom\s+['"]zod(\/[\w-]+)?['"]|require\(\s*['"]zod['"]\s*\)|\bz\.object\s*\(/ },
    { name: 'joi', pattern: /\bJoi\.object\s*\(|\bfrom\s+['"]joi['"]/ },
    { name: 'envalid', pattern: /\bcleanEnv\s*\(/ },
    { name: 'yup', pattern: /\byup\.object\s*\(/ },
    { name: 'valibot', pattern: /\bfrom\s+['"]valibot['"]/ },
    { name: '@t3-oss/env', pattern: /\bcreateEnv\s*\(/ },
    { name: 'convict', pattern: /\bconvict\s*\(/ },
    { name: 'env-var', pattern: /\bfrom\s+['"]env-var['"]|require\(\s*['"]env-var['"]\s*\)/ },
    { name: 'NestJS validationSchema', pattern: /\bvalidationSchema\s*:/ },
    { name: 'pydantic BaseSettings', pattern: /\bBaseSettings\b/ },
    { name: 'environs', pattern: /\bfrom\s+environs\s+import\b/ },
    { name: 'python-decouple', pattern: /\bfrom\s+decouple\s+import\b/ },
    { name: 'Go envconfig / env struct tags', pattern: /envconfig\.Process\s*\(|`[^`]*\benv(config)?:"/ },
    { name: 'Dotenv.require_keys', pattern: /\bDotenv\.require_keys\b/ },
    { name: 'envy', pattern: /\benvy::from_env\b/ },
];
/** Any of VALIDATORS: one search of a file instead of one per validator (most files use none). */
const ANY_VALIDATOR = new RegExp(VALIDATORS.map((validator) => `(?:${validator.pattern.source})`).join('|'));
/** Looks at every readable source file `skip` does not exempt. */
function startupValidationVisitor(variable, skip) {
    const anyCase = new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(variable)}(?![A-Za-z0-9_])`, 'i');
    const anyCaseInBytes = new AsciiWords([variable]);
    const reads = readPattern(variable);
    const found = { validatedIn: [], readAt: [] };
    return {
        wants: (file) => isSourceFile(file) && !skip(file),
        // A file that never names the variable adds nothing.
        mayHold: (_file, bytes) => anyCaseInBytes.in(bytes),
        gate: { words: [variable] },
        visit(path, text) {
            if (!anyCase.test(text))
                return;
            const validator = ANY_VALIDATOR.test(text) && VALIDATORS.find((candidate) => candidate.pattern.test(text));
            if (validator) {
                found.validatedIn.push({ file: path, validator: validator.name });
                return;
            }
            const line = firstLineMatching(text, reads);
            if (line !== null)
                found.readAt.push({ file: path, line });
        },
        gathered: () => found,
    };
}
/**
 * The 1-based number of the first line on which `pattern` (no `g`, no `m`) matches within the line. One search of
 * the whole text finds it, unless that match runs over a line break (`\s*` may): then line by line, as the
 * question is asked.
 */
function firstLineMatching(text, pattern) {
    const match = pattern.exec(text);
    if (match === null)
        return null;
    if (!match[0].includes('\n'))
        return new LineCounter(text).lineAt(match.index).number;
    const line = text.split('\n').findIndex((candidate) => pattern.test(candidate));
    return line < 0 ? null : line + 1;
}
/**
 * A direct read of the variable: process.env.X, import.meta.env.X, os.environ["X"], os.getenv("X"),
 * os.Getenv("X"), ENV["X"], ENV.fetch("X"), System.getenv("X"), env::var("X"), $_ENV['X'], Deno.env.get("X").
 */
function readPattern(variable) {
    const name = escapeRegExp(variable);
    return new RegExp([
        `(?:process\\.env|import\\.meta\\.env)(?:\\??\\.${name}(?![A-Za-z0-9_])|\\[\\s*['"\`]${name}['"\`])`,
        `(?:getenv|Getenv|getEnv|environ\\.get|env::var|GetEnvironmentVariable|Deno\\.env\\.get|ENV\\.fetch)\\s*\\(\\s*['"]${name}['"]`,
        `(?:environ|ENV|\\$_ENV|\\$_SERVER)\\[\\s*['"]${name}['"]\\s*\\]`,
    ].join('|'));
}

;// CONCATENATED MODULE: ./src/checks/text-visitor.ts
/**
 * Reads every file any visitor wants once, in path order, and feeds it to each visitor that wants it. A
 * visitor that throws is fed nothing more and its error kept for its check; a failing read rejects for all.
 */
async function visitTexts(files, visitors) {
    const errors = new Map();
    const guarded = (name, act, otherwise) => {
        if (errors.has(name))
            return otherwise;
        try {
            return act();
        }
        catch (error) {
            errors.set(name, error);
            return otherwise;
        }
    };
    const named = Object.entries(visitors);
    // Each file's visitors are chosen once, as the files are selected, and looked up as their texts arrive.
    const chosen = new Map();
    const wanted = (file) => {
        const visiting = named.filter(([name, visitor]) => guarded(name, () => visitor.wants(file), false));
        if (visiting.length > 0)
            chosen.set(file, visiting);
        return visiting.length > 0;
    };
    // Decoded (and searched) only when some visitor may find something there: most files of a repository name
    // neither Mistral nor a key variable.
    const worth = (file, bytes) => chosen.get(file).some(([name, visitor]) => guarded(name, () => visitor.mayHold?.(file, bytes) ?? true, false));
    for await (const { path, text } of files.texts(wanted, worth, wordGate(visitors, chosen))) {
        for (const [name, visitor] of chosen.get(path)) {
            if (text === null)
                guarded(name, () => visitor.skim?.(path), undefined);
            else
                guarded(name, () => visitor.visit(path, text), undefined);
        }
    }
    const out = {};
    for (const [name, visitor] of named) {
        const value = guarded(name, () => visitor.gathered(), undefined);
        out[name] = errors.has(name) ? { ok: false, error: errors.get(name) } : { ok: true, value };
    }
    return out;
}
/** Every word the visitors' gates look for, or none when some visitor has no gate (then every file is read). */
function gateWords(visitors) {
    const all = Object.values(visitors);
    if (all.length === 0 || !all.every((visitor) => visitor.gate !== undefined))
        return [];
    return [...new Set(all.flatMap((visitor) => visitor.gate.words))];
}
/** The visitors' gates as one, when each has one: a file is worth reading if a visitor wanting it may find something. */
function wordGate(visitors, chosen) {
    const words = gateWords(visitors);
    if (words.length === 0)
        return undefined;
    return {
        words,
        always: (file) => (chosen.get(file) ?? []).some(([, visitor]) => visitor.gate.always?.(file) ?? false),
    };
}
/** The harvest, or the visitor's error thrown again: its check turns it into a `warn` row as for any failure. */
function harvest(visited) {
    if (!visited.ok)
        throw visited.error;
    return visited.value;
}

;// CONCATENATED MODULE: ./src/checks/shared-text-pass.ts





function sharedTextPass(run) {
    return run.once('shared-text-pass', () => visitTexts(run.files, sharedTextVisitors(run.config)));
}
/**
 * The words the pass's gates look for, known from the config alone: git can start searching for them while the
 * files are still being listed.
 */
function sharedTextPassWords(config) {
    return gateWords(sharedTextVisitors(config));
}
function sharedTextVisitors(config) {
    const policy = (0,checks_policy/* policyOf */.US)(config);
    const allowed = (0,checks_policy/* allowedPath */.ee)(policy);
    return {
        plainHttp: plainHttpVisitor(allowed),
        keyLogs: keyLogVisitor(loggedNames(policy), allowed),
        startupValidation: startupValidationVisitor((0,checks_policy/* secretVariables */.c8)(policy)[0], allowed),
    };
}

;// CONCATENATED MODULE: ./src/checks/check-run.ts


async function openCheckRun(ctx) {
    const files = await RepoFiles.open(ctx.root, ctx.mode, sharedTextPassWords(ctx.config));
    const memo = new Map();
    return {
        ...ctx,
        files,
        once(key, compute) {
            if (!memo.has(key))
                memo.set(key, compute());
            return memo.get(key);
        },
    };
}

;// CONCATENATED MODULE: ./src/checks/committed-files.ts
// Every path ever added in any commit reachable from any ref, with the first commit (oldest) that added it.

/** The key of filesEverAdded's result in a check run's memo (CheckRun.once). */
const FILES_EVER_ADDED = 'files-ever-added';
/**
 * filesEverAdded, once per check run: a walk of every commit (1.5 s at 30k commits), so it is started early,
 * beside a history scan of a range or dates (run-checks.ts), and taken by the check that needs it.
 */
function filesEverAddedOnce(run) {
    return run.once(FILES_EVER_ADDED, () => filesEverAdded(run.root));
}
/** Maps each path ever added to the abbreviated sha of the oldest commit that added it. */
async function filesEverAdded(root) {
    // Records: `\x01<sha>\0\n<path>\0<path>\0…`, newest commit first. An empty repository lists nothing.
    const out = await (0,runner/* runGit */.EO)(['log', '--all', '--diff-filter=A', '--name-only', '-z', '--format=%x01%H'], {
        cwd: root,
        allowFailure: true,
    });
    const added = new Map();
    if (out.code !== 0)
        return added;
    let commit = '';
    let afterHeader = false;
    for (const token of out.stdout.toString('utf8').split('\0')) {
        const header = /^\n?\x01([0-9a-f]{40,64})$/.exec(token);
        if (header) {
            commit = header[1].slice(0, 12);
            afterHeader = true;
            continue;
        }
        const file = afterHeader && token.startsWith('\n') ? token.slice(1) : token;
        afterHeader = false;
        if (file.length > 0 && commit)
            added.set(file, commit);
    }
    return added;
}

// EXTERNAL MODULE: ./src/checks/env-config-files.ts
var env_config_files = __webpack_require__(6923);
;// CONCATENATED MODULE: ./src/checks/distinct-keys-per-env.ts



const DISTINCT_KEYS_PER_ENV = 'distinct-keys-per-env';
const TITLE = CHECK_TITLES[DISTINCT_KEYS_PER_ENV];
const distinctKeysPerEnv = async (run) => {
    const { files } = await (0,env_config_files/* loadEnvConfigs */.Gp)(run);
    const withKey = files.flatMap((file) => {
        const apiKey = (0,env_config_files/* apiKeyOf */.n4)(file.data);
        if (apiKey.kind === 'reference')
            return [{ file, shared: `variable ${apiKey.variable}`, id: `var:${apiKey.variable}` }];
        if (apiKey.kind === 'literal')
            return [{ file, shared: 'the same literal key', id: `literal:${apiKey.digest}` }];
        return [];
    });
    if (withKey.length < 2) {
        return result(DISTINCT_KEYS_PER_ENV, TITLE, 'skip', `Fewer than two per-environment configs name a key (${withKey.length} found), so there is nothing to compare.`);
    }
    const groups = new Map();
    for (const entry of withKey)
        groups.set(entry.id, [...(groups.get(entry.id) ?? []), entry]);
    const shared = [...groups.values()].filter((group) => new Set(group.map((entry) => entry.file.environment)).size > 1);
    if (shared.length === 0) {
        return result(DISTINCT_KEYS_PER_ENV, TITLE, 'pass', `${nameSome(withKey.map((entry) => entry.file.environment))} each use their own key.`);
    }
    const texts = shared.map((group) => `${nameSome(group.map((entry) => entry.file.environment))} share ${group[0].shared}`);
    const locations = shared.flatMap((group) => group.map((entry) => ({ file: entry.file.file, line: entry.file.lineOf(['apiKey']) })));
    return result(DISTINCT_KEYS_PER_ENV, TITLE, 'fail', `${texts.join('; ')}: give each environment its own key (e.g. MISTRAL_API_KEY_DEVELOPMENT, MISTRAL_API_KEY_PRODUCTION), ` +
        'so a leak in one cannot reach another.', locations);
};

;// CONCATENATED MODULE: ./src/checks/env-configs.ts
// Each per-environment config follows the policy for its environment: the key comes from a variable,
// the models are a subset of the allowed ones, the token budget is within the policy's.





const ENV_CONFIGS = 'env-configs';
const env_configs_TITLE = CHECK_TITLES[ENV_CONFIGS];
const envConfigs = async (run) => {
    const policy = (0,checks_policy/* policyOf */.US)(run.config);
    const { files, globs, fromConfig } = await (0,env_config_files/* loadEnvConfigs */.Gp)(run);
    if (files.length === 0) {
        const hint = fromConfig ? '' : ' (the default; set envConfigs in .mistral-guard.yml to point at yours)';
        return result(ENV_CONFIGS, env_configs_TITLE, 'skip', `No per-environment config file matches ${globs.join(', ')}${hint}.`);
    }
    // In a pull request the policy may come from the base branch, copied to a temporary path: name the usual file.
    const policyFile = run.configFile && !external_node_path_default().isAbsolute(run.configFile) ? run.configFile : '.mistral-guard.yml';
    // The rules (and zod, which they use) are loaded only when there is a file to hold to them.
    const { violationsOf } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(282)]).then(__webpack_require__.bind(__webpack_require__, 8282));
    const violations = files.flatMap((file) => violationsOf(file, policy.environments, policyFile));
    if (violations.length === 0) {
        const environments = files.map((file) => file.environment);
        return result(ENV_CONFIGS, env_configs_TITLE, 'pass', `${plural(files.length, 'environment config')} (${nameSome(environments)}) follow${files.length === 1 ? 's' : ''} the policy` +
            `${policy.environmentsFromConfig ? '' : ' (the checklist defaults)'}.`);
    }
    return result(ENV_CONFIGS, env_configs_TITLE, 'fail', `${plural(violations.length, 'violation')}: ${nameSome(violations.map((violation) => violation.text), MAX_NAMED, '; ')}.`, violations.map((violation) => violation.location));
};

;// CONCATENATED MODULE: ./src/checks/env-file.ts
// Reads dotenv files the way dotenv does, well enough to know what a template declares: `KEY=value`,
// `export KEY=value`, quoted values, trailing ` # comments`, CRLF line ends.
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s?(.*)$/;
/** The declarations of a dotenv file, first one wins for a name declared twice (dotenv's rule). */
function parseEnvFile(text) {
    const entries = new Map();
    text.split('\n').forEach((raw, index) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (/^\s*(#|$)/.test(line))
            return;
        const match = ASSIGNMENT.exec(line);
        if (!match || entries.has(match[1]))
            return;
        entries.set(match[1], { name: match[1], value: unquote(match[2]), line: index + 1 });
    });
    return entries;
}
function unquote(raw) {
    const value = raw.trim();
    const quote = value[0];
    if (quote === '"' || quote === "'" || quote === '`') {
        const end = value.indexOf(quote, 1);
        if (end > 0)
            return value.slice(1, end);
    }
    // An unquoted value ends where a comment starts (a # after whitespace).
    const comment = value.search(/\s#/);
    return (comment >= 0 ? value.slice(0, comment) : value).trim();
}

// EXTERNAL MODULE: ./src/checks/key-shape.ts
var key_shape = __webpack_require__(862);
// EXTERNAL MODULE: ./src/checks/secret-files.ts
var secret_files = __webpack_require__(703);
;// CONCATENATED MODULE: ./src/checks/env-schema.ts









const ENV_SCHEMA = 'env-schema';
const env_schema_TITLE = CHECK_TITLES[ENV_SCHEMA];
function locationsOf(problems) {
    return problems.flatMap((problem) => [...(problem.location ? [problem.location] : []), ...(problem.locations ?? [])]);
}
const envSchema = async (run) => {
    const policy = (0,checks_policy/* policyOf */.US)(run.config);
    const allowed = (0,checks_policy/* allowedPath */.ee)(policy);
    const explicit = new Set(run.files.match(policy.envTemplateGlobs));
    const templates = new Set(run.files.paths.filter((file) => explicit.has(file) || ((0,secret_files/* isEnvTemplateName */.d)(file) && !allowed(file))));
    const problems = [];
    let read = 0;
    for await (const { path: file, text } of run.files.texts((candidate) => templates.has(candidate))) {
        read++;
        problems.push(...templateProblems(file, text, policy.env));
    }
    const keyVariable = (0,checks_policy/* secretVariables */.c8)(policy)[0];
    // Searched in the pass shared with the other checks that read every source file.
    const validation = harvest((await sharedTextPass(run)).startupValidation);
    const validated = validation.validatedIn.length > 0;
    if (!validated && validation.readAt.length > 0) {
        problems.push({
            level: 'warn',
            text: `The application reads ${keyVariable} without validating its environment at start-up ` +
                `(${nameSome(validation.readAt.map((at) => at.file))}): declare it in a schema ` +
                `(${VALIDATORS.slice(0, 6).map((v) => v.name).join(', ')}, pydantic BaseSettings…) in a file that names it`,
            locations: validation.readAt,
        });
    }
    if (read === 0) {
        const unread = templates.size > 0 ? ` (${plural(templates.size, 'template')} unreadable)` : '';
        const none = `No env template to check${unread}: commit a .env.example listing the variables, without values`;
        const warnings = problems.filter((problem) => problem.level === 'warn');
        if (warnings.length > 0) {
            return result(ENV_SCHEMA, env_schema_TITLE, 'warn', `${warnings.map((w) => w.text).join('; ')}. ${none}.`, [
                ...locationsOf(warnings),
            ]);
        }
        const why = validated ? ` (start-up validation found in ${validation.validatedIn[0].file})` : '';
        return result(ENV_SCHEMA, env_schema_TITLE, 'skip', `${none}${why}.`);
    }
    const failures = problems.filter((problem) => problem.level === 'fail');
    const status = failures.length > 0 ? 'fail' : problems.length > 0 ? 'warn' : 'pass';
    if (status === 'pass') {
        const how = validated ? `; ${validation.validatedIn[0].file} validates it with ${validation.validatedIn[0].validator}` : '';
        return result(ENV_SCHEMA, env_schema_TITLE, 'pass', `${plural(read, 'env template')} follow${read === 1 ? 's' : ''} the env schema (${describeSchema(policy.env)})${how}.`);
    }
    const ordered = [...failures, ...problems.filter((problem) => problem.level === 'warn')];
    const texts = ordered.map((problem) => problem.text);
    return result(ENV_SCHEMA, env_schema_TITLE, status, `${nameSome(texts, MAX_NAMED, '; ')}.`, locationsOf(ordered));
};
/** Problems of one template against the schema. Values are never quoted: a template may hold a real key. */
function templateProblems(file, text, schema) {
    const entries = parseEnvFile(text);
    const problems = [];
    for (const [name, rule] of Object.entries(schema)) {
        const entry = entries.get(name);
        if (!entry) {
            if (rule.required) {
                problems.push({ level: 'fail', text: `${file} does not declare ${name}: add \`${name}=\``, location: { file, line: 1 } });
            }
            continue;
        }
        const at = { file, line: entry.line };
        if (rule.secret && entry.value !== '') {
            if ((0,key_shape/* looksLikeKey */.z)(entry.value)) {
                problems.push({
                    level: 'fail',
                    text: `${file}:${entry.line} ${name} holds a key-shaped value: leave it empty or write a placeholder, and rotate the key if it was real`,
                    location: at,
                });
            }
            else if (!(0,key_shape/* looksLikePlaceholder */.p)(entry.value)) {
                problems.push({
                    level: 'warn',
                    text: `${file}:${entry.line} ${name} holds a value that is not a placeholder: leave it empty or write e.g. \`your-key-here\``,
                    location: at,
                });
            }
        }
        if (rule.enum && entry.value !== '' && !rule.enum.includes(entry.value) && !rule.secret) {
            problems.push({
                level: 'fail',
                text: `${file}:${entry.line} ${name}=${(0,key_shape/* looksLikeKey */.z)(entry.value) ? '(a key-shaped value)' : `'${entry.value}'`} is not one of ${rule.enum.join(', ')}`,
                location: at,
            });
        }
    }
    return problems;
}
/** `MISTRAL_API_KEY (required, secret), NODE_ENV (development|staging|production)`. */
function describeSchema(schema) {
    return Object.entries(schema)
        .map(([name, rule]) => {
        const traits = [rule.required ? 'required' : '', rule.secret ? 'secret' : '', rule.enum ? rule.enum.join('|') : ''];
        const shown = traits.filter(Boolean);
        return shown.length > 0 ? `${name} (${shown.join(', ')})` : name;
    })
        .join(', ');
}

// EXTERNAL MODULE: ./src/fs/read-small-file.ts
var read_small_file = __webpack_require__(2768);
;// CONCATENATED MODULE: ./src/checks/gitignore-probes.ts
// Asks git itself whether secret files would be ignored, by probing paths that need not exist
// (`git check-ignore --no-index`), at the root, in a made-up subfolder and in every folder that has its own
// .gitignore, so anchored patterns, nested files and `!` negations all count as git counts them.
//
// Only the .gitignore files of the repository count, as they are what every clone shares: a match that
// comes from .git/info/exclude or a developer's global excludes file protects one machine only. Git gives
// per-folder .gitignore files precedence over both, so the pattern `check-ignore -v` reports tells us
// whether the shared files decide: if its source is not a .gitignore, no .gitignore matched.

const BUILTIN_PROBES = [
    { line: '.env', sample: '.env', everywhere: true },
    { line: '.env.local', sample: '.env.local', everywhere: true },
    { line: '.env.*.local', sample: '.env.production.local', everywhere: true },
    { line: '*.pem', sample: 'mistral.pem', everywhere: true },
    { line: '*.key', sample: 'mistral.key', everywhere: true },
    { line: 'secrets/', sample: 'secrets/mistral-api-key', everywhere: true },
];
/** A folder that does not exist, so that only patterns meant for every folder cover it. */
const PROBE_SUBFOLDER = 'any-subfolder/';
/** Folders with their own .gitignore beyond this many are not probed (a monorepo's vendored trees). */
const MAX_PROBE_FOLDERS = 500;
/**
 * Turns a `gitignore.probes` entry into a probe. An entry is a path or a simple pattern (`*.p12`,
 * `credentials.json`, `private/`); a `*` or `?` is probed as an `x`. Entries without an inner slash apply
 * in every folder, like the .gitignore line they ask for.
 */
function configProbe(entry) {
    const directory = entry.endsWith('/');
    const base = directory ? entry.slice(0, -1) : entry;
    const sample = base.replace(/[*?]/g, 'x').replace(/[[\]{}]/g, '');
    return { line: entry, sample: directory ? `${sample}/mistral-guard-probe` : sample, everywhere: !base.includes('/') };
}
async function analyseGitignore(root, probes) {
    const folders = ['', PROBE_SUBFOLDER, ...(await foldersWithGitignore(root))];
    const asked = [];
    const seen = new Set();
    for (const probe of probes) {
        for (const folder of probe.everywhere ? folders : ['']) {
            const probed = folder + probe.sample;
            if (seen.has(probed))
                continue;
            seen.add(probed);
            asked.push({ probe, folder, path: probed });
        }
    }
    const verdicts = await checkIgnore(root, asked.map((entry) => entry.path));
    const outcomes = asked.map((entry) => {
        const verdict = verdicts.get(entry.path);
        const shared = verdict !== undefined && isRepositoryGitignore(verdict.file);
        if (!verdict || !shared) {
            return { ...entry, state: 'missing', ignoredLocallyOnly: verdict !== undefined && !verdict.pattern.startsWith('!') };
        }
        const state = verdict.pattern.startsWith('!') ? 'negated' : 'ignored';
        return { ...entry, state, source: verdict, ignoredLocallyOnly: false };
    });
    const linesToAdd = [];
    const negations = [];
    for (const outcome of outcomes) {
        const rootFixes = outcome.state === 'missing' || (outcome.state === 'negated' && outcome.source?.file === '.gitignore');
        if (rootFixes && !linesToAdd.includes(outcome.probe.line))
            linesToAdd.push(outcome.probe.line);
        if (outcome.state === 'negated' && outcome.source && outcome.source.file !== '.gitignore') {
            negations.push({ ...outcome.source, path: outcome.path });
        }
    }
    // Keep the probe order, which groups related lines the way a hand-written .gitignore does.
    const order = probes.map((probe) => probe.line);
    linesToAdd.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return { outcomes, linesToAdd, negations };
}
/** A per-folder .gitignore of the work tree, as check-ignore names it (relative, never under .git/). */
function isRepositoryGitignore(file) {
    if (file.startsWith('/') || file.startsWith('../') || file.startsWith('.git/'))
        return false;
    return file === '.gitignore' || file.endsWith('/.gitignore');
}
/** Folders (ending in '/') holding a .gitignore, tracked or new; ignored folders are not looked into. */
async function foldersWithGitignore(root) {
    const result = await (0,runner/* runGit */.EO)(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ':(glob)**/.gitignore'], { cwd: root, allowFailure: true });
    if (result.code !== 0)
        return [];
    const folders = new Set();
    for (const file of result.stdout.toString('utf8').split('\0')) {
        if (!file.endsWith('/.gitignore'))
            continue;
        folders.add(file.slice(0, -'.gitignore'.length));
    }
    return [...folders].sort().slice(0, MAX_PROBE_FOLDERS);
}
/** The deciding pattern for each path that any exclude source matches (negations included). */
async function checkIgnore(root, paths) {
    // The global excludes file is switched off outright; info/exclude is filtered out by its source.
    const result = await (0,runner/* runGit */.EO)(['-c', 'core.excludesFile=/dev/null', 'check-ignore', '--no-index', '--stdin', '-z', '-v', '-n'], { cwd: root, input: paths.map((file) => `${file}\0`).join(''), allowFailure: true });
    // Exit 1 means "nothing ignored", which is an answer; 128 is a real error.
    if (result.code > 1)
        throw new Error(`git check-ignore failed: ${result.stderr.trim().split('\n')[0]}`);
    const fields = result.stdout.toString('utf8').split('\0');
    const verdicts = new Map();
    for (let i = 0; i + 3 < fields.length; i += 4) {
        const [file, line, pattern, probed] = fields.slice(i, i + 4);
        if (file)
            verdicts.set(probed, { file, line: Number(line), pattern });
    }
    return verdicts;
}

;// CONCATENATED MODULE: ./src/checks/gitignore-covers-secrets.ts
// `.env`, `.env.local`, `.env.*.local`, `*.pem`, `*.key` and `secrets/` (plus `gitignore.probes`) must be
// ignored by the repository's own .gitignore files, at the root and in subfolders, as git decides it.







const GITIGNORE_COVERS_SECRETS = 'gitignore-covers-secrets';
const gitignore_covers_secrets_TITLE = CHECK_TITLES[GITIGNORE_COVERS_SECRETS];
function probesFor(extra) {
    const probes = [...BUILTIN_PROBES];
    for (const entry of extra)
        if (!probes.some((probe) => probe.line === entry))
            probes.push(configProbe(entry));
    return probes;
}
const gitignoreCoversSecrets = async (run) => {
    if (run.files.bare) {
        return result(GITIGNORE_COVERS_SECRETS, gitignore_covers_secrets_TITLE, 'skip', 'A bare repository has no working tree to ignore files in.');
    }
    const probes = probesFor((0,checks_policy/* policyOf */.US)(run.config).gitignoreProbes);
    const analysis = await analyseGitignore(run.root, probes);
    const { linesToAdd, negations } = analysis;
    if (linesToAdd.length === 0 && negations.length === 0) {
        return result(GITIGNORE_COVERS_SECRETS, gitignore_covers_secrets_TITLE, 'pass', `.gitignore covers ${nameSome(probes.map((probe) => probe.line), probes.length)}, at the root and in subfolders.`);
    }
    const parts = [];
    const locations = [];
    if (linesToAdd.length > 0) {
        let add = `Add these lines to .gitignore: ${linesToAdd.map((line) => `\`${line}\``).join(', ')}`;
        const rootGitignore = external_node_path_default().join(run.root, '.gitignore');
        if ((0,external_node_fs_.existsSync)(rootGitignore))
            locations.push({ file: '.gitignore', line: lastLine(rootGitignore, run.root) });
        const rootNegations = new Map();
        for (const outcome of analysis.outcomes) {
            if (outcome.state === 'negated' && outcome.source?.file === '.gitignore') {
                rootNegations.set(outcome.source.line, outcome.source.pattern);
            }
        }
        if (rootNegations.size > 0) {
            const named = [...rootNegations].map(([line, pattern]) => `'${pattern}' on line ${line}`);
            add += ` (at the end, below ${nameSome(named)}, which un-ignore${rootNegations.size === 1 ? 's' : ''} them; or remove ${rootNegations.size === 1 ? 'that line' : 'those lines'})`;
            for (const line of rootNegations.keys())
                locations.push({ file: '.gitignore', line });
        }
        if (analysis.outcomes.some((o) => o.state === 'missing' && o.ignoredLocallyOnly)) {
            add += ' (.git/info/exclude or a global excludes file covers some of them, but on this machine only)';
        }
        parts.push(add);
    }
    const byLine = new Map();
    for (const negation of negations)
        byLine.set(`${negation.file}:${negation.line}`, negation);
    if (byLine.size > 0) {
        const named = [...byLine.entries()].map(([where, negation]) => `${where} '${negation.pattern}' (un-ignores ${negation.path})`);
        parts.push(`${parts.length > 0 ? 'remove' : 'Remove'} ${nameSome(named)}: a nested .gitignore wins over the root one`);
        for (const negation of byLine.values())
            locations.push({ file: negation.file, line: negation.line });
    }
    return result(GITIGNORE_COVERS_SECRETS, gitignore_covers_secrets_TITLE, 'fail', `${parts.join('; ')}.`, locations);
};
function lastLine(file, root) {
    const read = (0,read_small_file/* readSmallFile */.E)(file, root);
    if (!read.ok)
        return 1;
    return Math.max(1, read.text.split('\n').length - (read.text.endsWith('\n') ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/checks/https-only.ts






const HTTPS_ONLY = 'https-only';
const https_only_TITLE = CHECK_TITLES[HTTPS_ONLY];
const httpsOnly = async (run) => {
    const allowed = (0,checks_policy/* allowedPath */.ee)((0,checks_policy/* policyOf */.US)(run.config));
    const { hits, read } = harvest((await sharedTextPass(run)).plainHttp);
    if (read === 0)
        return result(HTTPS_ONLY, https_only_TITLE, 'skip', 'No readable text file to look at.');
    if (hits.length === 0) {
        const passed = [...run.files.skipped].filter((file) => !allowed(file)).length;
        const over = passed > 0 ? ` (${plural(passed, 'binary or large file')} passed over)` : '';
        return result(HTTPS_ONLY, https_only_TITLE, 'pass', `No Mistral endpoint or server URL over plain http:// in ${plural(read, 'file')}${over}.`);
    }
    const named = hits.map((hit) => `${hit.file}:${hit.line} (${hit.url})`);
    return result(HTTPS_ONLY, https_only_TITLE, 'fail', `${plural(hits.length, 'plain-HTTP endpoint')}: ${nameSome(named)}: use https:// (the key is sent with every request).`, hits);
};

;// CONCATENATED MODULE: ./src/checks/key-not-logged.ts







const KEY_NOT_LOGGED = 'key-not-logged';
const key_not_logged_TITLE = CHECK_TITLES[KEY_NOT_LOGGED];
const keyNotLogged = async (run) => {
    const names = loggedNames((0,checks_policy/* policyOf */.US)(run.config));
    const { hits, read } = harvest((await sharedTextPass(run)).keyLogs);
    if (read === 0)
        return result(KEY_NOT_LOGGED, key_not_logged_TITLE, 'skip', 'No source file to look at.');
    if (hits.length === 0) {
        return result(KEY_NOT_LOGGED, key_not_logged_TITLE, 'pass', `No print or log call uses ${nameSome(names)} in ${plural(read, 'source file')}.`);
    }
    return result(KEY_NOT_LOGGED, key_not_logged_TITLE, 'warn', `${plural(hits.length, 'line')} may print or log the key (${nameSome(hits.map((hit) => `${hit.file}:${hit.line}`))}): ` +
        'log whether it is set (e.g. `!!apiKey`) or its first 4 characters, never the value.', hits);
};

;// CONCATENATED MODULE: ./src/checks/manual-checks.ts


const MANUAL_CHECKS = [
    result('manual-key-rotation', CHECK_TITLES['manual-key-rotation'], 'manual', 'Rotate each Mistral key on a schedule (e.g. every 90 days) and at once after any leak or departure; delete unused keys in the console.'),
    result('manual-rate-limiting', CHECK_TITLES['manual-rate-limiting'], 'manual', 'Limit requests per user or client before they reach the Mistral API, and set usage limits for the workspace in the console.'),
    result('manual-audit-logging', CHECK_TITLES['manual-audit-logging'], 'manual', 'Record who called which model when and with how many tokens (never the key), and review usage in the console.'),
    result('manual-output-sanitisation', CHECK_TITLES['manual-output-sanitisation'], 'manual', 'Treat model output as untrusted input: escape it before rendering, never pass it to eval, a shell or SQL.'),
];

;// CONCATENATED MODULE: ./src/checks/no-leaked-keys.ts


const NO_LEAKED_KEYS = 'no-leaked-keys';
const no_leaked_keys_TITLE = CHECK_TITLES[NO_LEAKED_KEYS];
const noLeakedKeys = async ({ findings, mode }) => {
    const where = mode === 'history' ? 'in the history' : mode === 'diff' ? 'in the changes' : 'in the files scanned';
    if (findings.length === 0)
        return result(NO_LEAKED_KEYS, no_leaked_keys_TITLE, 'pass', `No Mistral API key found ${where}.`);
    const files = [...new Set(findings.map((finding) => finding.file))];
    const purge = mode === 'history' ? ' and purge it from the history (git filter-repo), as every clone still holds it' : '';
    return result(NO_LEAKED_KEYS, no_leaked_keys_TITLE, 'fail', `${plural(findings.length, 'leaked key')} found ${where} (${nameSome(files)}): revoke each key in the Mistral ` +
        `console, load it from an environment variable instead${purge}.`, findings.map((finding) => ({ file: finding.file, line: finding.line })));
};

;// CONCATENATED MODULE: ./src/checks/no-tracked-secret-files.ts





const NO_TRACKED_SECRET_FILES = 'no-tracked-secret-files';
const no_tracked_secret_files_TITLE = CHECK_TITLES[NO_TRACKED_SECRET_FILES];
const noTrackedSecretFiles = async (run) => {
    const policy = (0,checks_policy/* policyOf */.US)(run.config);
    const allowed = (0,checks_policy/* allowedPath */.ee)(policy);
    const templates = new Set(run.files.match(policy.envTemplateGlobs));
    const isSecret = (file) => (0,secret_files/* secretFileKind */.F)(file) !== null && !allowed(file) && !templates.has(file);
    const tracked = run.files.trackedPaths.filter(isSecret);
    const past = [];
    if (run.mode === 'history') {
        const current = new Set(run.files.trackedPaths);
        for (const [file, commit] of run.everAdded ?? (await filesEverAddedOnce(run))) {
            if (!current.has(file) && isSecret(file))
                past.push([file, commit]);
        }
        past.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    }
    const scope = run.mode === 'history' ? 'tracked or ever committed' : 'tracked';
    if (tracked.length === 0 && past.length === 0) {
        return result(NO_TRACKED_SECRET_FILES, no_tracked_secret_files_TITLE, 'pass', `No .env, *.pem, *.key or secrets/ file is ${scope}.`);
    }
    const parts = [];
    if (tracked.length > 0) {
        parts.push(`${plural(tracked.length, 'secret file')} tracked (${nameSome(tracked)}): run \`git rm --cached <file>\`, ` +
            'cover it in .gitignore and rotate any key it held');
    }
    if (past.length > 0) {
        const named = past.map(([file, commit]) => `${file} in ${commit.slice(0, 7)}`);
        parts.push(`${plural(past.length, 'secret file')} committed in the past (${nameSome(named)}): rotate any key it held ` +
            'and purge it from the history (git filter-repo --invert-paths --path <file>)');
    }
    const locations = [...tracked, ...past.map(([file]) => file)].map((file) => ({ file, line: 1 }));
    const hint = ' Commit templates such as .env.example instead; list test fixtures under allow.paths.';
    return result(NO_TRACKED_SECRET_FILES, no_tracked_secret_files_TITLE, 'fail', `${parts.join('; ')}.${hint}`, locations);
};

;// CONCATENATED MODULE: ./src/checks/run-checks.ts
// Runs the Mistral security checklist and returns one row per check, in a fixed order. A check that cannot
// run (a git failure, an unreadable repository) becomes a `warn` row saying so, never a silent pass; a
// configuration error (UsageError) stops the run as everywhere else.















/** The automated checks, in the order the table shows them; the manual rows follow. */
const CHECKS = [
    { id: NO_LEAKED_KEYS, run: noLeakedKeys },
    { id: GITIGNORE_COVERS_SECRETS, run: gitignoreCoversSecrets },
    { id: NO_TRACKED_SECRET_FILES, run: noTrackedSecretFiles },
    { id: ENV_SCHEMA, run: envSchema },
    { id: ENV_CONFIGS, run: envConfigs },
    { id: DISTINCT_KEYS_PER_ENV, run: distinctKeysPerEnv },
    { id: HTTPS_ONLY, run: httpsOnly },
    { id: KEY_NOT_LOGGED, run: keyNotLogged },
];

async function runChecks(ctx) {
    const { findings, everAdded, ...early } = ctx;
    return startChecks({ ...early, everAddedFromScan: everAdded !== undefined }).finish(findings, everAdded);
}
/** What needs the scan's results runs last: the leak row, and history's "ever committed" secret files. */
const NEEDS_SCAN = new Set([NO_LEAKED_KEYS, NO_TRACKED_SECRET_FILES]);
/**
 * Starts the checks that only look at the repository, so that they read its files while the scan waits on
 * git; the rest run in `finish`. A configuration error surfaces from `finish`, as from runChecks.
 */
function startChecks(ctx) {
    const opened = openCheckRun({ ...ctx, findings: [] });
    // A history run its scan will not tell which paths were ever added asks git now: a walk of every commit, which
    // would otherwise come after everything else.
    if (ctx.mode === 'history' && !ctx.everAddedFromScan) {
        const everAdded = filesEverAdded(ctx.root);
        void opened.then((run) => run.once(FILES_EVER_ADDED, () => everAdded)).catch(() => undefined);
    }
    const early = opened.then((run) => {
        // The pass over every file's text (three checks share it) starts now, beside the .gitignore probes, which
        // mostly wait on git. Any failure, even a thrown one, reaches the checks that ask for the pass as before.
        Promise.resolve()
            .then(() => sharedTextPass(run))
            .catch(() => undefined);
        return runEach(run, CHECKS.filter((check) => !NEEDS_SCAN.has(check.id)));
    });
    // Settled in finish; until then a failure must not count as unhandled.
    early.catch(() => undefined);
    return {
        async finish(findings, everAdded) {
            const run = await opened;
            const done = await early;
            run.findings = findings;
            run.everAdded = everAdded;
            const late = await runEach(run, CHECKS.filter((check) => NEEDS_SCAN.has(check.id)));
            const byId = new Map([...done, ...late].map((row) => [row.id, row]));
            const results = CHECKS.map((check) => byId.get(check.id));
            results.push(...MANUAL_CHECKS.map((row) => ({ ...row, locations: [...row.locations] })));
            return results;
        },
    };
}
/** One after another: they share the file cache and the machine. */
async function runEach(run, checks) {
    const results = [];
    for (const check of checks) {
        try {
            results.push(await check.run(run));
        }
        catch (error) {
            if (error instanceof config_error/* UsageError */.e)
                throw error;
            const reason = error?.message?.split('\n')[0] ?? String(error);
            results.push(result(check.id, CHECK_TITLES[check.id], 'warn', `The check could not run: ${reason}`));
        }
    }
    return results;
}


/***/ }),

/***/ 2768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readSmallFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Reads a small text file that a repository supplies (a config, a .gitignore) without trusting it: a
// symlink may point at /dev/zero, a FIFO or a file outside the repository, and a pull request controls it.


/**
 * Reads `file` when it is a regular file of at most `maxBytes`. A symlink is followed only when it resolves
 * to a regular file inside `root`. Never throws for the file's sake: the caller words the error.
 */
function readSmallFile(file, root, maxBytes = 1_000_000) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
        if (stat.isSymbolicLink()) {
            const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
            const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), target);
            if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)) {
                return { ok: false, reason: 'it is a symbolic link that leads out of the repository' };
            }
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target);
        }
    }
    catch (error) {
        return { ok: false, reason: error.code ?? 'it cannot be read' };
    }
    if (!stat.isFile())
        return { ok: false, reason: 'it is not a regular file' };
    if (stat.size > maxBytes)
        return { ok: false, reason: `it is larger than ${maxBytes} bytes` };
    try {
        return { ok: true, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') };
    }
    catch (error) {
        return { ok: false, reason: error.code ?? 'it cannot be read' };
    }
}


/***/ })

};

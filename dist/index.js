import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9256:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ SecretGuard),
/* harmony export */   q: () => (/* binding */ SecretLeakError)
/* harmony export */ });
// The last line of defence: every text the action sends anywhere (log, annotation, comment, summary,
// output, file, API body) passes through here, and a text holding a key stops the run instead of leaving.
class SecretLeakError extends Error {
    constructor(where) {
        super(`refusing to write ${where}: it contains a leaked key (a bug in mistral-guard; please report it).`);
        this.name = 'SecretLeakError';
    }
}
class SecretGuard {
    secrets;
    constructor(secrets) {
        this.secrets = [...new Set(secrets)].filter((secret) => secret.length >= 8);
    }
    /** Throws SecretLeakError when `text` holds any key; returns it unchanged otherwise. */
    check(text, where) {
        for (const secret of this.secrets)
            if (text.includes(secret))
                throw new SecretLeakError(where);
        return text;
    }
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

/***/ 8433:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XS: () => (/* binding */ GitError),
  _h: () => (/* binding */ NO_LAZY_FETCH),
  s5: () => (/* binding */ gitSpawnError),
  q_: () => (/* binding */ gitText),
  UK: () => (/* binding */ nulTokens),
  EO: () => (/* binding */ runGit),
  Iz: () => (/* binding */ spawnGit),
  xT: () => (/* binding */ spawnGitToFile),
  t1: () => (/* binding */ streamGit),
  Ii: () => (/* binding */ tryGit)
});

// UNUSED EXPORTS: GitNotFoundError, gitEnv, lineTokens

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

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6598);
// Action entry: the runner runs dist/index.js, built from this file.

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/action/event.ts
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const ZERO = /^0+$/;
/** Default number of commits fetched when the payload does not say how many there are. */
const DEFAULT_DEPTH = 50;
class EventError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EventError';
    }
}
function object(value) {
    return value !== null && typeof value === 'object' ? value : {};
}
function sha(value, field, eventName) {
    if (typeof value === 'string' && SHA.test(value))
        return value;
    throw new EventError(`The ${eventName} event payload has no valid '${field}' (got ${JSON.stringify(value ?? null)}); expected a commit sha.`);
}
function event_short(commit) {
    return commit.slice(0, 7);
}
function diffOrNothing(base, head, depth, label, fallback) {
    if (base === head)
        return { kind: 'nothing', reason: `the base and head are the same commit (${event_short(head)}): nothing to scan` };
    return { kind: 'diff', base: { sha: base, ...(fallback ? { fallback } : {}) }, head, depth, label };
}
function pullRequest(github) {
    const pr = object(github.payload.pull_request);
    const base = sha(object(pr.base).sha, 'pull_request.base.sha', github.eventName);
    const head = sha(object(pr.head).sha, 'pull_request.head.sha', github.eventName);
    const number = Number(pr.number);
    const commits = Number(pr.commits);
    const depth = Number.isInteger(commits) && commits > 0 ? commits + 1 : DEFAULT_DEPTH;
    const label = `pull request #${number}: lines added in merge-base(${event_short(base)}, ${event_short(head)})..${event_short(head)}`;
    return {
        target: diffOrNothing(base, head, depth, label),
        pullRequest: Number.isInteger(number) && number > 0 ? { number } : null,
        linkSha: head,
        checkSha: head,
        policyFromBase: true,
    };
}
function push(github) {
    const payload = github.payload;
    const ref = typeof payload.ref === 'string' ? payload.ref : '';
    const defaultBranch = String(object(payload.repository).default_branch ?? '');
    const afterValue = payload.after;
    if (payload.deleted === true || (typeof afterValue === 'string' && ZERO.test(afterValue))) {
        return {
            target: { kind: 'nothing', reason: `${ref || 'the branch'} was deleted: nothing to scan` },
            pullRequest: null,
            linkSha: github.sha,
            checkSha: github.sha,
            policyFromBase: false,
        };
    }
    const after = sha(afterValue, 'after', 'push');
    const before = typeof payload.before === 'string' ? payload.before : '';
    const commits = Array.isArray(payload.commits) ? payload.commits.length : 0;
    const depth = Math.max(commits + 1, 2);
    const onDefault = ref === `refs/heads/${defaultBranch}`;
    const plan = (target) => ({ target, pullRequest: null, linkSha: after, checkSha: after, policyFromBase: false });
    if (before === '' || ZERO.test(before)) {
        // A new branch: the commits not on the default branch, not its whole history.
        if (!defaultBranch)
            throw new EventError("The push event payload has no 'repository.default_branch'.");
        if (onDefault)
            return plan({ kind: 'tree', label: `the first push of ${defaultBranch}: every file at ${event_short(after)}` });
        return plan({
            kind: 'diff',
            base: { branch: defaultBranch },
            head: after,
            depth: Math.max(depth, DEFAULT_DEPTH),
            label: `new branch ${ref.replace(/^refs\/heads\//, '')}: lines added since it left ${defaultBranch}, up to ${event_short(after)}`,
        });
    }
    const fallback = defaultBranch && !onDefault ? { branch: defaultBranch } : { parentOfHead: true };
    const label = `push to ${ref.replace(/^refs\/heads\//, '') || 'a ref'}: lines added in ${event_short(sha(before, 'before', 'push'))}..${event_short(after)}`;
    return plan(diffOrNothing(before, after, depth, label, fallback));
}
function mergeGroup(github) {
    const group = object(github.payload.merge_group);
    const base = sha(group.base_sha, 'merge_group.base_sha', 'merge_group');
    const head = sha(group.head_sha, 'merge_group.head_sha', 'merge_group');
    const label = `merge queue group: lines added in ${event_short(base)}..${event_short(head)}`;
    return { target: diffOrNothing(base, head, DEFAULT_DEPTH, label), pullRequest: null, linkSha: head, checkSha: head, policyFromBase: true };
}
/** Maps the event (and the `mode` input) to what is scanned. */
function resolveEvent(github, mode) {
    const whole = (kind) => ({
        target: kind === 'tree'
            ? { kind, label: `every file in the checkout (mode: tree)` }
            : { kind, label: `every commit on every branch (mode: history)` },
        pullRequest: prNumber(github),
        linkSha: github.sha,
        checkSha: github.sha,
        policyFromBase: false,
    });
    if (mode === 'tree' || mode === 'history') {
        const plan = whole(mode);
        const pr = object(github.payload.pull_request);
        const head = object(pr.head).sha;
        return typeof head === 'string' && SHA.test(head) ? { ...plan, linkSha: head, checkSha: head } : plan;
    }
    switch (github.eventName) {
        case 'pull_request':
        case 'pull_request_target':
            return pullRequest(github);
        case 'push':
            return push(github);
        case 'merge_group':
            return mergeGroup(github);
        case 'schedule':
        case 'workflow_dispatch':
            return whole('history');
        default:
            return whole('tree');
    }
}
function prNumber(github) {
    const number = Number(object(github.payload.pull_request).number);
    return github.eventName.startsWith('pull_request') && Number.isInteger(number) && number > 0 ? { number } : null;
}

// EXTERNAL MODULE: ./src/config/config-error.ts
var config_error = __nccwpck_require__(5877);
// EXTERNAL MODULE: ./src/git/runner.ts + 1 modules
var runner = __nccwpck_require__(8433);
;// CONCATENATED MODULE: ./src/action/ensure-commits.ts
// Makes the commits a scan needs present in the checkout. actions/checkout leaves one commit (depth 1, the
// PR's merge ref), so we fetch the base and head by sha with the depth the event suggests, and only when
// their merge-base is still out of reach deepen (doubling) and finally unshallow. fetch-depth: 0 is never
// needed. The PR's code is only ever read as git objects: nothing is checked out or run.

class FetchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FetchError';
    }
}
const DEFAULT_FETCH_KNOBS = { deepenRounds: 4 };
class Checkout {
    root;
    log;
    constructor(root, log) {
        this.root = root;
        this.log = log;
    }
    async isShallow() {
        return (await (0,runner/* gitText */.q_)(['rev-parse', '--is-shallow-repository'], { cwd: this.root })).trim() === 'true';
    }
    async hasOrigin() {
        return (0,runner/* tryGit */.Ii)(['remote', 'get-url', 'origin'], { cwd: this.root });
    }
    hasCommit(sha) {
        return (0,runner/* tryGit */.Ii)(['cat-file', '-e', `${sha}^{commit}`], { cwd: this.root });
    }
    async resolve(rev) {
        const result = await (0,runner/* runGit */.EO)(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: this.root, allowFailure: true });
        return result.code === 0 ? result.stdout.toString('utf8').trim() : null;
    }
    async mergeBase(a, b) {
        const result = await (0,runner/* runGit */.EO)(['merge-base', a, b], { cwd: this.root, allowFailure: true });
        return result.code === 0 ? result.stdout.toString('utf8').trim().split('\n')[0] : null;
    }
    /** `git fetch --no-tags origin ...`; returns git's stderr on failure instead of throwing. */
    async fetch(args) {
        const full = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...args];
        this.log.debug(`git ${full.join(' ')}`);
        const result = await (0,runner/* runGit */.EO)(full, { cwd: this.root, allowFailure: true });
        return result.code === 0 ? null : result.stderr.trim().split('\n').slice(-2).join(' ');
    }
}
/**
 * Fetches `shas` unless they are all here already and the checkout is complete. A shallow checkout
 * fetches with `depth` so that their recent history comes along. Returns the error text or null.
 */
async function fetchShas(checkout, shas, depth, shallow) {
    const present = await Promise.all(shas.map((sha) => checkout.hasCommit(sha)));
    if (!shallow && present.every(Boolean))
        return null;
    return checkout.fetch([...(shallow ? [`--depth=${depth}`] : []), 'origin', ...shas]);
}
async function fetchBranch(checkout, branch, depth, shallow) {
    const remoteRef = `refs/remotes/origin/${branch}`;
    const failure = await checkout.fetch([...(shallow ? [`--depth=${depth}`] : []), 'origin', `+refs/heads/${branch}:${remoteRef}`]);
    const sha = await checkout.resolve(remoteRef);
    if (!sha)
        throw new FetchError(`Cannot fetch branch '${branch}' from origin${failure ? `: ${failure}` : ''}.`);
    return sha;
}
async function resolveBase(checkout, spec, head, depth, shallow, log) {
    if ('branch' in spec)
        return fetchBranch(checkout, spec.branch, depth, shallow);
    const failure = await fetchShas(checkout, [spec.sha], depth, shallow);
    if (await checkout.hasCommit(spec.sha))
        return spec.sha;
    if (!spec.fallback)
        throw new FetchError(`Cannot fetch base commit ${spec.sha} from origin${failure ? `: ${failure}` : ''}.`);
    if ('branch' in spec.fallback) {
        log.warning(`The previous head ${spec.sha.slice(0, 7)} is gone from origin (a force-push?): scanning the lines added since the branch left '${spec.fallback.branch}'.`);
        return fetchBranch(checkout, spec.fallback.branch, depth, shallow);
    }
    log.warning(`The previous head ${spec.sha.slice(0, 7)} is gone from origin (a force-push?): scanning the last commit only.`);
    const parent = await checkout.resolve(`${head}^`);
    if (!parent)
        throw new FetchError(`Cannot find the parent of ${head} to scan the last commit.`);
    return parent;
}
/** Makes base, head and their merge-base present; throws FetchError with a clear message when it cannot. */
async function ensureDiffCommits(root, target, log, knobs = DEFAULT_FETCH_KNOBS) {
    const checkout = new Checkout(root, log);
    const shallow = await checkout.isShallow();
    const origin = await checkout.hasOrigin();
    const head = target.head;
    const headFailure = origin ? await fetchShas(checkout, [head], target.depth, shallow) : null;
    if (!(await checkout.hasCommit(head))) {
        throw new FetchError(`Cannot fetch head commit ${head} from origin${headFailure ? `: ${headFailure}` : origin ? '' : ' (no remote named origin)'}.`);
    }
    const base = origin
        ? await resolveBase(checkout, target.base, head, target.depth, shallow, log)
        : await localBase(checkout, target.base);
    let mergeBase = await checkout.mergeBase(base, head);
    let step = target.depth;
    for (let round = 0; !mergeBase && origin && round < knobs.deepenRounds && (await checkout.isShallow()); round++) {
        log.info(`The merge-base of ${base.slice(0, 7)} and ${head.slice(0, 7)} is not fetched yet: deepening by ${step} commits.`);
        const failure = await checkout.fetch([`--deepen=${step}`, 'origin', base, head]);
        if (failure)
            log.debug(`git fetch --deepen failed: ${failure}`);
        mergeBase = await checkout.mergeBase(base, head);
        step *= 2;
    }
    if (!mergeBase && origin && (await checkout.isShallow())) {
        log.info('Still no merge-base: fetching the whole history of base and head (--unshallow).');
        const failure = await checkout.fetch(['--unshallow', 'origin', base, head]);
        if (failure)
            log.debug(`git fetch --unshallow failed: ${failure}`);
        mergeBase = await checkout.mergeBase(base, head);
    }
    if (!mergeBase) {
        throw new FetchError(`Base ${base.slice(0, 7)} and head ${head.slice(0, 7)} have no common history: there is no merge-base to diff from.`);
    }
    return { base, head, mergeBase };
}
async function localBase(checkout, spec) {
    const rev = 'branch' in spec ? `refs/remotes/origin/${spec.branch}` : spec.sha;
    const sha = (await checkout.resolve(rev)) ?? ('branch' in spec ? await checkout.resolve(`refs/heads/${spec.branch}`) : null);
    if (!sha)
        throw new FetchError(`Base ${rev} is not in the checkout and there is no remote named origin to fetch it from.`);
    return sha;
}
/**
 * History mode reads every commit on every branch: unshallow the checkout and fetch all branches.
 * A failed fetch only matters when the checkout is left shallow (the history would be cut short).
 */
async function ensureFullHistory(root, log) {
    const checkout = new Checkout(root, log);
    if (!(await checkout.hasOrigin())) {
        log.info('No remote named origin: scanning the history that is in the checkout.');
        return;
    }
    const shallow = await checkout.isShallow();
    const failure = await checkout.fetch([...(shallow ? ['--unshallow'] : []), 'origin', '+refs/heads/*:refs/remotes/origin/*']);
    if (!failure)
        return;
    if (await checkout.isShallow())
        throw new FetchError(`Cannot fetch the whole history from origin: ${failure}`);
    log.warning(`Could not fetch every branch from origin (${failure}); scanning the branches in the checkout.`);
}

;// CONCATENATED MODULE: ./src/action/failure.ts
// How a run that could not finish reads in the log: our own errors speak for themselves; anything else is
// prefixed so it is clear it was not a finding.



function describeFailure(error) {
    if (error instanceof config_error/* UsageError */.e || error instanceof EventError || error instanceof FetchError)
        return `mistral-guard: ${error.message}`;
    const message = error instanceof Error ? error.message : String(error);
    return `mistral-guard could not finish the scan: ${message}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/action/prepare.ts
// From the event's plan to the engine's settings: fetch what the scan needs first, then say what to scan.


async function prepareScan(settings, plan, log, knobs = DEFAULT_FETCH_KNOBS) {
    const common = {
        root: settings.workspace,
        configFile: settings.configFile,
        baselineFile: settings.baselineFile,
        checks: true,
        verify: settings.verify,
        verifyBaseUrl: settings.verifyBaseUrl,
        failOn: settings.failOn,
    };
    const target = plan.target;
    switch (target.kind) {
        case 'nothing':
            return { nothing: target.reason };
        case 'tree':
            return { scan: { ...common, mode: 'tree' }, label: target.label };
        case 'history':
            await ensureFullHistory(settings.workspace, log);
            return { scan: { ...common, mode: 'history' }, label: target.label };
        case 'diff': {
            const commits = await ensureDiffCommits(settings.workspace, target, log, knobs);
            if (commits.mergeBase === commits.head) {
                return { nothing: `${commits.head.slice(0, 7)} adds no commits to ${commits.base.slice(0, 7)}: nothing to scan` };
            }
            const scan = { ...common, mode: 'diff', base: commits.base, head: commits.head };
            if (!plan.policyFromBase)
                return { scan, label: target.label };
            // Judged by the base's rules: its allow-lists, its baseline, and no `mistral-guard:allow` comment the change
            // itself could have added beside its own key (every line a diff judges is one it adds).
            scan.allowMarkers = false;
            // Loaded only here: it needs the config loader (zod, yaml), which a run with nothing to scan never does.
            const { policyFromBase } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(138), __nccwpck_require__.e(815), __nccwpck_require__.e(248)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3248));
            const policy = await policyFromBase(settings.workspace, commits.base, commits.head, common, external_node_path_default().dirname(settings.reportFile), log);
            return { scan: { ...scan, ...policy }, label: target.label };
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/action/runner-commands.ts
// The runner's workflow commands (`::notice …::`) and file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY),
// written byte for byte as @actions/core 3 writes them (lib/command.js, lib/file-command.js, lib/summary.js)
// but without loading it: importing @actions/core loads @actions/http-client and undici (for OIDC tokens
// this action never asks for), which is most of the time a run with nothing to scan would take. The scan
// path switches to @actions/core itself (core-commands.ts), whose stand-ins @github/local-action swaps in.




/** @actions/core's toCommandValue: strings as they are, anything else as JSON. */
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function escapeData(value) {
    return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command line (without the line end): `::name key=value,key=value::message`. */
function workflowCommand(command, properties, message) {
    let line = `::${command}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        // As @actions/core: a space once there are properties, then only the ones with a (truthy) value.
        const set = keys.filter((key) => properties[key]);
        line += ` ${set.map((key) => `${key}=${escapeProperty(properties[key])}`).join(',')}`;
    }
    return `${line}::${escapeData(message)}`;
}
/** An annotation's place as command properties, in @actions/core's order (toCommandProperties). */
function annotationProperties(place) {
    if (!place || Object.keys(place).length === 0)
        return {};
    const { title, file, startLine, startColumn } = place;
    return { title, file, line: startLine, endLine: undefined, col: startColumn, endColumn: undefined };
}
/** A `name<<delimiter` file-command entry; the delimiter is random so that no value can end it early. */
function keyValueMessage(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
/** The commands written to `stdout` and to the files `env` names (process.env and stdout in production). */
function runnerCommands(env = process.env, stdout = (text) => void process.stdout.write(text)) {
    const issue = (command, properties, message) => stdout(workflowCommand(command, properties, message) + external_node_os_.EOL);
    const log = {
        debug: (message) => issue('debug', {}, message),
        info: (message) => stdout(message + external_node_os_.EOL),
        notice: (message, place) => issue('notice', annotationProperties(place), message),
        warning: (message, place) => issue('warning', annotationProperties(place), message),
        error: (message, place) => issue('error', annotationProperties(place), message),
    };
    return {
        log,
        setOutput(name, value) {
            const file = env.GITHUB_OUTPUT || '';
            if (!file) {
                stdout(external_node_os_.EOL);
                issue('set-output', { name }, value);
                return;
            }
            if (!(0,external_node_fs_.existsSync)(file))
                throw new Error(`Missing file at path: ${file}`);
            (0,external_node_fs_.appendFileSync)(file, `${keyValueMessage(name, commandValue(value))}${external_node_os_.EOL}`, { encoding: 'utf8' });
        },
        async appendSummary(markdown) {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file) {
                throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
            }
            try {
                await (0,promises_.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
            }
            catch {
                throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
            }
            await (0,promises_.appendFile)(file, markdown, { encoding: 'utf8' });
        },
        setFailed(message) {
            process.exitCode = 1;
            log.error(message);
        },
    };
}

// EXTERNAL MODULE: ./src/action/secret-guard.ts
var secret_guard = __nccwpck_require__(9256);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings = __nccwpck_require__(7100);
;// CONCATENATED MODULE: ./src/settings/from-inputs.ts
// Action inputs and the runner's environment, read once into one typed object (as actions/checkout's
// getInputs does). Nothing below main.ts reads INPUT_* or GITHUB_* again.




const MODES = ['auto', 'tree', 'history'];
const FAIL_ON = ['leak', 'error', 'warning', 'never', 'verified'];
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** The value of input `name` as the runner passes it (INPUT_<NAME>, spaces to _, upper-cased), trimmed. */
function readInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function booleanInput(env, name, fallback) {
    const value = readInput(env, name);
    if (value === '')
        return fallback;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new config_error/* UsageError */.e(`Invalid input '${name}': '${value}'. Expected true or false.`);
}
function choiceInput(env, name, choices, fallback) {
    const value = readInput(env, name);
    if (value === '')
        return fallback;
    if (choices.includes(value))
        return value;
    throw new config_error/* UsageError */.e(`Invalid input '${name}': '${value}'. Expected one of ${choices.join(', ')}.`);
}
function verifyBaseUrlInput(env) {
    const value = readInput(env, 'verify-base-url');
    if (value === '')
        return settings/* DEFAULT_VERIFY_BASE_URL */.m;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new config_error/* UsageError */.e(`Invalid input 'verify-base-url': '${value}'. Expected an https:// URL.`);
    }
    const loopback = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !loopback) {
        throw new config_error/* UsageError */.e(`Invalid input 'verify-base-url': '${value}'. Expected an https:// URL (or http:// on loopback).`);
    }
    return value.replace(/\/+$/, '');
}
function repository(env, payload) {
    const qualified = (env.GITHUB_REPOSITORY ?? '').trim();
    if (qualified) {
        const parts = qualified.split('/');
        if (parts.length !== 2 || !parts[0] || !parts[1]) {
            throw new config_error/* UsageError */.e(`Invalid repository '${qualified}' (GITHUB_REPOSITORY). Expected format {owner}/{repo}.`);
        }
        return { owner: parts[0], repo: parts[1] };
    }
    const fromPayload = payload.repository;
    if (fromPayload?.name && fromPayload.owner?.login)
        return { owner: fromPayload.owner.login, repo: fromPayload.name };
    throw new config_error/* UsageError */.e('GITHUB_REPOSITORY is not set. Expected format {owner}/{repo}; is this running in GitHub Actions?');
}
function eventPayload(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    if (!(0,external_node_fs_.existsSync)(file))
        throw new config_error/* UsageError */.e(`The event payload '${file}' (GITHUB_EVENT_PATH) does not exist.`);
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (parsed === null || typeof parsed !== 'object')
            throw new Error('not a JSON object');
        return parsed;
    }
    catch (error) {
        throw new config_error/* UsageError */.e(`The event payload '${file}' (GITHUB_EVENT_PATH) is not valid JSON: ${error.message}`);
    }
}
/** A file name safe to put in a path, from the step id. */
function slug(value) {
    return value.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+/, '');
}
/** Builds the settings from the runner's environment (process.env in production, a plain object in tests). */
function settingsFromInputs(env = process.env) {
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    const payload = eventPayload(env);
    const { owner, repo } = repository(env, payload);
    const inWorkspace = (value) => external_node_path_default().resolve(workspace, value);
    const sarif = readInput(env, 'sarif-file');
    const reportDir = env.RUNNER_TEMP ? external_node_path_default().join(env.RUNNER_TEMP, 'mistral-guard') : external_node_path_default().join(workspace, '.mistral-guard');
    const step = slug(env.GITHUB_ACTION ?? '');
    return {
        workspace,
        mode: choiceInput(env, 'mode', MODES, 'auto'),
        configFile: readInput(env, 'config') || undefined,
        baselineFile: readInput(env, 'baseline') ? inWorkspace(readInput(env, 'baseline')) : undefined,
        failOn: choiceInput(env, 'fail-on', FAIL_ON, 'leak'),
        verify: booleanInput(env, 'verify', false),
        verifyBaseUrl: verifyBaseUrlInput(env),
        comment: booleanInput(env, 'comment', true),
        annotations: booleanInput(env, 'annotations', true),
        sarifFile: sarif ? inWorkspace(sarif) : null,
        reportFile: external_node_path_default().join(reportDir, step ? `report-${step}.json` : 'report.json'),
        checkName: 'mistral-guard findings',
        github: {
            token: readInput(env, 'github-token'),
            apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
            serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
            owner,
            repo,
            eventName: env.GITHUB_EVENT_NAME ?? '',
            payload,
            sha: env.GITHUB_SHA ?? '',
        },
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// Action entry: settings from inputs (once) -> what the event changed -> fetch those commits -> scan ->
// annotations, files, summary, check run, PR comment, outputs -> exit code (0 pass, 1 policy, 2 error).
// Only what every run needs is imported statically. The engine, the reporters, @actions/core and octokit
// are imported on the path that needs them (ncc puts each in its own chunk), so that an event with nothing
// to scan is done about as soon as node has started.






/** Everything a scan and its publishing need, loaded while git fetches the commits. */
async function loadScanPath() {
    const [engine, commands, outlets, publishing] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 780).then(__nccwpck_require__.bind(__nccwpck_require__, 6780)),
        __nccwpck_require__.e(/* import() */ 454).then(__nccwpck_require__.bind(__nccwpck_require__, 1454)).then(({ loadCoreCommands }) => loadCoreCommands()),
        __nccwpck_require__.e(/* import() */ 544).then(__nccwpck_require__.bind(__nccwpck_require__, 3544)),
        Promise.all(/* import() */[__nccwpck_require__.e(972), __nccwpck_require__.e(83)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2083)),
    ]);
    const { actionOutlets, engineLogger } = outlets;
    return { scan: engine.scan, commands, actionOutlets, engineLogger, publish: publishing.publish };
}
async function run() {
    // Until a scan is sure, the runner commands are written without @actions/core (same bytes); the scan
    // path then uses @actions/core itself.
    let commands = runnerCommands();
    try {
        const settings = settingsFromInputs();
        const plan = resolveEvent(settings.github, settings.mode);
        const loading = plan.target.kind === 'nothing' ? null : loadScanPath();
        // Awaited below; until then a failed load must not surface as an unhandled rejection.
        loading?.catch(() => { });
        const prepared = await prepareScan(settings, plan, commands.log);
        if ('nothing' in prepared) {
            const [{ actionOutlets }, { publishNothing }] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 544).then(__nccwpck_require__.bind(__nccwpck_require__, 3544)),
                Promise.all(/* import() */[__nccwpck_require__.e(972), __nccwpck_require__.e(833)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1833)),
            ]);
            await publishNothing(prepared.nothing, settings, plan, actionOutlets(settings, commands, new secret_guard/* SecretGuard */.O([])));
            return;
        }
        const scanPath = await (loading ?? loadScanPath());
        commands = scanPath.commands;
        const log = commands.log;
        log.info(`Scanning ${prepared.label}.`);
        const { report, secrets } = await scanPath.scan(prepared.scan, scanPath.engineLogger(log));
        const guard = new secret_guard/* SecretGuard */.O(secrets.values());
        const verdict = await scanPath.publish(report, settings, plan, scanPath.actionOutlets(settings, commands, guard));
        if (verdict.failed)
            commands.setFailed(`mistral-guard: ${verdict.reasons.join(' and ')} (fail-on: ${settings.failOn}).`);
        else
            log.info(`mistral-guard: passed (fail-on: ${settings.failOn}).`);
    }
    catch (error) {
        commands.setFailed(describeFailure(error));
        process.exitCode = 2;
    }
}


/***/ }),

/***/ 7100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ DEFAULT_VERIFY_BASE_URL)
/* harmony export */ });
const DEFAULT_VERIFY_BASE_URL = 'https://api.mistral.ai';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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

/***/ 7598:
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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

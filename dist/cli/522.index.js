export const id = 522;
export const ids = [522];
export const modules = {

/***/ 522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultDeps: () => (/* binding */ defaultDeps),
  planCommand: () => (/* binding */ planCommand),
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/config/config-error.ts
var config_error = __webpack_require__(5877);
// EXTERNAL MODULE: ./src/git/revisions.ts
var revisions = __webpack_require__(1638);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(5217);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/timed-fetch.ts
/**
 * Thrown when an attempt has no complete answer in time. Named AbortError on purpose: octokit passes such an
 * error through as it is instead of wrapping it in a RequestError, and plugin-retry only retries
 * RequestErrors, so a request that timed out is not sent again (a hanging API costs one timeout, not four).
 */
class RequestTimeoutError extends Error {
    timeoutMs;
    constructor(method, path, timeoutMs) {
        super(`${method} ${path} had no complete answer within ${seconds(timeoutMs)}`);
        this.name = 'AbortError';
        this.timeoutMs = timeoutMs;
    }
}
/** Statuses whose responses have no body (the Response constructor refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
function timedFetch(inner, timeoutMs, onFailedAttempt = () => { }) {
    return async (url, init = {}) => {
        const method = (init.method ?? 'GET').toUpperCase();
        const path = pathOf(url);
        const timer = AbortSignal.timeout(timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, timer]) : timer;
        try {
            const response = await inner(url, { ...init, signal });
            // Read the whole body under the same limit: octokit reads it later, outside any timeout, and turns a
            // body that fails halfway into an empty one.
            const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
            if (response.status >= 500)
                onFailedAttempt({ method, path, status: response.status });
            const whole = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
            Object.defineProperty(whole, 'url', { value: response.url });
            return whole;
        }
        catch (error) {
            // Only our own timer makes a timeout; a caller's abort stays the caller's.
            if (timer.aborted && !init.signal?.aborted) {
                onFailedAttempt({ method, path, timedOut: true });
                throw new RequestTimeoutError(method, path, timeoutMs);
            }
            onFailedAttempt({ method, path, error: networkMessage(error) });
            throw error;
        }
    };
}
/**
 * fetch reports a network failure as `TypeError: fetch failed` and octokit wraps that again: the reason
 * (`connect ECONNREFUSED …`) is the innermost cause. Duck-typed, as errors may come from another realm.
 */
function networkMessage(error) {
    let message = messageOf(error);
    let current = error;
    for (let depth = 0; depth < 5; depth++) {
        const cause = current?.cause;
        const inner = messageOf(cause);
        if (!inner)
            break;
        message = inner;
        current = cause;
    }
    return message || String(error);
}
function messageOf(value) {
    const message = value?.message;
    return typeof message === 'string' ? message : '';
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return String(url).split('?')[0];
    }
}
function seconds(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The one octokit the action uses: built once, with retries on 5xx and network errors (@octokit/plugin-retry),
// waits on rate limits (@octokit/plugin-throttling) and a timeout on every request (timed-fetch.ts), so that
// a failing or hanging API costs a bounded time. Every API call lives in its own file and takes this client.






const DEFAULT_CLIENT_TUNING = {
    retries: 3,
    retryAfterBaseValue: 1000,
    maxRateLimitWaitSeconds: 120,
    requestTimeoutMs: 30_000,
};
/**
 * Statuses plugin-retry must not retry: its own list (client errors that will not change) plus 429, which
 * is a rate limit and plugin-throttling's to wait out; both retrying it would double the waits.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
function createClient(options) {
    const tuning = { ...DEFAULT_CLIENT_TUNING, ...definedOnly(options) };
    const log = {
        debug: (message) => options.log.debug(message),
        info: (message) => (options.log.info ? options.log.info(message) : options.log.debug(message)),
        notice: (message) => (options.log.notice ? options.log.notice(message) : options.log.warning(message)),
    };
    const { retries, retryAfterBaseValue, maxRateLimitWaitSeconds } = tuning;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < retries && retryAfter <= maxRateLimitWaitSeconds;
        const where = `${request.method} ${routeOf(request)}`;
        // A wait explains a slow step, so it is a notice; giving up is reported once, by the step that failed.
        if (again)
            log.notice(`GitHub API ${kind} rate limit on ${where}: waiting ${retryAfter} s, then retrying.`);
        else
            log.debug(`GitHub API ${kind} rate limit on ${where}: not waiting ${retryAfter} s (retry ${retryCount + 1}).`);
        return again;
    };
    const baseFetch = options.fetch ?? utils/* defaults */.NT.request?.fetch ?? globalThis.fetch;
    const client = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl,
        // Replaces @actions/github's `request` defaults wholesale (octokit merges options shallowly), so its
        // proxy agent is carried over and its proxy-aware fetch is the one timed.
        request: {
            ...utils/* defaults */.NT.request,
            fetch: timedFetch(baseFetch, tuning.requestTimeoutMs, (attempt) => log.info(describeAttempt(attempt, retries))),
        },
        // octokit's own chatter (deprecations, plugin notes) stays in the debug log.
        log: {
            debug: log.debug,
            info: log.debug,
            warn: log.debug,
            error: log.debug,
        },
        retry: { retries, retryAfterBaseValue, doNotRetry: DO_NOT_RETRY },
        throttle: {
            // plugin-throttling spaces writes (1 s; 3 s for comments) in limiters it shares by id across every
            // octokit in the process: one id per client keeps one client's spacing from delaying another's.
            id: `mistral-guard-${(0,external_node_crypto_.randomUUID)()}`,
            retryAfterBaseValue,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const inspect = options.inspectBody;
    if (inspect) {
        // Route parameters and the body are both top-level fields of the request options here.
        client.hook.before('request', (options) => {
            const { headers: _headers, request: _request, ...fields } = options;
            inspect(JSON.stringify(fields));
        });
    }
    return client;
}
/** One line per failed attempt, so the log shows what was retried and why a step was slow. */
function describeAttempt(attempt, retries) {
    const where = `${attempt.method} ${attempt.path}`;
    if (attempt.timedOut)
        return `GitHub API: ${where} had no answer in time; not retried.`;
    const what = attempt.status ? `HTTP ${attempt.status}` : (attempt.error ?? 'a network error');
    return `GitHub API: ${what} on ${where}; such failures are retried up to ${retries} times.`;
}
/**
 * The path a rate-limited request went to, never its query. octokit hands the limit handlers either a full
 * URL or the route template with its parameters beside it (`/repos/{owner}/{repo}/…`, at times escaped).
 */
function routeOf(request) {
    const parameters = request;
    let url = request.url;
    for (let i = 0; i < 3 && /%[0-9A-Fa-f]{2}/.test(url); i++)
        url = safeDecode(url);
    const filled = url.replace(/\{(\w+)\}/g, (whole, name) => {
        const value = parameters[name];
        return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(String(value)) : whole;
    });
    try {
        return new URL(filled, 'http://api.invalid').pathname;
    }
    catch {
        return filled.split('?')[0];
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function definedOnly(options) {
    const picked = {};
    for (const name of Object.keys(DEFAULT_CLIENT_TUNING)) {
        if (options[name] !== undefined)
            picked[name] = options[name];
    }
    return picked;
}

;// CONCATENATED MODULE: ./src/plan/gather.ts
const STATUS_RANK = { fail: 4, warn: 3, manual: 2, pass: 1, skip: 0 };
/** What may be shown of a key. A report that carries anything longer is not trusted: show nothing of it. */
function safeRedacted(value) {
    return /^[A-Za-z0-9]{0,4}…\(\d{1,4}\)$/u.test(value) ? value : '[redacted]';
}
/** Copies only the contract's fields, so nothing else a report carried reaches the summary. */
function cleanFinding(f) {
    return {
        ruleId: f.ruleId,
        file: f.file,
        line: f.line,
        column: f.column,
        commit: f.commit,
        author: f.author,
        date: f.date,
        fingerprint: f.fingerprint,
        redacted: safeRedacted(f.redacted),
        severity: f.severity,
        inHead: f.inHead,
        verification: f.verification,
    };
}
function byPlace(a, b) {
    const live = Number(b.verification === 'verified') - Number(a.verification === 'verified');
    if (live !== 0)
        return live;
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line !== b.line)
        return a.line - b.line;
    return (a.commit ?? '') < (b.commit ?? '') ? -1 : (a.commit ?? '') > (b.commit ?? '') ? 1 : 0;
}
/**
 * One report out of several of the same repository (range jobs): each finding once per fingerprint and commit
 * (the strongest verification any job reached), each check once with the worst status any job gave it, stats
 * summed. Also what `plan gather --sarif` renders for a history split into ranges.
 */
function mergeReports(loaded) {
    const findings = new Map();
    const checks = new Map();
    const stats = { files: 0, commits: 0, bytes: 0, skipped: 0, durationMs: 0 };
    let duplicates = 0;
    for (const { report } of loaded) {
        for (const finding of report.findings) {
            const id = `${finding.fingerprint}\0${finding.commit ?? ''}`;
            const known = findings.get(id);
            if (known) {
                duplicates++;
                if (known.verification !== 'verified' && finding.verification === 'verified') {
                    findings.set(id, cleanFinding(finding));
                }
                continue;
            }
            findings.set(id, cleanFinding(finding));
        }
        for (const check of report.checks) {
            const known = checks.get(check.id);
            if (!known || STATUS_RANK[check.status] > STATUS_RANK[known.status])
                checks.set(check.id, check);
        }
        for (const key of Object.keys(stats))
            stats[key] += report.stats[key] ?? 0;
    }
    const modes = new Set(loaded.map((l) => l.report.mode));
    return {
        report: {
            version: 1,
            mode: modes.size === 1 ? [...modes][0] : 'history',
            findings: [...findings.values()].sort(byPlace),
            checks: [...checks.values()].map((c) => ({
                ...c,
                locations: c.locations.map((l) => ({ file: l.file, line: l.line })),
            })),
            stats,
        },
        duplicates,
    };
}
function summarizeRepository(repository, loaded) {
    const { report, duplicates } = mergeReports(loaded);
    const findings = report.findings;
    return {
        repository,
        reports: loaded.length,
        ranges: loaded.flatMap((l) => (l.range === null ? [] : [l.range])).sort((a, b) => Number(a) - Number(b)),
        leaks: findings.length,
        inHead: findings.filter((f) => f.inHead === true).length,
        verified: findings.filter((f) => f.verification === 'verified').length,
        duplicates,
        findings,
        checksFailed: report.checks
            .filter((c) => c.status === 'fail')
            .map((c) => ({ id: c.id, title: c.title, message: c.message }))
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
        checksWarned: report.checks.filter((c) => c.status === 'warn').length,
        stats: {
            commits: report.stats.commits,
            files: report.stats.files,
            bytes: report.stats.bytes,
            skipped: report.stats.skipped,
            durationMs: report.stats.durationMs,
        },
    };
}
function gather(read, expected = {}) {
    const byRepository = new Map();
    for (const loaded of read.reports) {
        byRepository.set(loaded.repository, [...(byRepository.get(loaded.repository) ?? []), loaded]);
    }
    const repositories = [...byRepository.entries()]
        .map(([repository, loaded]) => summarizeRepository(repository, loaded))
        // Most urgent first: live keys, then leaks, then checklist failures.
        .sort((a, b) => b.verified - a.verified ||
        b.leaks - a.leaks ||
        b.checksFailed.length - a.checksFailed.length ||
        (a.repository < b.repository ? -1 : 1));
    const missing = [];
    for (const repository of expected.repositories ?? [])
        if (!byRepository.has(repository))
            missing.push(repository);
    const seenRanges = new Set(read.reports.flatMap((l) => (l.range === null ? [] : [l.range])));
    for (const range of expected.ranges ?? [])
        if (!seenRanges.has(range))
            missing.push(`range ${range}`);
    const sum = (pick) => repositories.reduce((total, r) => total + pick(r), 0);
    return {
        version: 1,
        repositories,
        totals: {
            repositories: repositories.length,
            withLeaks: repositories.filter((r) => r.leaks > 0).length,
            leaks: sum((r) => r.leaks),
            inHead: sum((r) => r.inHead),
            verified: sum((r) => r.verified),
            withCheckFailures: repositories.filter((r) => r.checksFailed.length > 0).length,
            checkFailures: sum((r) => r.checksFailed.length),
            duplicates: sum((r) => r.duplicates),
        },
        missing,
        unreadable: read.unreadable,
    };
}

;// CONCATENATED MODULE: ./src/plan/github-output.ts
// Step outputs for a workflow: appended to the file GITHUB_OUTPUT names, in the heredoc form so that any
// value (one line of JSON or many) reads back whole.



async function writeGitHubOutputs(env, outputs) {
    const file = env.GITHUB_OUTPUT;
    if (!file)
        throw new config_error/* UsageError */.e('--github-output needs the GITHUB_OUTPUT environment variable (set by the runner).');
    const lines = [];
    for (const [name, value] of Object.entries(outputs)) {
        const delimiter = `mistral_guard_${(0,external_node_crypto_.randomUUID)()}`;
        lines.push(`${name}<<${delimiter}`, String(value), delimiter);
    }
    await (0,promises_.appendFile)(file, `${lines.join('\n')}\n`);
}

;// CONCATENATED MODULE: ./src/plan/matrix.ts
// Repositories -> GitHub Actions matrices. A matrix holds at most 256 jobs, so the list is cut into batches;
// the reusable workflow gives each batch its own matrix job and shares max-parallel out between them.

/** GitHub's limit on the jobs one matrix may generate. */
const MATRIX_LIMIT = 256;
function artifactName(repo) {
    return `mistral-guard-${repo.name}`.replace(/[^A-Za-z0-9_.-]/g, '-');
}
function planRepos(org, repos, excluded, options) {
    const { batchSize, maxParallel, maxBatches } = options;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MATRIX_LIMIT) {
        throw new config_error/* UsageError */.e(`Invalid --batch-size '${batchSize}'. Expected a whole number from 1 to ${MATRIX_LIMIT}.`);
    }
    if (!Number.isInteger(maxParallel) || maxParallel < 1) {
        throw new config_error/* UsageError */.e(`Invalid --max-parallel '${maxParallel}'. Expected a whole number of at least 1.`);
    }
    const batches = [];
    for (let i = 0; i < repos.length; i += batchSize) {
        batches.push({
            include: repos.slice(i, i + batchSize).map((repo) => ({
                repository: repo.fullName,
                'default-branch': repo.defaultBranch,
                artifact: artifactName(repo),
            })),
        });
    }
    if (maxBatches !== undefined && batches.length > maxBatches) {
        throw new config_error/* UsageError */.e(`Organization '${org}' has ${repos.length} repositories to scan: ${batches.length} batches of ${batchSize}, ` +
            `but the workflow runs at most ${maxBatches} (${maxBatches * batchSize} repositories). ` +
            'Narrow the selection with --topic or --visibility, or split it across several calls.');
    }
    return {
        org,
        count: repos.length,
        batchSize,
        maxParallel: Math.max(1, Math.floor(maxParallel / Math.max(1, batches.length))),
        batches,
        excluded,
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
;// CONCATENATED MODULE: ./src/plan/plan-file.ts
// Reads what `plan repos` or `plan ranges` printed, so `plan gather --plan FILE` can name the repositories or
// ranges whose report never came back.



const entrySchema = schemas/* object */.Ikc({ repository: schemas/* string */.YjP().optional(), index: schemas/* number */.aig().int().optional() });
const planSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ batches: schemas/* array */.YOg(schemas/* object */.Ikc({ include: schemas/* array */.YOg(entrySchema) })) }),
    schemas/* object */.Ikc({ include: schemas/* array */.YOg(entrySchema) }),
]);
async function readPlanFile(file) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        const reason = error.code ?? error.message.split('\n')[0];
        throw new config_error/* UsageError */.e(`Cannot read --plan '${file}': ${reason}. Expected the JSON 'plan repos' or 'plan ranges' printed.`);
    }
    const plan = planSchema.safeParse(parsed);
    if (!plan.success) {
        throw new config_error/* UsageError */.e(`--plan '${file}' is not a plan: expected {"batches":[{"include":[…]}]} or {"include":[…]}.`);
    }
    const entries = 'batches' in plan.data ? plan.data.batches.flatMap((b) => b.include) : plan.data.include;
    return {
        repositories: entries.flatMap((e) => (e.repository === undefined ? [] : [e.repository])),
        ranges: entries.flatMap((e) => (e.repository === undefined && e.index !== undefined ? [String(e.index)] : [])),
    };
}

;// CONCATENATED MODULE: ./src/plan/list-org-repos.ts
function toOrgRepo(repo) {
    return {
        fullName: repo.full_name,
        name: repo.name,
        defaultBranch: repo.default_branch ?? 'main',
        archived: repo.archived ?? false,
        fork: repo.fork,
        disabled: repo.disabled ?? false,
        visibility: repo.visibility ?? (repo.private ? 'private' : 'public'),
        topics: repo.topics ?? [],
        size: repo.size ?? 0,
    };
}
async function listOrgRepos(client, org) {
    const repos = [];
    const pages = client.paginate.iterator(client.rest.repos.listForOrg, { org, type: 'all', per_page: 100 });
    for await (const page of pages)
        for (const repo of page.data)
            repos.push(toOrgRepo(repo));
    return repos;
}

;// CONCATENATED MODULE: ./src/plan/select-repos.ts
const VISIBILITIES = ['all', 'public', 'private', 'internal'];
function selectRepos(repos, filter) {
    const topics = new Set(filter.topics.map((topic) => topic.toLowerCase()));
    const excluded = { archived: 0, forks: 0, visibility: 0, topics: 0, disabled: 0, empty: 0 };
    const selected = [];
    for (const repo of repos) {
        if (repo.disabled)
            excluded.disabled++;
        else if (repo.archived && !filter.includeArchived)
            excluded.archived++;
        else if (repo.fork && !filter.includeForks)
            excluded.forks++;
        else if (filter.visibility !== 'all' && repo.visibility !== filter.visibility)
            excluded.visibility++;
        else if (topics.size > 0 && !repo.topics.some((topic) => topics.has(topic.toLowerCase())))
            excluded.topics++;
        else if (repo.size === 0)
            excluded.empty++;
        else
            selected.push(repo);
    }
    selected.sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0));
    return { selected, excluded };
}

;// CONCATENATED MODULE: ./src/plan/plan-repos.ts
// `plan repos`: an organization's repositories -> filtered, sorted, cut into matrix batches.




const ORG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
function checkOrg(org) {
    if (!ORG_NAME.test(org)) {
        throw new config_error/* UsageError */.e(`Invalid organization '${org}' for --org. Expected a GitHub login such as 'mistral-guard'.`);
    }
    return org;
}
async function planOrgRepos(client, options) {
    checkOrg(options.org);
    let repos;
    try {
        repos = await listOrgRepos(client, options.org);
    }
    catch (error) {
        // Octokit's RequestError carries the HTTP status (checked by shape: @octokit/request-error is not ours to import).
        const status = error.status;
        if (status === 404) {
            throw new config_error/* UsageError */.e(`Organization '${options.org}' not found, or the token cannot see it (GET /orgs/${options.org}/repos: 404).`);
        }
        if (status === 401 || status === 403) {
            throw new config_error/* UsageError */.e(`GitHub refused to list '${options.org}' (${status}): ` +
                "the token needs read access to the organization's repositories.");
        }
        throw error;
    }
    const { selected, excluded } = selectRepos(repos, options);
    return planRepos(options.org, selected, excluded, options);
}

// EXTERNAL MODULE: ./src/git/runner.ts + 1 modules
var runner = __webpack_require__(8433);
;// CONCATENATED MODULE: ./src/plan/ranges.ts
// Splits a repository's history into N commit ranges of similar size, so that N matrix jobs running
// `scan --mode history` on one range each cover every commit exactly once.
//
// Two ways to name a range, both exact:
// - dates: a committer-time window (`--since=@T1 --until=@T2`, both inclusive). Exact when every commit is
//   younger than or as old as its parents (no clock skew), because then git's date walk reaches every commit
//   of the window and windows do not overlap. Checked here, never assumed.
// - revisions: commits are cut in topological order (parents first), and each slice is named as git rev-list
//   names a set: its local tips, and `^p` for every parent outside the slice. In that order a path from a
//   slice's commit back to an older slice never returns, so "reachable from the tips, not from those
//   parents" is exactly the slice, whatever the branches and merges.


/** Every commit (`git rev-list --all`), parents before children. */
async function listCommits(root) {
    const nodes = [];
    const lines = (0,runner/* lineTokens */.Pv)((0,runner/* streamGit */.t1)(['rev-list', '--all', '--topo-order', '--reverse', '--parents', '--timestamp'], { cwd: root }));
    for await (const line of lines) {
        if (line === '')
            continue;
        const [time, sha, ...parents] = line.split(' ');
        nodes.push({ sha, time: Number(time), parents });
    }
    return nodes;
}
/** Sizes of `count` near-equal slices of `total` items (the first ones one larger). */
function sliceSizes(total, count) {
    const slices = Math.max(0, Math.min(count, total));
    return Array.from({ length: slices }, (_, i) => Math.floor(total / slices) + (i < total % slices ? 1 : 0));
}
/** The first commit found that is older than one of its parents, or null when dates only grow. */
function findSkew(nodes) {
    const timeOf = new Map();
    for (const node of nodes) {
        for (const parent of node.parents) {
            const parentTime = timeOf.get(parent);
            if (parentTime !== undefined && parentTime > node.time)
                return node;
        }
        timeOf.set(node.sha, node.time);
    }
    return null;
}
function byRevisions(nodes, jobs) {
    const slice = new Map();
    const sizes = sliceSizes(nodes.length, jobs);
    let at = 0;
    sizes.forEach((size, index) => {
        for (let i = at; i < at + size; i++)
            slice.set(nodes[i].sha, index);
        at += size;
    });
    const ranges = [];
    at = 0;
    sizes.forEach((size, index) => {
        const members = nodes.slice(at, at + size);
        at += size;
        const hasChildInSlice = new Set();
        const boundary = new Set();
        for (const node of members) {
            for (const parent of node.parents) {
                if (slice.get(parent) === index)
                    hasChildInSlice.add(parent);
                else
                    boundary.add(parent);
            }
        }
        const tips = members.filter((node) => !hasChildInSlice.has(node.sha)).map((node) => node.sha);
        ranges.push({ index, commits: size, revisions: [...tips, ...[...boundary].sort().map((sha) => `^${sha}`)] });
    });
    return ranges;
}
function byDates(nodes, jobs) {
    const times = nodes.map((node) => node.time).sort((a, b) => a - b);
    // Cut between distinct timestamps only: commits of the same second stay in one window.
    const cuts = [];
    let start = 0;
    for (const size of sliceSizes(times.length, jobs).slice(0, -1)) {
        let cut = Math.max(start + size, (cuts.at(-1) ?? 0) + 1);
        while (cut < times.length && times[cut] === times[cut - 1])
            cut++;
        if (cut >= times.length)
            break;
        cuts.push(cut);
        start = cut;
    }
    const bounds = [0, ...cuts, times.length];
    return bounds.slice(0, -1).map((from, index) => {
        const to = bounds[index + 1];
        const range = { index, commits: to - from };
        if (index > 0)
            range.since = `@${times[from]}`;
        if (index < bounds.length - 2)
            range.until = `@${times[to] - 1}`;
        return range;
    });
}
async function planRanges(root, options) {
    if (!Number.isInteger(options.jobs) || options.jobs < 1) {
        throw new config_error/* UsageError */.e(`Invalid --jobs '${options.jobs}'. Expected a whole number of at least 1.`);
    }
    const nodes = await listCommits(root);
    const wanted = options.style ?? 'auto';
    let style = wanted === 'auto' ? 'dates' : wanted;
    let reason = wanted === 'auto' ? 'committer dates never go back from parent to child' : `asked for ${wanted}`;
    if (style === 'dates') {
        const skewed = findSkew(nodes);
        if (skewed && wanted === 'dates') {
            throw new config_error/* UsageError */.e(`--by dates: commit ${skewed.sha} is older than one of its parents, so date windows would miss commits. ` +
                'Use --by revisions.');
        }
        if (skewed) {
            style = 'revisions';
            reason = `commit ${skewed.sha.slice(0, 12)} is older than a parent (clock skew), so date windows are not exact`;
        }
    }
    const ranges = style === 'dates' ? byDates(nodes, options.jobs) : byRevisions(nodes, options.jobs);
    return { commits: nodes.length, style, reason, ranges };
}

;// CONCATENATED MODULE: ./src/plan/read-reports.ts
// Reads the JSON reports a fan-out left behind (one folder per downloaded artifact), each with an optional
// `mistral-guard-meta.json` beside it naming the repository and range the job scanned. Every file is either
// read, ignored (JSON that is not a report) or listed as unreadable with the reason: never a crash.




const META_FILE = 'mistral-guard-meta.json';
const findingSchema = schemas/* object */.Ikc({
    ruleId: schemas/* string */.YjP(),
    file: schemas/* string */.YjP(),
    line: schemas/* number */.aig(),
    column: schemas/* number */.aig(),
    commit: schemas/* string */.YjP().nullable(),
    author: schemas/* string */.YjP().nullable(),
    date: schemas/* string */.YjP().nullable(),
    fingerprint: schemas/* string */.YjP(),
    redacted: schemas/* string */.YjP(),
    severity: schemas/* enum */.k5n(['critical', 'high']),
    inHead: schemas/* boolean */.zMY().nullable(),
    verification: schemas/* enum */.k5n(['skipped', 'verified', 'invalid', 'unknown']),
});
const checkSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    title: schemas/* string */.YjP(),
    status: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'manual', 'skip']),
    message: schemas/* string */.YjP(),
    locations: schemas/* array */.YOg(schemas/* object */.Ikc({ file: schemas/* string */.YjP(), line: schemas/* number */.aig() })).default([]),
});
const reportSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    mode: schemas/* enum */.k5n(['tree', 'staged', 'diff', 'history']),
    findings: schemas/* array */.YOg(findingSchema),
    checks: schemas/* array */.YOg(checkSchema).default([]),
    stats: schemas/* object */.Ikc({
        files: schemas/* number */.aig(),
        commits: schemas/* number */.aig(),
        bytes: schemas/* number */.aig(),
        skipped: schemas/* number */.aig(),
        durationMs: schemas/* number */.aig(),
    })
        .partial()
        .default({}),
});
const metaSchema = schemas/* object */.Ikc({
    /** owner/name of the scanned repository. */
    repository: schemas/* string */.YjP().min(1),
    /** The range index when a history was split across jobs. */
    range: schemas/* union */.KCZ([schemas/* number */.aig().int().nonnegative(), schemas/* string */.YjP()]).optional(),
});
async function jsonFiles(dir) {
    const out = [];
    const walk = async (current) => {
        const entries = await (0,promises_.readdir)(current, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const full = external_node_path_default().join(current, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() && entry.name.endsWith('.json'))
                out.push(full);
        }
    };
    await walk(dir);
    return out;
}
function zodReason(error) {
    const issue = error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${where}: ${issue.message}`;
}
async function readReports(dir) {
    let files;
    try {
        files = await jsonFiles(dir);
    }
    catch (error) {
        const reason = error.code ?? error.message;
        throw new config_error/* UsageError */.e(`Cannot read --input '${dir}': ${reason}.`);
    }
    const result = { reports: [], unreadable: [], ignored: 0 };
    for (const full of files) {
        const file = external_node_path_default().relative(dir, full);
        if (external_node_path_default().basename(full) === META_FILE)
            continue;
        let parsed;
        try {
            parsed = JSON.parse(await (0,promises_.readFile)(full, 'utf8'));
        }
        catch (error) {
            result.unreadable.push({ file, reason: `not valid JSON (${error.message.split('\n')[0]})` });
            continue;
        }
        const looksLikeReport = typeof parsed === 'object' && parsed !== null && 'findings' in parsed && 'version' in parsed;
        if (!looksLikeReport) {
            result.ignored++;
            continue;
        }
        const report = reportSchema.safeParse(parsed);
        if (!report.success) {
            result.unreadable.push({ file, reason: `not a mistral-guard report: ${zodReason(report.error)}` });
            continue;
        }
        const meta = await readMeta(external_node_path_default().dirname(full));
        if (meta && 'error' in meta) {
            result.unreadable.push({ file: external_node_path_default().relative(dir, external_node_path_default().join(external_node_path_default().dirname(full), META_FILE)), reason: meta.error });
            continue;
        }
        const folder = external_node_path_default().relative(dir, external_node_path_default().dirname(full));
        result.reports.push({
            repository: meta?.repository ?? (folder || external_node_path_default().basename(full, '.json')),
            range: meta?.range === undefined ? null : String(meta.range),
            file,
            report: report.data,
        });
    }
    return result;
}
async function readMeta(folder) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(folder, META_FILE), 'utf8');
    }
    catch {
        return null;
    }
    try {
        const meta = metaSchema.safeParse(JSON.parse(text));
        return meta.success ? meta.data : { error: `invalid meta file: ${zodReason(meta.error)}` };
    }
    catch (error) {
        return { error: `invalid meta file: not valid JSON (${error.message.split('\n')[0]})` };
    }
}

// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
;// CONCATENATED MODULE: ./src/plan/summary-markdown.ts
// The organization summary as GitHub-flavoured markdown for a job summary ($GITHUB_STEP_SUMMARY holds at most
// 1 MiB, so long tables are cut with a count of what was left out). Every string from a report is escaped.

const DEFAULT_LIMITS = { repositories: 500, leaks: 1000 };
const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
function headline(summary) {
    const t = summary.totals;
    const scanned = plural(t.repositories, 'repository', 'repositories');
    const leaks = t.leaks === 0
        ? `No Mistral API key found in ${scanned}.`
        : `**${plural(t.withLeaks, 'repository', 'repositories')} of ${t.repositories} leak Mistral API keys**: ` +
            `${plural(t.leaks, 'leak')} (${t.inHead.toLocaleString('en-US')} still in HEAD` +
            `${t.verified > 0 ? `, **${t.verified.toLocaleString('en-US')} verified live**` : ''}).`;
    const checks = t.checkFailures === 0
        ? 'No checklist failures.'
        : `${plural(t.withCheckFailures, 'repository', 'repositories')} ` +
            `${t.withCheckFailures === 1 ? 'fails' : 'fail'} ${plural(t.checkFailures, 'checklist item')}.`;
    return `${leaks} ${checks}`;
}
function repositoryRow(r) {
    const failed = r.checksFailed.length === 0 ? '—' : r.checksFailed.map((c) => (0,markdown_escape/* mdCode */.xs)(c.id)).join(', ');
    const ranges = r.ranges.length > 0 ? ` (${plural(r.ranges.length, 'range')})` : '';
    return (`| ${(0,markdown_escape/* mdText */.bC)(r.repository)}${ranges} | ${r.leaks} | ${r.inHead} | ${r.verified} | ${failed} | ` +
        `${r.stats.commits.toLocaleString('en-US')} |`);
}
function renderSummaryMarkdown(summary, limits = DEFAULT_LIMITS) {
    const out = ['## mistral-guard: organization summary', '', headline(summary), ''];
    if (summary.repositories.length > 0) {
        out.push('| Repository | Leaks | In HEAD | Verified | Checklist failures | Commits scanned |');
        out.push('| --- | ---: | ---: | ---: | --- | ---: |');
        for (const r of summary.repositories.slice(0, limits.repositories))
            out.push(repositoryRow(r));
        const rest = summary.repositories.length - limits.repositories;
        if (rest > 0)
            out.push('', `…and ${plural(rest, 'more repository', 'more repositories')} (see the JSON summary).`);
        out.push('');
    }
    let leakRows = 0;
    const leaky = summary.repositories.filter((r) => r.leaks > 0);
    if (leaky.length > 0)
        out.push('### Leaks', '');
    for (const r of leaky) {
        if (leakRows >= limits.leaks) {
            const shown = plural(limits.leaks, 'row');
            out.push(`…leaks of further repositories left out (${shown} shown; see the JSON summary).`, '');
            break;
        }
        out.push(`<details><summary>${(0,markdown_escape/* mdText */.bC)(r.repository)}: ${plural(r.leaks, 'leak')}</summary>`, '');
        out.push('| File | Commit | Key | In HEAD | Verification | Fingerprint |', '| --- | --- | --- | --- | --- | --- |');
        for (const f of r.findings) {
            if (leakRows++ >= limits.leaks)
                break;
            const inHead = f.inHead === null ? '?' : f.inHead ? 'yes' : 'no';
            out.push(`| ${(0,markdown_escape/* mdPath */.Jz)(f.file, `:${f.line}`)} | ${f.commit ? (0,markdown_escape/* mdCode */.xs)(f.commit.slice(0, 12)) : '—'} | ` +
                `${(0,markdown_escape/* mdCode */.xs)(f.redacted)} | ` +
                `${inHead} | ${f.verification} | ${(0,markdown_escape/* mdCode */.xs)(f.fingerprint.slice(0, 16))} |`);
        }
        out.push('', '</details>', '');
    }
    const failing = summary.repositories.filter((r) => r.checksFailed.length > 0);
    if (failing.length > 0) {
        out.push('### Checklist failures', '');
        for (const r of failing.slice(0, limits.repositories)) {
            const items = r.checksFailed.map((c) => `${(0,markdown_escape/* mdCode */.xs)(c.id)} ${(0,markdown_escape/* mdText */.bC)(c.title)}`);
            out.push(`- ${(0,markdown_escape/* mdText */.bC)(r.repository)}: ${items.join('; ')}`);
        }
        out.push('');
    }
    if (summary.missing.length > 0) {
        out.push('### Missing reports', '', 'No report came back for these (the job failed, was cancelled or skipped):', '');
        for (const m of summary.missing)
            out.push(`- ${(0,markdown_escape/* mdText */.bC)(m)}`);
        out.push('');
    }
    if (summary.unreadable.length > 0) {
        out.push('### Unreadable reports', '');
        for (const u of summary.unreadable)
            out.push(`- ${(0,markdown_escape/* mdPath */.Jz)(u.file)}: ${(0,markdown_escape/* mdText */.bC)(u.reason)}`);
        out.push('');
    }
    if (summary.totals.duplicates > 0) {
        const merged = plural(summary.totals.duplicates, 'duplicate finding');
        out.push(`${merged} (same fingerprint and commit in several reports) merged.`, '');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/commands/dispatch.ts
var dispatch = __webpack_require__(3754);
;// CONCATENATED MODULE: ./src/commands/plan.ts
// `mistral-guard plan`: the planning steps of a scan that GitHub Actions fans out.
//   plan repos   an organization's repositories -> matrix batches (≤ 256 jobs each)
//   plan ranges  one repository's history -> N commit ranges that together cover every commit once
//   plan gather  the JSON reports the jobs uploaded -> one organization summary (markdown + JSON)
















const USAGE = `Usage: mistral-guard plan <repos|ranges|gather> [options]

  plan repos --org ORG [--topic T]... [--include-archived] [--include-forks]
             [--visibility all|public|private|internal] [--max-parallel N] [--batch-size 256]
             [--batch I] [--max-batches N] [--github-output]
      Lists ORG's repositories (GITHUB_TOKEN, GITHUB_API_URL) and prints matrix batches:
      {"count":…,"maxParallel":…,"batches":[{"include":[{"repository":"org/name",…}]},…]}.
      --topic keeps repositories with any of the topics; archived repositories and forks are left out
      unless asked for; --batch I prints batch I's matrix alone; --max-parallel is the total across batches.

  plan ranges [--repo DIR] --jobs N [--by auto|dates|revisions] [--github-output]
      Splits every commit reachable from every ref into N ranges of similar size, each given as
      --since/--until (dates) or as revisions (tips and ^boundary parents) for 'scan --mode history'.

  plan gather --input DIR [--plan FILE] [--markdown FILE] [--json FILE] [--sarif FILE]
              [--fail-on leak|error|verified|never]
      Merges the JSON reports under DIR (a mistral-guard-meta.json beside each names its repository
      and range) into one summary: leaks per repository without duplicates (same fingerprint and commit),
      checklist failures per repository. Markdown goes to stdout unless --markdown is given. --plan names
      what was planned, so missing reports are listed; --sarif writes one SARIF log for the ranges of one
      repository.

  --github-output  also write the results as step outputs to the file GITHUB_OUTPUT names.
`;
const defaultDeps = {
    client(io) {
        const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '';
        if (!token) {
            throw new config_error/* UsageError */.e('plan repos needs a token in GITHUB_TOKEN (or GH_TOKEN) that can read the organization.');
        }
        return createClient({
            token,
            baseUrl: (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
            log: { debug: () => undefined, warning: (message) => io.stderr.write(`mistral-guard: ${message}\n`) },
        });
    },
};
function parse(argv, options, command) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options, strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        throw new config_error/* UsageError */.e(`plan ${command}: ${error.message}. Run 'mistral-guard plan --help'.`);
    }
}
function wholeNumber(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value))
        throw new config_error/* UsageError */.e(`Invalid ${flag} '${value}'. Expected a whole number.`);
    return Number(value);
}
function choice(value, flag, choices, fallback) {
    if (value === undefined)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new config_error/* UsageError */.e(`Invalid ${flag} '${value}'. Expected one of ${choices.join(', ')}.`);
}
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
async function reposCommand(argv, io, deps) {
    const values = parse(argv, {
        org: { type: 'string' },
        topic: { type: 'string', multiple: true },
        'include-archived': { type: 'boolean' },
        'include-forks': { type: 'boolean' },
        visibility: { type: 'string' },
        'max-parallel': { type: 'string' },
        'batch-size': { type: 'string' },
        batch: { type: 'string' },
        'max-batches': { type: 'string' },
        'github-output': { type: 'boolean' },
    }, 'repos');
    if (!values.org)
        throw new config_error/* UsageError */.e('plan repos: --org is required (the organization whose repositories to scan).');
    const topics = (values.topic ?? []).flatMap((t) => t.split(/[\s,]+/)).filter((t) => t !== '');
    const maxBatches = values['max-batches'] === undefined ? undefined : wholeNumber(values['max-batches'], '--max-batches', 1);
    const plan = await planOrgRepos(deps.client(io), {
        org: values.org,
        topics,
        includeArchived: values['include-archived'] ?? false,
        includeForks: values['include-forks'] ?? false,
        visibility: choice(values.visibility, '--visibility', VISIBILITIES, 'all'),
        maxParallel: wholeNumber(values['max-parallel'], '--max-parallel', 20),
        batchSize: wholeNumber(values['batch-size'], '--batch-size', MATRIX_LIMIT),
        maxBatches,
    });
    const left = Object.entries(plan.excluded)
        .filter(([, n]) => n > 0)
        .map(([why, n]) => `${n} ${why}`);
    io.stderr.write(`mistral-guard: ${plan.org}: ${plan.count} repositories to scan` +
        `${left.length > 0 ? ` (left out: ${left.join(', ')})` : ''}; ` +
        `${plan.batches.length} batch(es) of at most ${plan.batchSize}, max-parallel ${plan.maxParallel} each.\n`);
    if (values['github-output']) {
        await writeGitHubOutputs(io.env, {
            count: plan.count,
            'batch-count': plan.batches.length,
            'max-parallel': plan.maxParallel,
            batches: JSON.stringify(plan.batches),
            plan: JSON.stringify(plan),
        });
    }
    if (values.batch !== undefined) {
        const index = wholeNumber(values.batch, '--batch', 0);
        io.stdout.write(json(plan.batches[index] ?? { include: [] }));
    }
    else {
        io.stdout.write(json(plan));
    }
    return 0;
}
async function rangesCommand(argv, io) {
    const values = parse(argv, {
        repo: { type: 'string' },
        jobs: { type: 'string' },
        by: { type: 'string' },
        'github-output': { type: 'boolean' },
    }, 'ranges');
    if (values.jobs === undefined) {
        throw new config_error/* UsageError */.e('plan ranges: --jobs is required (how many matrix jobs share the history).');
    }
    const jobs = wholeNumber(values.jobs, '--jobs', 1);
    if (jobs < 1 || jobs > MATRIX_LIMIT) {
        throw new config_error/* UsageError */.e(`Invalid --jobs '${values.jobs}'. Expected 1 to ${MATRIX_LIMIT}.`);
    }
    const style = choice(values.by, '--by', ['auto', 'dates', 'revisions'], 'auto');
    const repo = await (0,revisions/* openRepository */.h_)(external_node_path_default().resolve(io.cwd, values.repo ?? '.'));
    const plan = await planRanges(repo.root, { jobs, style });
    const include = plan.ranges.map((r) => ({
        index: r.index,
        commits: r.commits,
        since: r.since ?? '',
        until: r.until ?? '',
        revisions: (r.revisions ?? []).join(' '),
    }));
    const out = { commits: plan.commits, style: plan.style, reason: plan.reason, count: include.length, include };
    io.stderr.write(`mistral-guard: ${plan.commits} commits in ${include.length} range(s) by ${plan.style} (${plan.reason}).\n`);
    if (values['github-output']) {
        await writeGitHubOutputs(io.env, {
            count: include.length,
            style: plan.style,
            matrix: JSON.stringify({ include }),
            plan: JSON.stringify(out),
        });
    }
    io.stdout.write(json(out));
    return 0;
}
const FAIL_ON = ['leak', 'error', 'verified', 'never'];
function failed(summary, failOn) {
    const t = summary.totals;
    if (failOn === 'never')
        return false;
    if (failOn === 'verified')
        return t.verified > 0;
    if (failOn === 'leak')
        return t.leaks > 0;
    return t.leaks > 0 || t.checkFailures > 0;
}
/** One SARIF log for the range reports of one repository, so code scanning gets a single upload. */
async function mergedSarif(read) {
    const repositories = new Set(read.reports.map((l) => l.repository));
    if (repositories.size > 1) {
        throw new config_error/* UsageError */.e('--sarif merges the reports of one repository (the ranges of one history); ' +
            `found ${repositories.size} repositories.`);
    }
    const { render } = await __webpack_require__.e(/* import() */ 580).then(__webpack_require__.bind(__webpack_require__, 3580));
    return render(mergeReports(read.reports).report, 'sarif', { toolVersion: dispatch/* VERSION */.x });
}
async function gatherCommand(argv, io) {
    const values = parse(argv, {
        input: { type: 'string' },
        plan: { type: 'string' },
        markdown: { type: 'string' },
        json: { type: 'string' },
        sarif: { type: 'string' },
        'fail-on': { type: 'string' },
    }, 'gather');
    if (!values.input) {
        throw new config_error/* UsageError */.e('plan gather: --input is required (the folder holding the downloaded reports).');
    }
    const failOn = choice(values['fail-on'], '--fail-on', FAIL_ON, 'never');
    const at = (file) => external_node_path_default().resolve(io.cwd, file);
    const expected = values.plan ? await readPlanFile(at(values.plan)) : {};
    const read = await readReports(at(values.input));
    const summary = gather(read, expected);
    const markdown = renderSummaryMarkdown(summary);
    if (values.json)
        await (0,promises_.writeFile)(at(values.json), json(summary));
    if (values.sarif)
        await (0,promises_.writeFile)(at(values.sarif), await mergedSarif(read));
    if (values.markdown)
        await (0,promises_.writeFile)(at(values.markdown), markdown);
    else
        io.stdout.write(markdown);
    const t = summary.totals;
    io.stderr.write(`mistral-guard: ${read.reports.length} report(s), ${t.repositories} repositories: ${t.leaks} leak(s) in ` +
        `${t.withLeaks}, ${t.checkFailures} checklist failure(s) in ${t.withCheckFailures}` +
        `${t.duplicates > 0 ? `, ${t.duplicates} duplicate(s) merged` : ''}` +
        `${summary.missing.length > 0 ? `, ${summary.missing.length} missing` : ''}` +
        `${read.unreadable.length > 0 ? `, ${read.unreadable.length} unreadable` : ''}.\n`);
    return failed(summary, failOn) ? 1 : 0;
}
async function runPlan(argv, io, deps = defaultDeps) {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
        io.stdout.write(USAGE);
        return sub === undefined ? 2 : 0;
    }
    if (sub === 'repos')
        return reposCommand(rest, io, deps);
    if (sub === 'ranges')
        return rangesCommand(rest, io);
    if (sub === 'gather')
        return gatherCommand(rest, io);
    throw new config_error/* UsageError */.e(`plan: unknown subcommand '${sub}'. Expected repos, ranges or gather.`);
}
const planCommand = (argv, io) => runPlan(argv, io);


/***/ }),

/***/ 9717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ mdPath),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   be: () => (/* binding */ mdMessage),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4278);
// Markdown that GitHub renders from strings we do not control (file names, commit authors, check
// messages). Nothing in them may become markup: no table break from a `|`, no HTML from `<`, no link,
// no emphasis, no @mention of a stranger, no math from `$`.

/** CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that mean something mid-line. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>|~&$]/g;
/** And these only where they start a block: a heading, a list item, a setext underline. */
const BLOCK_START = /^(\s*)(#{1,6}(?=\s|$)|[+\-](?=\s|$)|=+\s*$)|^(\s*\d{1,9})([.)])(?=\s|$)/;
/**
 * Plain text for a table cell or a paragraph: markup characters escaped, line breaks as `<br>`, other
 * control characters shown as escapes, and `@name` broken with a zero-width space so nobody is pinged.
 */
function mdText(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .au)(line)
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        .replace(BLOCK_START, (_all, space, mark, number, delimiter) => mark !== undefined ? `${space}\\${mark}` : `${number}\\${delimiter}`)
        .replace(/@(?=[A-Za-z0-9])/g, '@\u200B'))
        .join('<br>');
}
/**
 * A code span for a table cell. Code spans keep `<`, `*`, `$` and `@` literal; a backtick run inside is
 * fenced by a longer one, and a pipe is escaped, which GFM tables require even inside code.
 */
function mdCode(text) {
    const safe = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .au)(text).replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = safe.startsWith('`') || safe.endsWith('`') || /^ .* $/.test(safe) ? ' ' : '';
    return `${fence}${pad}${safe}${pad}${fence}`;
}
/** A repository path as a table-cell code span, quoted first when it holds odd characters. */
function mdPath(file, suffix = '') {
    return mdCode(`${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .quotePath */ .WG)(file)}${suffix}`);
}
/**
 * A check message: plain text, except that `code spans` (which check messages use for file names and
 * lines to add) stay code spans. Their content is still made safe by mdCode.
 */
function mdMessage(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => {
        let out = '';
        let last = 0;
        for (const match of line.matchAll(/`([^`]+)`/g)) {
            out += mdText(line.slice(last, match.index)) + mdCode(match[1]);
            last = match.index + match[0].length;
        }
        return out + mdText(line.slice(last));
    })
        .join('<br>');
}


/***/ }),

/***/ 4278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   WG: () => (/* binding */ quotePath),
/* harmony export */   au: () => (/* binding */ escapeUnsafe),
/* harmony export */   ug: () => (/* binding */ encodeSegment)
/* harmony export */ });
/* unused harmony export wellFormed */
// File names come out exactly as git stores them, so they may hold spaces, quotes, newlines, escape
// sequences or invalid UTF-16. Each output needs them in its own safe form: quoted for a terminal,
// percent-encoded for a URI.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replaces lone surrogates with U+FFFD, which encodeURIComponent would otherwise throw on. */
function wellFormed(text) {
    return text.replace(LONE_SURROGATE, '\uFFFD');
}
/**
 * Characters a reader must never receive raw: C0/C1 controls and DEL (terminal escapes, line breaks),
 * bidi overrides (Trojan Source), lone surrogates.
 */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NAMED_ESCAPES = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x07': '\\a' };
function escapeChar(char) {
    const named = NAMED_ESCAPES[char];
    if (named)
        return named;
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Shows unsafe characters as visible escapes (`\n`, `\x1b`, `\u202e`); everything else as is. */
function escapeUnsafe(text) {
    return text.replace(UNSAFE, escapeChar);
}
const NEEDS_QUOTES = /["\\]|[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\uD800-\uDFFF]/;
/**
 * A path as a reader should see it, in the spirit of git's `core.quotePath=false`: left alone unless it
 * holds a quote, a backslash or an unsafe character; then double-quoted with C-style escapes, so a file
 * named `a"b\nc` shows as `"a\"b\nc"` and never breaks a line or a table.
 */
function quotePath(file) {
    if (!NEEDS_QUOTES.test(file))
        return file;
    return `"${escapeUnsafe(file.replace(/["\\]/g, (c) => `\\${c}`))}"`;
}
/** encodeURIComponent leaves these alone, but they break markdown links or mean something in URIs. */
const EXTRA_RESERVED = /[!'()*]/g;
/** Percent-encodes one path segment per RFC 3986 (UTF-8), spaces, quotes and parentheses included. */
function encodeSegment(segment) {
    return encodeURIComponent(wellFormed(segment)).replace(EXTRA_RESERVED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A repository-relative path as a relative URI reference: each segment encoded, slashes kept. */
function encodePath(file) {
    return file.split('/').map(encodeSegment).join('/');
}


/***/ })

};

export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CLIENT_TUNING: () => (/* binding */ DEFAULT_CLIENT_TUNING),
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var _timed_fetch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8465);
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
    const baseFetch = options.fetch ?? _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .defaults */ .NT.request?.fetch ?? globalThis.fetch;
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.baseUrl,
        // Replaces @actions/github's `request` defaults wholesale (octokit merges options shallowly), so its
        // proxy agent is carried over and its proxy-aware fetch is the one timed.
        request: {
            ..._actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .defaults */ .NT.request,
            fetch: (0,_timed_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .timedFetch */ .kn)(baseFetch, tuning.requestTimeoutMs, (attempt) => log.info(describeAttempt(attempt, retries))),
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
            id: `mistral-guard-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
            retryAfterBaseValue,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
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


/***/ }),

/***/ 8465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ RequestTimeoutError),
/* harmony export */   kl: () => (/* binding */ networkMessage),
/* harmony export */   kn: () => (/* binding */ timedFetch)
/* harmony export */ });
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


/***/ })

};

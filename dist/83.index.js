export const id = 83;
export const ids = [83];
export const modules = {

/***/ 2083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SUMMARY_LIMIT: () => (/* binding */ SUMMARY_LIMIT),
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(6158);
// EXTERNAL MODULE: ./src/report/rule-catalog.ts
var rule_catalog = __webpack_require__(6304);
;// CONCATENATED MODULE: ./src/action/annotations.ts

/** GitHub's limit of error annotations shown per step. */
const STEP_ANNOTATION_LIMIT = 10;
function findingTitle(finding) {
    const title = (0,rule_catalog/* keyRuleInfo */.UG)(finding.ruleId).title;
    return finding.verification === 'verified' ? `Leaked ${title} (verified live)` : `Leaked ${title}`;
}
function findingMessage(finding) {
    const title = (0,rule_catalog/* keyRuleInfo */.UG)(finding.ruleId).title;
    const where = finding.commit ? ` added in commit ${finding.commit.slice(0, 7)}` : '';
    return (`${title} ${finding.redacted}${where} (fingerprint ${finding.fingerprint.slice(0, 12)}). ` +
        'Rotate it in the Mistral console, revoke the old key, and remove it from history.');
}
/**
 * Writes the ::error annotations, and one per failing or warning check: an error only when `fail-on`
 * counts failed checks, so the annotations never look worse than the verdict.
 */
function annotate(report, failOn, log, guard) {
    const checksFail = failOn === 'error' || failOn === 'warning';
    for (const finding of report.findings) {
        const message = findingMessage(finding);
        const place = { title: findingTitle(finding), file: finding.file, startLine: finding.line, startColumn: finding.column };
        guard.check(`${message} ${JSON.stringify(place)}`, 'an annotation');
        log.error(message, place);
    }
    // A check that only restates the findings (every location is a leaked key) is already annotated above.
    const findingPlaces = new Set(report.findings.map((finding) => `${finding.file}:${finding.line}`));
    for (const check of report.checks) {
        if (check.status !== 'fail' && check.status !== 'warn')
            continue;
        if (check.locations.length > 0 && check.locations.every((l) => findingPlaces.has(`${l.file}:${l.line}`)))
            continue;
        const emit = check.status === 'fail' && checksFail ? log.error : log.warning;
        const message = check.message || check.title;
        const location = check.locations[0];
        const place = { title: `Checklist: ${check.title}`, ...(location ? { file: location.file, startLine: location.line } : {}) };
        guard.check(`${message} ${JSON.stringify(place)}`, 'an annotation');
        emit(message, place);
    }
}
/** The same findings as Checks API annotations. */
function checkAnnotations(report) {
    return report.findings.map((finding) => ({
        path: finding.file,
        start_line: finding.line,
        end_line: finding.line,
        start_column: finding.column,
        end_column: finding.column,
        annotation_level: 'failure',
        title: findingTitle(finding),
        message: findingMessage(finding),
    }));
}

// EXTERNAL MODULE: ./src/github/timed-fetch.ts
var timed_fetch = __webpack_require__(8465);
// EXTERNAL MODULE: ./src/action/secret-guard.ts
var secret_guard = __webpack_require__(9256);
;// CONCATENATED MODULE: ./src/action/api-failure.ts
// Publishing to the API is best effort. What the token may not do (401, 403, 404: a fork's read-only token,
// a permission the workflow did not grant) and an API the runner cannot reach or that does not answer in time
// are notices; a server error that outlasted the retries, or a rate limit not worth waiting for, is a
// warning. None changes the verdict: the annotations, the job summary and the exit code already carry it.
// Only a SecretLeakError stops the run.


function classifyApiFailure(error) {
    if (error instanceof timed_fetch/* RequestTimeoutError */.DH)
        return 'timeout';
    const http = (error ?? {});
    if (http.request && !http.response)
        return 'unreachable';
    const status = http.status;
    const headers = http.response?.headers ?? {};
    const rateLimited = headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(http.message ?? '');
    if ((status === 403 || status === 429) && rateLimited)
        return 'rate-limit';
    if (status === 401)
        return 'unauthorized';
    if (status === 403)
        return 'forbidden';
    if (status === 404)
        return 'not-found';
    if (status !== undefined && status >= 500)
        return 'server';
    return 'other';
}
const STILL_LISTED = 'The verdict is unchanged; the annotations and the job summary list every finding.';
/** Runs one publishing step; returns false when it failed or was skipped (already logged). */
async function bestEffort(what, permission, log, step, run = {}) {
    if (run.unreachable) {
        log.notice(`Skipped: ${what}, because ${run.unreachable}. ${STILL_LISTED}`);
        return false;
    }
    try {
        await step();
        return true;
    }
    catch (error) {
        if (error instanceof secret_guard/* SecretLeakError */.q)
            throw error;
        const kind = classifyApiFailure(error);
        const message = firstLine(error.message);
        const status = error.status;
        switch (kind) {
            case 'timeout':
                run.unreachable = 'the GitHub API did not answer in time earlier in this run';
                log.notice(`Could not ${what}: the GitHub API did not answer in time (${message}). ${STILL_LISTED}`);
                break;
            case 'unreachable':
                run.unreachable = 'the GitHub API could not be reached earlier in this run';
                log.notice(`Could not ${what}: the GitHub API could not be reached (${firstLine((0,timed_fetch/* networkMessage */.kl)(error))}), retries included. ${STILL_LISTED}`);
                break;
            case 'rate-limit':
                log.warning(`Could not ${what}: GitHub's API rate limit (HTTP ${status}) outlasted the waits this step allows. ${STILL_LISTED}`);
                break;
            case 'unauthorized':
                log.notice(`Could not ${what}: GitHub refused the token (401). Check the \`github-token\` input. ${STILL_LISTED}`);
                break;
            case 'forbidden':
                log.notice(`Could not ${what}: the token may not (403). Grant \`${permission}\` in the workflow's permissions; ` +
                    `on pull requests from forks the token is read-only. The annotations and job summary still list every finding.`);
                break;
            case 'not-found':
                log.notice(`Could not ${what}: the API answered 404 (not found); the token may not see this repository or pull request ` +
                    `(it needs \`${permission}\`). ${STILL_LISTED}`);
                break;
            case 'server':
                log.warning(`Could not ${what} (HTTP ${status}, still failing after retries: ${message}). ${STILL_LISTED}`);
                break;
            default:
                log.warning(`Could not ${what} (${status ? `HTTP ${status}: ` : ''}${message}). ${STILL_LISTED}`);
        }
        return false;
    }
}
function firstLine(message) {
    return (message || 'unknown error').split('\n')[0].slice(0, 300);
}

;// CONCATENATED MODULE: ./src/github/create-check-run.ts
async function createCheckRun(client, run) {
    const response = await client.rest.checks.create({
        owner: run.owner,
        repo: run.repo,
        name: run.name,
        head_sha: run.headSha,
        status: 'in_progress',
        output: run.output,
    });
    return response.data.id;
}

;// CONCATENATED MODULE: ./src/github/update-check-run.ts
async function updateCheckRun(client, update) {
    await client.rest.checks.update({
        owner: update.owner,
        repo: update.repo,
        check_run_id: update.checkRunId,
        output: update.output,
        ...(update.conclusion ? { status: 'completed', conclusion: update.conclusion } : {}),
    });
}

;// CONCATENATED MODULE: ./src/action/check-run.ts


const ANNOTATIONS_PER_REQUEST = 50;
async function publishCheckRun(client, target, annotations, summary, perRequest = ANNOTATIONS_PER_REQUEST) {
    const batches = [];
    for (let i = 0; i < annotations.length; i += perRequest)
        batches.push(annotations.slice(i, i + perRequest));
    const output = (batch) => ({
        title: summary.title,
        summary: summary.text,
        ...(batch && batch.length > 0 ? { annotations: batch } : {}),
    });
    const id = await createCheckRun(client, { ...target, output: output(batches[0]) });
    const run = { owner: target.owner, repo: target.repo, checkRunId: id };
    const rest = batches.slice(1);
    try {
        for (let i = 0; i < rest.length; i++) {
            const last = i === rest.length - 1;
            await updateCheckRun(client, { ...run, output: output(rest[i]), ...(last ? { conclusion: summary.conclusion } : {}) });
        }
        if (rest.length === 0)
            await updateCheckRun(client, { ...run, output: output(undefined), conclusion: summary.conclusion });
    }
    catch (error) {
        // A run left in progress shows as pending on the pull request for good: conclude it, without the
        // annotations that failed, before the failure is reported as usual.
        const text = `${summary.text}\n\nSome annotations could not be attached to this check run; the job log lists every finding.`;
        await updateCheckRun(client, {
            ...run,
            output: { title: summary.title, summary: text },
            conclusion: summary.conclusion,
        }).catch(() => undefined);
        throw error;
    }
    return id;
}

;// CONCATENATED MODULE: ./src/github/create-comment.ts
async function createComment(client, ref, body) {
    const response = await client.rest.issues.createComment({
        owner: ref.owner,
        repo: ref.repo,
        issue_number: ref.issueNumber,
        body,
    });
    return response.data.id;
}

;// CONCATENATED MODULE: ./src/github/find-comment.ts
/** The oldest comment whose body holds `marker`; null when there is none. Stops at the first hit. */
async function findCommentByMarker(client, ref, marker) {
    const pages = client.paginate.iterator(client.rest.issues.listComments, {
        owner: ref.owner,
        repo: ref.repo,
        issue_number: ref.issueNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        const hit = page.data.find((comment) => comment.body?.includes(marker));
        if (hit)
            return { id: hit.id, body: hit.body ?? '' };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/github/update-comment.ts
async function updateComment(client, target, body) {
    await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: target.commentId,
        body,
    });
}

;// CONCATENATED MODULE: ./src/action/pr-comment.ts



const COMMENT_MARKER = '<!-- mistral-guard:pr-comment -->';
/** A second hidden line remembers the most keys the comment ever reported, so later runs can say "fixed". */
const STATE = /<!-- mistral-guard:reported=(\d+) -->/;
function stateLine(reported) {
    return `<!-- mistral-guard:reported=${reported} -->`;
}
/** Keys reported by earlier runs' comment; 0 when it never reported any. */
function previouslyReported(body) {
    const match = STATE.exec(body);
    return match ? Number(match[1]) : 0;
}
/**
 * `render(previous)` gets the body of the existing comment (or null) and returns the new body, which must
 * start with COMMENT_MARKER; `needed` says whether a comment is worth creating when none exists yet.
 */
async function upsertPrComment(client, ref, needed, render) {
    const existing = await findCommentByMarker(client, ref, COMMENT_MARKER);
    if (!existing && !needed)
        return 'not needed';
    const body = render(existing?.body ?? null);
    if (!existing) {
        await createComment(client, ref, body);
        return 'created';
    }
    if (existing.body === body)
        return 'unchanged';
    await updateComment(client, { owner: ref.owner, repo: ref.repo, commentId: existing.id }, body);
    return 'updated';
}

;// CONCATENATED MODULE: ./src/action/comment-body.ts
// The PR comment's text: the markdown report under a hidden marker, plus a line that says "fixed" once
// earlier runs reported keys and this one finds none (and keeps saying so while the PR stays clean).


function commentBody(report, links, previous) {
    const leaks = report.findings.length;
    const before = previous ? previouslyReported(previous) : 0;
    const head = [COMMENT_MARKER, stateLine(Math.max(before, leaks)), '## mistral-guard', ''];
    if (before > 0 && leaks === 0) {
        head.push(`✅ **Fixed:** the ${before === 1 ? 'leaked key reported earlier is' : `${before} leaked keys reported earlier are`} no longer added by this pull request (as of ${links.ref.slice(0, 7)}). If ${before === 1 ? 'it was' : 'they were'} ever pushed, still rotate and revoke ${before === 1 ? 'it' : 'them'}.`, '');
    }
    const prefix = `${head.join('\n')}\n`;
    const footer = `\n<sub>Updated for ${links.ref.slice(0, 7)}; this comment is edited in place on every run.</sub>\n`;
    return prefix + (0,markdown/* renderMarkdownWithin */.TQ)(report, { heading: '', links }, markdown/* COMMENT_LIMIT */.W$ - prefix.length - footer.length) + footer;
}

// EXTERNAL MODULE: ./src/action/links.ts
var action_links = __webpack_require__(303);
// EXTERNAL MODULE: ./src/action/report-files.ts + 4 modules
var report_files = __webpack_require__(8958);
;// CONCATENATED MODULE: ./src/action/verdict.ts
function judge(report, failOn) {
    const leaks = report.findings.length;
    const live = report.findings.filter((finding) => finding.verification === 'verified').length;
    const failedChecks = report.checks.filter((check) => check.status === 'fail').length;
    const warnedChecks = report.checks.filter((check) => check.status === 'warn').length;
    const reasons = [];
    const keys = (n, what) => `${n} ${what} Mistral key${n === 1 ? '' : 's'}`;
    if (failOn === 'verified' && live > 0)
        reasons.push(keys(live, 'live'));
    if (['leak', 'error', 'warning'].includes(failOn) && leaks > 0)
        reasons.push(keys(leaks, 'leaked'));
    if (['error', 'warning'].includes(failOn) && failedChecks > 0)
        reasons.push(`${failedChecks} failed check${failedChecks === 1 ? '' : 's'}`);
    if (failOn === 'warning' && warnedChecks > 0)
        reasons.push(`${warnedChecks} check warning${warnedChecks === 1 ? '' : 's'}`);
    return { failed: reasons.length > 0, leaks, live, failedChecks, warnedChecks, reasons };
}

;// CONCATENATED MODULE: ./src/action/publish.ts









/** GitHub's limit on one step's job summary. */
const SUMMARY_LIMIT = 1024 * 1024;
async function publish(report, settings, plan, out) {
    const verdict = judge(report, settings.failOn);
    const links = (0,action_links/* linksFor */.h)(settings, plan);
    const { owner, repo } = settings.github;
    if (settings.annotations)
        annotate(report, settings.failOn, out.log, out.guard);
    (0,report_files/* writeReportFiles */.t)(report, settings, links, out.guard);
    const summary = out.guard.check((0,markdown/* renderMarkdownWithin */.TQ)(report, { heading: 'mistral-guard', links }, SUMMARY_LIMIT - 1024), 'the job summary');
    try {
        await out.writeSummary(summary);
    }
    catch (error) {
        // A summary file the runner cannot take is a reporting problem: it never changes the verdict.
        out.log.warning(`Could not write the job summary (${error instanceof Error ? error.message : String(error)}). The verdict is unchanged.`);
    }
    // One per run: once the API is out of reach, later steps are skipped rather than each waiting it out.
    const api = {};
    const moreThanShown = report.findings.length > STEP_ANNOTATION_LIMIT;
    const loadClient = out.client;
    if (settings.annotations && moreThanShown && loadClient) {
        await bestEffort('create a check run with every annotation', 'checks: write', out.log, async () => {
            const client = await loadClient();
            const text = `${report.findings.length} leaked keys; the job summary lists them all.`;
            const id = await publishCheckRun(client, { owner, repo, name: settings.checkName, headSha: plan.checkSha }, checkAnnotations(report), {
                title: verdict.failed ? `Failed: ${verdict.reasons.join(', ')}` : `${report.findings.length} leaked keys`,
                text,
                conclusion: verdict.failed ? 'failure' : 'neutral',
            });
            out.log.info(`Check run ${id} carries all ${report.findings.length} annotations (a step shows ${STEP_ANNOTATION_LIMIT}).`);
        }, api);
    }
    else if (settings.annotations && moreThanShown) {
        out.log.notice(`${report.findings.length} leaked keys: a step shows ${STEP_ANNOTATION_LIMIT} annotations; the job summary lists them all.`);
    }
    if (settings.comment && plan.pullRequest && loadClient) {
        // Quiet when all is well: a comment is only started for something that needs a reviewer.
        const needed = report.findings.length > 0 || verdict.failed;
        const ref = { owner, repo, issueNumber: plan.pullRequest.number };
        await bestEffort('update the pull request comment', 'pull-requests: write', out.log, async () => {
            const client = await loadClient();
            const outcome = await upsertPrComment(client, ref, needed, (previous) => out.guard.check(commentBody(report, links, previous), 'the PR comment'));
            out.log.info(`Pull request comment: ${outcome}.`);
        }, api);
    }
    out.setOutput('leaks', String(verdict.leaks));
    out.setOutput('failed-checks', String(verdict.failedChecks));
    out.setOutput('report', settings.reportFile);
    out.setOutput('sarif-file', settings.sarifFile ?? '');
    return verdict;
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

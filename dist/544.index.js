export const id = 544;
export const ids = [544];
export const modules = {

/***/ 3544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionOutlets: () => (/* binding */ actionOutlets),
/* harmony export */   engineLogger: () => (/* binding */ engineLogger)
/* harmony export */ });
/** `tuning` shrinks the API client's retries, waits and timeout in tests; production takes the defaults. */
function actionOutlets(settings, commands, guard, tuning = {}) {
    const { token, apiUrl } = settings.github;
    const log = commands.log;
    if (!token)
        log.notice('No github-token: the PR comment and the check run are skipped; annotations and the job summary still list every finding.');
    return {
        log,
        client: token ? clientLoader(token, apiUrl, log, guard, tuning) : null,
        guard,
        writeSummary: async (markdown) => {
            // Outside a runner (no GITHUB_STEP_SUMMARY) there is no summary to write.
            if (!process.env.GITHUB_STEP_SUMMARY)
                return log.debug('GITHUB_STEP_SUMMARY is not set: no job summary.');
            await commands.appendSummary(markdown);
        },
        setOutput: (name, value) => commands.setOutput(name, guard.check(value, `output '${name}'`)),
    };
}
/** Builds the one client on the first call (@actions/github, octokit and undici load then) and keeps it. */
function clientLoader(token, baseUrl, log, guard, tuning) {
    let client = null;
    return () => {
        client ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(392), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584)).then(({ createClient }) => createClient({
            ...tuning,
            token,
            baseUrl,
            log: {
                debug: (message) => log.debug(message),
                info: (message) => log.info(message),
                notice: (message) => log.notice(message),
                warning: (message) => log.warning(message),
            },
            inspectBody: (body) => guard.check(body, 'a GitHub API request'),
        }));
        return client;
    };
}
/** The engine speaks through this: its lines go to the runner's log. */
function engineLogger(log) {
    return { debug: (message) => log.debug(message), info: (message) => log.info(message), warn: (message) => log.warning(message) };
}


/***/ })

};

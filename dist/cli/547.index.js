export const id = 547;
export const ids = [547,360];
export const modules = {

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_BASELINE_FILE: () => (/* binding */ DEFAULT_BASELINE_FILE),
/* harmony export */   baselineText: () => (/* binding */ baselineText),
/* harmony export */   loadBaseline: () => (/* binding */ loadBaseline),
/* harmony export */   parseBaseline: () => (/* binding */ parseBaseline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2311);
/* harmony import */ var _config_config_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5877);
// A baseline lists the fingerprints of findings a team has accepted (old, rotated keys), so only new ones
// fail. `--baseline FILE` reads this file or a JSON report; `mistral-guard baseline` writes it, sorted.



const DEFAULT_BASELINE_FILE = '.mistral-guard-baseline.json';
const fingerprintSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'a 64-character lowercase hex fingerprint');
const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1), fingerprints: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fingerprintSchema) });
const reportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ fingerprint: fingerprintSchema }).passthrough()),
});
/**
 * Reads a baseline (or a JSON report) and returns its fingerprints; a bad file is a usage error naming it
 * (`shown`, as the user gave it).
 */
function loadBaseline(file, shown = file) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'it does not exist' : error.message;
        throw new _config_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`Baseline file '${shown}' cannot be read: ${reason}.`);
    }
    return new Set(parseBaseline(text, shown));
}
function parseBaseline(text, file) {
    let raw;
    try {
        raw = JSON.parse(text.replace(/^\ufeff/, ''));
    }
    catch (error) {
        throw new _config_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`Baseline file '${file}' is not valid JSON: ${error.message}`);
    }
    const asBaseline = baselineSchema.safeParse(raw);
    if (asBaseline.success)
        return asBaseline.data.fingerprints;
    const asReport = reportSchema.safeParse(raw);
    if (asReport.success)
        return asReport.data.findings.map((finding) => finding.fingerprint);
    const isReport = typeof raw === 'object' && raw !== null && 'findings' in raw;
    const issue = (isReport ? asReport.error : asBaseline.error).issues[0];
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    throw new _config_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`Baseline file '${file}' is invalid: field '${field}': ${issue.message}. ` +
        `Expected { "version": 1, "fingerprints": [...] } or a mistral-guard JSON report.`);
}
/** The baseline text for these findings: distinct fingerprints, sorted, so reruns give the same bytes. */
function baselineText(findings) {
    const body = { version: 1, fingerprints: [...new Set(findings.map((f) => f.fingerprint))].sort() };
    return `${JSON.stringify(body, null, 2)}\n`;
}


/***/ }),

/***/ 547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baselineCommand: () => (/* binding */ baselineCommand)
/* harmony export */ });
/* harmony import */ var _baseline_baseline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6360);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4207);
/* harmony import */ var _settings_from_argv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4120);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(689);
// `mistral-guard baseline`: scans like `scan` and writes the findings' fingerprints, so that later runs with
// `--baseline FILE` report only what is new. Any --baseline given is not applied here: the file written
// lists everything found now.





const USAGE = `Usage: mistral-guard baseline [--output FILE] [scan options] [range]

Writes the fingerprints of the current findings to a baseline file (default ${_baseline_baseline_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_BASELINE_FILE};
'-' for stdout). Commit it and pass --baseline ${_baseline_baseline_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_BASELINE_FILE} to scan so that only new leaks fail.
Fingerprints reveal nothing of the keys.

Options (as for scan; --format, --fail-on and --baseline do not apply):
${_settings_from_argv_js__WEBPACK_IMPORTED_MODULE_3__/* .SCAN_FLAGS_HELP */ .g2}
`;
const baselineCommand = async (argv, io) => {
    const options = (0,_settings_from_argv_js__WEBPACK_IMPORTED_MODULE_3__/* .scanOptionsFromArgv */ .cB)(argv, io.cwd, { output: _baseline_baseline_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_BASELINE_FILE });
    if (options.help) {
        io.stdout.write(USAGE);
        return 0;
    }
    const log = (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D)(io.stderr, { verbose: options.verbose });
    const settings = { ...options.settings, baselineFile: undefined, checks: false, verify: false };
    const { report } = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scan */ .SQ)(settings, log);
    const text = (0,_baseline_baseline_js__WEBPACK_IMPORTED_MODULE_0__.baselineText)(report.findings);
    if (options.output) {
        (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__.writeReport)(options.output, text);
        log.info(`Wrote ${report.findings.length} fingerprint(s) to ${options.output}.`);
    }
    else {
        io.stdout.write(text);
    }
    return 0;
};


/***/ })

};

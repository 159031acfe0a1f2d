export const id = 547;
export const ids = [547];
export const modules = {

/***/ 547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baselineCommand: () => (/* binding */ baselineCommand)
/* harmony export */ });
/* harmony import */ var _baseline_baseline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6360);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(304);
/* harmony import */ var _settings_from_argv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4120);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(689);
// `mistral-guard baseline`: scans like `scan` and writes the findings' fingerprints, so that later runs with
// `--baseline FILE` report only what is new. Any --baseline given is not applied here: the file written
// lists everything found now.





const USAGE = `Usage: mistral-guard baseline [--output FILE] [scan options] [range]

Writes the fingerprints of the current findings to a baseline file (default ${_baseline_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BASELINE_FILE */ .vy};
'-' for stdout). Commit it and pass --baseline ${_baseline_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BASELINE_FILE */ .vy} to scan so that only new leaks fail.
Fingerprints reveal nothing of the keys.

Options (as for scan; --format, --fail-on and --baseline do not apply):
${_settings_from_argv_js__WEBPACK_IMPORTED_MODULE_3__/* .SCAN_FLAGS_HELP */ .g2}
`;
const baselineCommand = async (argv, io) => {
    const options = (0,_settings_from_argv_js__WEBPACK_IMPORTED_MODULE_3__/* .scanOptionsFromArgv */ .cB)(argv, io.cwd, { output: _baseline_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BASELINE_FILE */ .vy });
    if (options.help) {
        io.stdout.write(USAGE);
        return 0;
    }
    const log = (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D)(io.stderr, { verbose: options.verbose });
    const settings = { ...options.settings, baselineFile: undefined, checks: false, verify: false };
    const { report } = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scan */ .SQ)(settings, log);
    const text = (0,_baseline_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineText */ .BW)(report.findings);
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

export const id = 833;
export const ids = [833];
export const modules = {

/***/ 1833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishNothing: () => (/* binding */ publishNothing)
/* harmony export */ });
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(303);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8958);


async function publishNothing(reason, settings, plan, out) {
    out.log.notice(`Nothing to scan: ${reason}.`);
    const empty = {
        version: 1,
        mode: 'diff',
        findings: [],
        checks: [],
        stats: { files: 0, commits: 0, bytes: 0, skipped: 0, durationMs: 0 },
    };
    (0,_report_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeReportFiles */ .t)(empty, settings, (0,_links_js__WEBPACK_IMPORTED_MODULE_1__/* .linksFor */ .h)(settings, plan), out.guard);
    await out.writeSummary(`## mistral-guard\n\nℹ️ Nothing to scan: ${reason}.\n`);
    out.setOutput('leaks', '0');
    out.setOutput('failed-checks', '0');
    out.setOutput('report', settings.reportFile);
    out.setOutput('sarif-file', settings.sarifFile ?? '');
}


/***/ })

};

export const id = 447;
export const ids = [447];
export const modules = {

/***/ 6447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pathAllowList: () => (/* binding */ pathAllowList)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);
// `allow.paths`: config globs of files whose keys are never reported (fixtures, docs). The inline
// `mistral-guard:allow` comment is the detector's business (src/detect/detector.ts).

/** A matcher for repository-relative paths; dotfiles match like any other file. */
function pathAllowList(globs) {
    if (globs.length === 0)
        return () => false;
    const matchers = globs.map((glob) => new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(glob, { dot: true }));
    return (file) => matchers.some((matcher) => matcher.match(file));
}


/***/ })

};

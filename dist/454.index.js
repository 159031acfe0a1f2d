export const id = 454;
export const ids = [454];
export const modules = {

/***/ 1454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCoreCommands: () => (/* binding */ loadCoreCommands)
/* harmony export */ });
async function loadCoreCommands() {
    const core = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(421)]).then(__webpack_require__.bind(__webpack_require__, 6421));
    return {
        log: {
            debug: (message) => core.debug(message),
            info: (message) => core.info(message),
            notice: (message, place) => core.notice(message, place),
            warning: (message, place) => core.warning(message, place),
            error: (message, place) => core.error(message, place),
        },
        setOutput: (name, value) => core.setOutput(name, value),
        appendSummary: async (markdown) => {
            await core.summary.addRaw(markdown).write();
        },
        setFailed: (message) => core.setFailed(message),
    };
}


/***/ })

};

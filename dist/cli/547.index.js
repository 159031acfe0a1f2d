export const id = 547;
export const ids = [547];
export const modules = {

/***/ 547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baselineCommand: () => (/* binding */ baselineCommand)
/* harmony export */ });
// Placeholder until its issue lands.
const baselineCommand = async (_argv, io) => {
    io.stderr.write('mistral-guard: baseline is not implemented yet\n');
    return 2;
};


/***/ })

};

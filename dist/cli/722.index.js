export const id = 722;
export const ids = [722];
export const modules = {

/***/ 722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initCommand: () => (/* binding */ initCommand)
/* harmony export */ });
// Placeholder until its issue lands.
const initCommand = async (_argv, io) => {
    io.stderr.write('mistral-guard: init is not implemented yet\n');
    return 2;
};


/***/ })

};

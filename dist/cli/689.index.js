export const id = 689;
export const ids = [689];
export const modules = {

/***/ 689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanCommand: () => (/* binding */ scanCommand)
/* harmony export */ });
// Placeholder until the engine lands.
const scanCommand = async (_argv, io) => {
    io.stderr.write('mistral-guard: scan is not implemented yet\n');
    return 2;
};


/***/ })

};

export const id = 483;
export const ids = [483];
export const modules = {

/***/ 483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand)
/* harmony export */ });
// Placeholder until its issue lands.
const planCommand = async (_argv, io) => {
    io.stderr.write('mistral-guard: plan is not implemented yet\n');
    return 2;
};


/***/ })

};

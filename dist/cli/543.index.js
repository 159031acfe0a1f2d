export const id = 543;
export const ids = [543];
export const modules = {

/***/ 9543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseEnvConfig: () => (/* binding */ parseEnvConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Reads one per-environment config file (JSON or YAML; `yaml` reads both) keeping the source position of every
// value, so that a violation is reported at its own line. Loaded only when such a file is there.

function parseEnvConfig(file, text) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    const environment = dot > 0 ? base.slice(0, dot) : base;
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
    const lineOf = (path) => lineIn(doc, counter, path);
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = counter.linePos(first.pos[0]).line;
        return { file, environment, error: { line, message: first.message.split('\n')[0] }, lineOf };
    }
    return { file, environment, data: doc.toJS({ maxAliasCount: 100 }), lineOf };
}
function lineIn(doc, counter, path) {
    let node = doc.contents;
    let line = 1;
    for (const segment of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                return line;
            const at = pair.value?.range ?? ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.range : undefined);
            if (at)
                line = counter.linePos(at[0]).line;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (!item?.range)
                return line;
            line = counter.linePos(item.range[0]).line;
            node = item;
        }
        else {
            return line;
        }
    }
    return line;
}


/***/ })

};

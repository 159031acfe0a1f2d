export const id = 282;
export const ids = [282];
export const modules = {

/***/ 8282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   violationsOf: () => (/* binding */ violationsOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _env_config_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6923);
/* harmony import */ var _key_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(862);
// What an environment config must be, file by file: the key comes from a variable, the models are a subset of
// the environment's allowed ones, the token budget is within its own. Loaded by env-configs.ts only when some
// config file is there to check.



/** The shape of an environment config; other keys (temperature, timeouts…) are the application's own. */
const envConfigShape = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    apiKey: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    allowedModels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    maxTokensPerRequest: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
});
function violationsOf(config, environments, policyFile) {
    const { file } = config;
    const at = (path) => ({ file, line: config.lineOf(path) });
    if (config.error) {
        return [{ text: `${file}:${config.error.line} is not valid JSON or YAML (${config.error.message})`, location: { file, line: config.error.line } }];
    }
    const policy = Object.hasOwn(environments, config.environment) ? environments[config.environment] : undefined;
    if (!policy) {
        return [
            {
                text: `${file} is for environment '${config.environment}', which the policy does not know ` +
                    `(${Object.keys(environments).join(', ')}): add it under environments in ${policyFile} or rename the file`,
                location: { file, line: 1 },
            },
        ];
    }
    if (!(0,_env_config_files_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config.data)) {
        return [{ text: `${file} must be a mapping with ${_env_config_files_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV_CONFIG_KEYS */ .Yv.join(', ')}`, location: { file, line: 1 } }];
    }
    const data = config.data;
    const violations = [];
    for (const key of _env_config_files_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV_CONFIG_KEYS */ .Yv) {
        if (data[key] === undefined)
            violations.push({ text: `${file} has no ${key}`, location: { file, line: 1 } });
    }
    const shape = envConfigShape.safeParse(data);
    if (!shape.success) {
        for (const issue of shape.error.issues) {
            const path = issue.path.filter((segment) => typeof segment !== 'symbol');
            if (path.length === 1 && data[String(path[0])] === undefined)
                continue; // reported as missing above
            violations.push({ text: `${file}:${config.lineOf(path)} ${path.join('.')}: ${describe(issue)}`, location: at(path) });
        }
    }
    const apiKey = (0,_env_config_files_js__WEBPACK_IMPORTED_MODULE_0__/* .apiKeyOf */ .n4)(data);
    if (apiKey.kind === 'literal') {
        violations.push({
            text: `${file}:${config.lineOf(['apiKey'])} apiKey holds a literal value: reference a variable instead, ` +
                `e.g. "\${MISTRAL_API_KEY_${config.environment.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}}", and rotate the key if it was real`,
            location: at(['apiKey']),
        });
    }
    else if (apiKey.kind === 'missing' && typeof data.apiKey === 'string') {
        violations.push({ text: `${file}:${config.lineOf(['apiKey'])} apiKey is empty: reference a variable`, location: at(['apiKey']) });
    }
    if (Array.isArray(data.allowedModels)) {
        data.allowedModels.forEach((model, index) => {
            if (typeof model !== 'string' || policy.allowedModels.includes(model))
                return;
            const shown = (0,_key_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeKey */ .z)(model) ? '(a key-shaped value)' : model;
            violations.push({
                text: `${file}:${config.lineOf(['allowedModels', index])} model ${shown} is not allowed in ${config.environment} ` +
                    `(allowed: ${policy.allowedModels.join(', ')})`,
                location: at(['allowedModels', index]),
            });
        });
    }
    const maxTokens = data.maxTokensPerRequest;
    if (typeof maxTokens === 'number' && Number.isInteger(maxTokens) && maxTokens > policy.maxTokensPerRequest) {
        violations.push({
            text: `${file}:${config.lineOf(['maxTokensPerRequest'])} maxTokensPerRequest ${maxTokens} exceeds ` +
                `${policy.maxTokensPerRequest}, the most ${config.environment} may ask for`,
            location: at(['maxTokensPerRequest']),
        });
    }
    return violations;
}
function describe(issue) {
    if (issue.code === 'invalid_type')
        return `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}`;
    if (issue.code === 'too_small')
        return 'expected a positive integer';
    return issue.message;
}


/***/ })

};

export const id = 383;
export const ids = [383];
export const modules = {

/***/ 9383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configJsonSchema: () => (/* binding */ configJsonSchema),
/* harmony export */   schemaCommand: () => (/* binding */ schemaCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8439);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(131);


/** The JSON Schema of `.mistral-guard.yml`, generated from the zod schema so the two never drift. */
function configJsonSchema() {
    return {
        $id: 'https://github.com/mistral-guard/mistral-guard/dist/mistral-guard.schema.json',
        title: 'mistral-guard configuration (.mistral-guard.yml)',
        ...zod__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .configSchema */ .Q, { io: 'input' }),
    };
}
const schemaCommand = async (_argv, io) => {
    io.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    return 0;
};


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ configSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2311);
// `.mistral-guard.yml`: one zod schema for the whole file, so every field is checked the same way and
// the published JSON Schema (dist/mistral-guard.schema.json) is generated from it, never hand-kept.
//
// The policy sections (environments, envConfigs, env, envTemplates, gitignore) are optional: a section left
// out takes the checklist's default (src/checks/policy.ts), a section given replaces that default whole.
//   environments  development and staging: mistral-small-latest + mistral-large-latest, 1000 / 2000 tokens;
//                 production: mistral-small-latest, 4000 tokens
//   envConfigs    config/environments/*.{json,yaml,yml} (only files with apiKey/allowedModels/maxTokensPerRequest)
//   env           MISTRAL_API_KEY required and secret; NODE_ENV one of development, staging, production
//   envTemplates  none beyond env files named *.example, *.sample, *.template, which always count
//   gitignore     probes: none beyond .env, .env.local, .env.*.local, *.pem, *.key, secrets/

/** A strict object whose unknown keys are reported with the keys that are allowed there. */
function strictObject(shape) {
    const known = Object.keys(shape).join(', ');
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(shape, {
        error: (issue) => issue.code === 'unrecognized_keys'
            ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}: expected one of ${known}`
            : undefined,
    });
}
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const envVariable = strictObject({
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe('The variable must be declared in every env template.'),
    secret: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .optional()
        .describe('Templates must leave it empty or hold a placeholder, never a key-shaped value.'),
    enum: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).nonempty().optional().describe('The values the variable may take.'),
});
const environmentPolicy = strictObject({
    allowedModels: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).describe('Models this environment may call.'),
    maxTokensPerRequest: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().describe('Largest max_tokens one request may ask for.'),
});
const probe = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1)
    .refine((value) => !value.startsWith('/') && !value.startsWith('!'), {
    message: 'expected a path relative to the repository root, without a leading / or !',
})
    .refine((value) => !value.split('/').includes('..') && !/[\r\n]/.test(value), {
    message: 'expected a path inside the repository, on one line',
});
const configSchema = strictObject({
    allow: strictObject({
        paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).default([]).describe('minimatch globs of files never scanned for keys.'),
        fingerprints: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'a 64-character lowercase hex fingerprint'))
            .default([])
            .describe('Findings to ignore, by fingerprint.'),
    }).default({ paths: [], fingerprints: [] }),
    environments: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(ENVIRONMENT_NAME, 'expected an environment name (letters, digits, . _ -), as in a file name'), environmentPolicy, { error: (issue) => (issue.code === 'invalid_key' ? 'expected an environment name (letters, digits, . _ -)' : undefined) })
        .optional()
        .describe('Per-environment policy, by environment name (the base name of its config file). Default: development and ' +
        'staging may use mistral-small-latest and mistral-large-latest with 1000 and 2000 tokens, production ' +
        'mistral-small-latest with 4000.'),
    envConfigs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .optional()
        .describe('minimatch globs of per-environment config files (JSON or YAML); the environment is the base name. ' +
        'Default: config/environments/*.{json,yaml,yml}.'),
    env: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(ENV_NAME, 'expected a variable name (letters, digits, _)'), envVariable, { error: (issue) => (issue.code === 'invalid_key' ? 'expected a variable name (letters, digits, _)' : undefined) })
        .optional()
        .describe('The env-variable schema templates are held to. Default: MISTRAL_API_KEY required and secret, NODE_ENV ' +
        'one of development, staging, production.'),
    envTemplates: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .optional()
        .describe('minimatch globs of committed env templates, besides env files named *.example, *.sample, *.template.'),
    gitignore: strictObject({
        probes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(probe)
            .default([])
            .describe('Extra paths (a * stands for any name) that .gitignore must cover, besides .env, .env.local, ' +
            '.env.*.local, *.pem, *.key and secrets/.'),
    }).optional(),
});


/***/ })

};

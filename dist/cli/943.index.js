export const id = 943;
export const ids = [943];
export const modules = {

/***/ 6943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* reexport safe */ _config_file_js__WEBPACK_IMPORTED_MODULE_5__.Cu),
/* harmony export */   loadConfig: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony exports parseConfig, globProblem */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1138);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _fs_read_small_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2768);
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5877);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3797);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(131);
// Reads and validates `.mistral-guard.yml`. A bad file stops the run before anything is scanned,
// with a message naming the file, the field and what was expected.








/**
 * Loads the config named explicitly (must exist) or the default one at the repository root (may be absent).
 */
function loadConfig(root, explicit) {
    const found = (0,_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .configFileOf */ .OY)(root, explicit);
    if (!found)
        return { config: _config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG */ .PV, file: null };
    const { file, shown } = found;
    const read = (0,_fs_read_small_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readSmallFile */ .E)(file, explicit ? node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(file) : root);
    if (!read.ok)
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`Config file '${shown}' cannot be read: ${read.reason}.`);
    const text = read.text;
    return { config: parseConfig(text, shown), file: shown };
}
/** Parses config text; `shown` is the file name used in messages. */
function parseConfig(text, shown) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const where = first.linePos?.[0] ? ` (line ${first.linePos[0].line}, column ${first.linePos[0].col})` : '';
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`Config file '${shown}' is not valid YAML${where}: ${first.message.split('\n')[0]}`);
    }
    const raw = doc.toJS() ?? {};
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .configSchema */ .Q.safeParse(raw);
    if (!parsed.success)
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(describeIssues(shown, parsed.error));
    for (const [field, globs] of globFields(parsed.data)) {
        globs.forEach((glob, index) => {
            const problem = globProblem(glob);
            if (problem) {
                throw new _config_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`Config file '${shown}': field '${field}[${index}]' is not a valid glob ('${glob}'): expected ${problem}.`);
            }
        });
    }
    return parsed.data;
}
function globFields(config) {
    return [
        ['allow.paths', config.allow.paths],
        ['envConfigs', config.envConfigs ?? []],
        ['envTemplates', config.envTemplates ?? []],
    ];
}
function describeIssues(shown, error) {
    const lines = error.issues.slice(0, 5).map((issue) => {
        const field = issue.path.length > 0 ? fieldPath(issue.path) : '(top level)';
        return `field '${field}': ${issue.message}`;
    });
    const more = error.issues.length > 5 ? `\n  … and ${error.issues.length - 5} more` : '';
    return `Config file '${shown}' is invalid:\n  ${lines.join('\n  ')}${more}`;
}
/** minimatch takes almost anything literally, so catch the mistakes that would silently match nothing. */
function globProblem(glob) {
    try {
        new minimatch__WEBPACK_IMPORTED_MODULE_1__/* .Minimatch */ .VR(glob, { dot: true });
    }
    catch (error) {
        return `a glob minimatch accepts (${error.message})`;
    }
    if (glob.startsWith('/'))
        return 'a path relative to the repository root, without a leading /';
    if (glob.split('/').includes('..'))
        return 'a path inside the repository, without .. segments';
    if (!balanced(glob, '[', ']') || !balanced(glob, '{', '}'))
        return 'balanced [ ] and { } brackets';
    return null;
}
function balanced(glob, open, close) {
    let depth = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '\\')
            i++;
        else if (c === open)
            depth++;
        else if (c === close && --depth < 0)
            return false;
    }
    return depth === 0;
}
/** `envConfigs[0]`, `environments.production.maxTokensPerRequest`: the same notation everywhere. */
function fieldPath(parts) {
    return parts.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}


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


/***/ }),

/***/ 2768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readSmallFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Reads a small text file that a repository supplies (a config, a .gitignore) without trusting it: a
// symlink may point at /dev/zero, a FIFO or a file outside the repository, and a pull request controls it.


/**
 * Reads `file` when it is a regular file of at most `maxBytes`. A symlink is followed only when it resolves
 * to a regular file inside `root`. Never throws for the file's sake: the caller words the error.
 */
function readSmallFile(file, root, maxBytes = 1_000_000) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
        if (stat.isSymbolicLink()) {
            const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
            const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), target);
            if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)) {
                return { ok: false, reason: 'it is a symbolic link that leads out of the repository' };
            }
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target);
        }
    }
    catch (error) {
        return { ok: false, reason: error.code ?? 'it cannot be read' };
    }
    if (!stat.isFile())
        return { ok: false, reason: 'it is not a regular file' };
    if (stat.size > maxBytes)
        return { ok: false, reason: `it is larger than ${maxBytes} bytes` };
    try {
        return { ok: true, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') };
    }
    catch (error) {
        return { ok: false, reason: error.code ?? 'it cannot be read' };
    }
}


/***/ })

};

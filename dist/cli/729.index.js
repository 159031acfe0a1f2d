export const id = 729;
export const ids = [729,943];
export const modules = {

/***/ 1630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ CHECK_IDS),
/* harmony export */   Z: () => (/* binding */ CHECK_TITLES)
/* harmony export */ });
// The checklist's rows: stable ids (reports, annotations and users' scripts key on them) and their titles,
// in the order every report shows them. Renaming an id is a breaking change of the JSON report.
const CHECK_TITLES = {
    'no-leaked-keys': 'No Mistral API key in the code',
    'gitignore-covers-secrets': '.gitignore covers secret files',
    'no-tracked-secret-files': 'No secret files in git',
    'env-schema': 'Env templates follow the env schema',
    'env-configs': 'Per-environment configs follow the policy',
    'distinct-keys-per-env': 'Each environment has its own key',
    'https-only': 'Mistral is called over HTTPS only',
    'key-not-logged': 'The key is never logged',
    'manual-key-rotation': 'Keys are rotated regularly',
    'manual-rate-limiting': 'Requests are rate-limited',
    'manual-audit-logging': 'API use is audit-logged',
    'manual-output-sanitisation': 'Model output is sanitised',
};
/** Every check id, automated then manual, in report order. */
const CHECK_IDS = Object.keys(CHECK_TITLES);


/***/ }),

/***/ 4669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ result),
/* harmony export */   Kf: () => (/* binding */ nameSome),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   vW: () => (/* binding */ MAX_NAMED)
/* harmony export */ });
/** At most this many items are named in one message; the locations list them all. */
const MAX_NAMED = 5;
function result(id, title, status, message, locations = []) {
    return { id, title, status, message: oneLine(message), locations: uniqueLocations(locations) };
}
/** Messages stay on one line (table cells, annotations): control characters of odd file names are escaped. */
function oneLine(message) {
    return message.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
function uniqueLocations(locations) {
    const seen = new Set();
    const out = [];
    for (const location of locations) {
        const key = `${location.line}\u0000${location.file}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ file: location.file, line: Math.max(1, location.line) });
    }
    return out;
}
/** `a, b, c and 2 more`: keeps one-line messages short however many items there are. */
function nameSome(items, max = MAX_NAMED, separator = ', ') {
    if (items.length <= max)
        return items.join(separator);
    return `${items.slice(0, max).join(separator)}${separator}and ${items.length - max} more`;
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}


/***/ }),

/***/ 7132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ GITIGNORE_COVERS_SECRETS),
/* harmony export */   sS: () => (/* binding */ gitignoreCoversSecrets),
/* harmony export */   t2: () => (/* binding */ probesFor)
/* harmony export */ });
/* harmony import */ var _check_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1630);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_read_small_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2768);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4669);
/* harmony import */ var _gitignore_probes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9491);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3719);
// `.env`, `.env.local`, `.env.*.local`, `*.pem`, `*.key` and `secrets/` (plus `gitignore.probes`) must be
// ignored by the repository's own .gitignore files, at the root and in subfolders, as git decides it.







const GITIGNORE_COVERS_SECRETS = 'gitignore-covers-secrets';
const TITLE = _check_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_TITLES */ .Z[GITIGNORE_COVERS_SECRETS];
function probesFor(extra) {
    const probes = [..._gitignore_probes_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILTIN_PROBES */ .KP];
    for (const entry of extra)
        if (!probes.some((probe) => probe.line === entry))
            probes.push((0,_gitignore_probes_js__WEBPACK_IMPORTED_MODULE_4__/* .configProbe */ .Tk)(entry));
    return probes;
}
const gitignoreCoversSecrets = async (run) => {
    if (run.files.bare) {
        return (0,_check_js__WEBPACK_IMPORTED_MODULE_6__/* .result */ .Ke)(GITIGNORE_COVERS_SECRETS, TITLE, 'skip', 'A bare repository has no working tree to ignore files in.');
    }
    const probes = probesFor((0,_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .policyOf */ .US)(run.config).gitignoreProbes);
    const analysis = await (0,_gitignore_probes_js__WEBPACK_IMPORTED_MODULE_4__/* .analyseGitignore */ .GK)(run.root, probes);
    const { linesToAdd, negations } = analysis;
    if (linesToAdd.length === 0 && negations.length === 0) {
        return (0,_check_js__WEBPACK_IMPORTED_MODULE_6__/* .result */ .Ke)(GITIGNORE_COVERS_SECRETS, TITLE, 'pass', `.gitignore covers ${(0,_check_js__WEBPACK_IMPORTED_MODULE_6__/* .nameSome */ .Kf)(probes.map((probe) => probe.line), probes.length)}, at the root and in subfolders.`);
    }
    const parts = [];
    const locations = [];
    if (linesToAdd.length > 0) {
        let add = `Add these lines to .gitignore: ${linesToAdd.map((line) => `\`${line}\``).join(', ')}`;
        const rootGitignore = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(run.root, '.gitignore');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(rootGitignore))
            locations.push({ file: '.gitignore', line: lastLine(rootGitignore, run.root) });
        const rootNegations = new Map();
        for (const outcome of analysis.outcomes) {
            if (outcome.state === 'negated' && outcome.source?.file === '.gitignore') {
                rootNegations.set(outcome.source.line, outcome.source.pattern);
            }
        }
        if (rootNegations.size > 0) {
            const named = [...rootNegations].map(([line, pattern]) => `'${pattern}' on line ${line}`);
            add += ` (at the end, below ${(0,_check_js__WEBPACK_IMPORTED_MODULE_6__/* .nameSome */ .Kf)(named)}, which un-ignore${rootNegations.size === 1 ? 's' : ''} them; or remove ${rootNegations.size === 1 ? 'that line' : 'those lines'})`;
            for (const line of rootNegations.keys())
                locations.push({ file: '.gitignore', line });
        }
        if (analysis.outcomes.some((o) => o.state === 'missing' && o.ignoredLocallyOnly)) {
            add += ' (.git/info/exclude or a global excludes file covers some of them, but on this machine only)';
        }
        parts.push(add);
    }
    const byLine = new Map();
    for (const negation of negations)
        byLine.set(`${negation.file}:${negation.line}`, negation);
    if (byLine.size > 0) {
        const named = [...byLine.entries()].map(([where, negation]) => `${where} '${negation.pattern}' (un-ignores ${negation.path})`);
        parts.push(`${parts.length > 0 ? 'remove' : 'Remove'} ${(0,_check_js__WEBPACK_IMPORTED_MODULE_6__/* .nameSome */ .Kf)(named)}: a nested .gitignore wins over the root one`);
        for (const negation of byLine.values())
            locations.push({ file: negation.file, line: negation.line });
    }
    return (0,_check_js__WEBPACK_IMPORTED_MODULE_6__/* .result */ .Ke)(GITIGNORE_COVERS_SECRETS, TITLE, 'fail', `${parts.join('; ')}.`, locations);
};
function lastLine(file, root) {
    const read = (0,_fs_read_small_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readSmallFile */ .E)(file, root);
    if (!read.ok)
        return 1;
    return Math.max(1, read.text.split('\n').length - (read.text.endsWith('\n') ? 1 : 0));
}


/***/ }),

/***/ 9491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ analyseGitignore),
/* harmony export */   KP: () => (/* binding */ BUILTIN_PROBES),
/* harmony export */   Tk: () => (/* binding */ configProbe)
/* harmony export */ });
/* unused harmony export PROBE_SUBFOLDER */
/* harmony import */ var _git_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8433);
// Asks git itself whether secret files would be ignored, by probing paths that need not exist
// (`git check-ignore --no-index`), at the root, in a made-up subfolder and in every folder that has its own
// .gitignore, so anchored patterns, nested files and `!` negations all count as git counts them.
//
// Only the .gitignore files of the repository count, as they are what every clone shares: a match that
// comes from .git/info/exclude or a developer's global excludes file protects one machine only. Git gives
// per-folder .gitignore files precedence over both, so the pattern `check-ignore -v` reports tells us
// whether the shared files decide: if its source is not a .gitignore, no .gitignore matched.

const BUILTIN_PROBES = [
    { line: '.env', sample: '.env', everywhere: true },
    { line: '.env.local', sample: '.env.local', everywhere: true },
    { line: '.env.*.local', sample: '.env.production.local', everywhere: true },
    { line: '*.pem', sample: 'mistral.pem', everywhere: true },
    { line: '*.key', sample: 'mistral.key', everywhere: true },
    { line: 'secrets/', sample: 'secrets/mistral-api-key', everywhere: true },
];
/** A folder that does not exist, so that only patterns meant for every folder cover it. */
const PROBE_SUBFOLDER = 'any-subfolder/';
/** Folders with their own .gitignore beyond this many are not probed (a monorepo's vendored trees). */
const MAX_PROBE_FOLDERS = 500;
/**
 * Turns a `gitignore.probes` entry into a probe. An entry is a path or a simple pattern (`*.p12`,
 * `credentials.json`, `private/`); a `*` or `?` is probed as an `x`. Entries without an inner slash apply
 * in every folder, like the .gitignore line they ask for.
 */
function configProbe(entry) {
    const directory = entry.endsWith('/');
    const base = directory ? entry.slice(0, -1) : entry;
    const sample = base.replace(/[*?]/g, 'x').replace(/[[\]{}]/g, '');
    return { line: entry, sample: directory ? `${sample}/mistral-guard-probe` : sample, everywhere: !base.includes('/') };
}
async function analyseGitignore(root, probes) {
    const folders = ['', PROBE_SUBFOLDER, ...(await foldersWithGitignore(root))];
    const asked = [];
    const seen = new Set();
    for (const probe of probes) {
        for (const folder of probe.everywhere ? folders : ['']) {
            const probed = folder + probe.sample;
            if (seen.has(probed))
                continue;
            seen.add(probed);
            asked.push({ probe, folder, path: probed });
        }
    }
    const verdicts = await checkIgnore(root, asked.map((entry) => entry.path));
    const outcomes = asked.map((entry) => {
        const verdict = verdicts.get(entry.path);
        const shared = verdict !== undefined && isRepositoryGitignore(verdict.file);
        if (!verdict || !shared) {
            return { ...entry, state: 'missing', ignoredLocallyOnly: verdict !== undefined && !verdict.pattern.startsWith('!') };
        }
        const state = verdict.pattern.startsWith('!') ? 'negated' : 'ignored';
        return { ...entry, state, source: verdict, ignoredLocallyOnly: false };
    });
    const linesToAdd = [];
    const negations = [];
    for (const outcome of outcomes) {
        const rootFixes = outcome.state === 'missing' || (outcome.state === 'negated' && outcome.source?.file === '.gitignore');
        if (rootFixes && !linesToAdd.includes(outcome.probe.line))
            linesToAdd.push(outcome.probe.line);
        if (outcome.state === 'negated' && outcome.source && outcome.source.file !== '.gitignore') {
            negations.push({ ...outcome.source, path: outcome.path });
        }
    }
    // Keep the probe order, which groups related lines the way a hand-written .gitignore does.
    const order = probes.map((probe) => probe.line);
    linesToAdd.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return { outcomes, linesToAdd, negations };
}
/** A per-folder .gitignore of the work tree, as check-ignore names it (relative, never under .git/). */
function isRepositoryGitignore(file) {
    if (file.startsWith('/') || file.startsWith('../') || file.startsWith('.git/'))
        return false;
    return file === '.gitignore' || file.endsWith('/.gitignore');
}
/** Folders (ending in '/') holding a .gitignore, tracked or new; ignored folders are not looked into. */
async function foldersWithGitignore(root) {
    const result = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ':(glob)**/.gitignore'], { cwd: root, allowFailure: true });
    if (result.code !== 0)
        return [];
    const folders = new Set();
    for (const file of result.stdout.toString('utf8').split('\0')) {
        if (!file.endsWith('/.gitignore'))
            continue;
        folders.add(file.slice(0, -'.gitignore'.length));
    }
    return [...folders].sort().slice(0, MAX_PROBE_FOLDERS);
}
/** The deciding pattern for each path that any exclude source matches (negations included). */
async function checkIgnore(root, paths) {
    // The global excludes file is switched off outright; info/exclude is filtered out by its source.
    const result = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['-c', 'core.excludesFile=/dev/null', 'check-ignore', '--no-index', '--stdin', '-z', '-v', '-n'], { cwd: root, input: paths.map((file) => `${file}\0`).join(''), allowFailure: true });
    // Exit 1 means "nothing ignored", which is an answer; 128 is a real error.
    if (result.code > 1)
        throw new Error(`git check-ignore failed: ${result.stderr.trim().split('\n')[0]}`);
    const fields = result.stdout.toString('utf8').split('\0');
    const verdicts = new Map();
    for (let i = 0; i + 3 < fields.length; i += 4) {
        const [file, line, pattern, probed] = fields.slice(i, i + 4);
        if (file)
            verdicts.set(probed, { file, line: Number(line), pattern });
    }
    return verdicts;
}


/***/ }),

/***/ 3719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ policyOf),
/* harmony export */   c8: () => (/* binding */ secretVariables),
/* harmony export */   ee: () => (/* binding */ allowedPath)
/* harmony export */ });
/* unused harmony exports DEFAULT_ENVIRONMENTS, DEFAULT_ENV_SCHEMA, DEFAULT_ENV_CONFIG_GLOBS */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);
// The policy the checks apply: the config's sections where given, else the Mistral security checklist's
// defaults. A section given in the config replaces its default entirely (no merging), so what a team
// writes is exactly what is enforced.

/** Development and staging may try the large model; production runs the small one, with a larger budget. */
const DEFAULT_ENVIRONMENTS = {
    development: { allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokensPerRequest: 1000 },
    staging: { allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokensPerRequest: 2000 },
    production: { allowedModels: ['mistral-small-latest'], maxTokensPerRequest: 4000 },
};
/** The key is required and secret; NODE_ENV, when set, names a known environment. */
const DEFAULT_ENV_SCHEMA = {
    MISTRAL_API_KEY: { required: true, secret: true },
    NODE_ENV: { enum: ['development', 'staging', 'production'] },
};
/**
 * Where per-environment configs are looked for when `envConfigs` is not set. Under these defaults only files
 * that look like one (an `apiKey`, `allowedModels` or `maxTokensPerRequest` key) are held to the policy, so
 * an unrelated `config/environments/test.json` raises no false alarm; explicit globs hold every match.
 */
const DEFAULT_ENV_CONFIG_GLOBS = ['config/environments/*.{json,yaml,yml}'];
function policyOf(config) {
    return {
        environments: config.environments ?? DEFAULT_ENVIRONMENTS,
        environmentsFromConfig: config.environments !== undefined,
        env: config.env ?? DEFAULT_ENV_SCHEMA,
        envConfigGlobs: config.envConfigs ?? DEFAULT_ENV_CONFIG_GLOBS,
        envConfigGlobsFromConfig: config.envConfigs !== undefined,
        envTemplateGlobs: config.envTemplates ?? [],
        gitignoreProbes: config.gitignore?.probes ?? [],
        allowPaths: config.allow.paths,
    };
}
/** The variables whose values are secrets; the key variable when the schema marks none. */
function secretVariables(policy) {
    const secret = Object.entries(policy.env)
        .filter(([, variable]) => variable.secret)
        .map(([name]) => name);
    return secret.length > 0 ? secret : ['MISTRAL_API_KEY'];
}
/** True for files `allow.paths` exempts: the content checks pass over them, as the key scan does. */
function allowedPath(policy) {
    const matchers = policy.allowPaths.map((glob) => new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(glob, { dot: true }));
    return (file) => matchers.some((matcher) => matcher.match(file));
}


/***/ }),

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: ./src/config/config-error.ts
var config_error = __webpack_require__(5877);
// EXTERNAL MODULE: ./src/git/runner.ts + 1 modules
var runner = __webpack_require__(8433);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/gitignore-probes.ts
var gitignore_probes = __webpack_require__(9491);
// EXTERNAL MODULE: ./src/checks/gitignore-covers-secrets.ts
var gitignore_covers_secrets = __webpack_require__(7132);
// EXTERNAL MODULE: ./src/config/load-config.ts
var load_config = __webpack_require__(6943);
;// CONCATENATED MODULE: ./src/init/starter-config.ts
// The commented `.mistral-guard.yml` that `mistral-guard init` writes. It spells out the checklist defaults,
// so that a team sees the policy it is held to and edits it in place. A test parses it against the schema.
const STARTER_CONFIG = `# mistral-guard: keeps Mistral API keys out of git and holds this repository to the Mistral
# security checklist. Every section is optional; one left out takes the default written here.
# Check it with: npx mistral-guard scan

# Files and findings the key scan passes over.
allow:
  paths: []          # minimatch globs, e.g. "docs/examples/**" (also exempt from the content checks)
  fingerprints: []   # findings to ignore, by fingerprint: only for keys already revoked

# What each environment may do. Its config file (see envConfigs) must stay within these limits.
environments:
  development:
    allowedModels: [mistral-small-latest, mistral-large-latest]
    maxTokensPerRequest: 1000
  staging:
    allowedModels: [mistral-small-latest, mistral-large-latest]
    maxTokensPerRequest: 2000
  production:
    allowedModels: [mistral-small-latest]
    maxTokensPerRequest: 4000

# Per-environment config files, JSON or YAML; the environment is the file's base name
# (config/environments/production.json is "production"). Each one looks like
#   { "apiKey": "\${MISTRAL_API_KEY_PROD}", "allowedModels": ["mistral-small-latest"], "maxTokensPerRequest": 4000 }
# where apiKey names a variable (\${VAR} or env:VAR), never holds the key, and no two environments
# share a variable.
envConfigs:
  - "config/environments/*.json"
  - "config/environments/*.{yaml,yml}"

# The variables every committed env template (.env.example) is held to.
#   required: must be declared   secret: empty or a placeholder, never a key   enum: allowed values
env:
  MISTRAL_API_KEY: { required: true, secret: true }
  NODE_ENV: { enum: [development, staging, production] }

# Committed env templates, besides env files named *.example, *.sample or *.template.
envTemplates: [".env.example", "**/.env.*.example"]

# Paths .gitignore must cover besides .env, .env.local, .env.*.local, *.pem, *.key and secrets/.
gitignore:
  probes: []         # e.g. "credentials.json", "*.p12"
`;

;// CONCATENATED MODULE: ./src/init/init-repository.ts
// What `mistral-guard init` does to a repository: writes the starter config unless one exists, and appends
// to the root .gitignore the lines the gitignore check finds missing. Running it again changes nothing:
// the config then exists and the lines are then there. `!` lines in nested .gitignore files are reported,
// never edited: a root line cannot override them and removing someone's line is a decision for a human.






/** Config file names that count as "a config exists" (the default and its .yaml spelling). */
const CONFIG_NAMES = [load_config/* DEFAULT_CONFIG_FILE */.Cu, '.mistral-guard.yaml'];
const GITIGNORE_HEADER = '# Secrets: never committed (added by mistral-guard init)';
async function initRepository(root) {
    const existing = CONFIG_NAMES.find((name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, name)));
    const configFile = existing ?? load_config/* DEFAULT_CONFIG_FILE */.Cu;
    if (!existing)
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(root, configFile), STARTER_CONFIG, { flag: 'wx' });
    // Extra probes come from the config in place (an invalid one stops here with its UsageError).
    const { config } = (0,load_config.loadConfig)(root, configFile);
    const probes = (0,gitignore_covers_secrets/* probesFor */.t2)(config.gitignore?.probes ?? []);
    const before = await (0,gitignore_probes/* analyseGitignore */.GK)(root, probes);
    const gitignore = external_node_path_default().join(root, '.gitignore');
    const gitignoreCreated = before.linesToAdd.length > 0 && !(0,external_node_fs_.existsSync)(gitignore);
    if (before.linesToAdd.length > 0) {
        const current = (0,external_node_fs_.existsSync)(gitignore) ? (0,external_node_fs_.readFileSync)(gitignore, 'utf8') : '';
        const separator = current === '' ? '' : current.endsWith('\n') ? '\n' : '\n\n';
        (0,external_node_fs_.appendFileSync)(gitignore, `${separator}${GITIGNORE_HEADER}\n${before.linesToAdd.join('\n')}\n`);
    }
    const after = before.linesToAdd.length > 0 ? await (0,gitignore_probes/* analyseGitignore */.GK)(root, probes) : before;
    return {
        configFile,
        configCreated: !existing,
        linesAdded: before.linesToAdd,
        gitignoreCreated,
        negations: after.negations,
    };
}

;// CONCATENATED MODULE: ./src/commands/init.ts
// `mistral-guard init`: a commented starter .mistral-guard.yml and the missing .gitignore lines, at the
// root of the repository the command runs in. Never overwrites; a second run changes nothing.



const HELP = `Usage: mistral-guard init

Writes a commented starter .mistral-guard.yml at the repository root (never over an existing one) and
appends to .gitignore the lines that keep secret files (.env, .env.local, .env.*.local, *.pem, *.key,
secrets/ and the config's gitignore.probes) out of git. Running it again changes nothing.
`;
const initCommand = async (argv, io) => {
    if (argv.includes('--help') || argv.includes('-h')) {
        io.stdout.write(HELP);
        return 0;
    }
    if (argv.length > 0)
        throw new config_error/* UsageError */.e(`init takes no arguments (got '${argv[0]}'). See 'mistral-guard init --help'.`);
    const root = await repositoryRoot(io.cwd);
    const outcome = await initRepository(root);
    const lines = [];
    lines.push(outcome.configCreated
        ? `Created ${outcome.configFile}: a commented starter with the checklist defaults; edit the policy to fit.`
        : `Kept the existing ${outcome.configFile} (init never overwrites it).`);
    if (outcome.linesAdded.length > 0) {
        const verb = outcome.gitignoreCreated ? 'Created .gitignore with' : 'Appended to .gitignore';
        lines.push(`${verb}: ${outcome.linesAdded.join(' ')}`);
    }
    else {
        lines.push('.gitignore already covers the secret files: nothing added.');
    }
    for (const negation of outcome.negations) {
        lines.push(`To do by hand: ${negation.file}:${negation.line} '${negation.pattern}' un-ignores ${negation.path}; remove that line.`);
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
};
async function repositoryRoot(cwd) {
    let inside;
    try {
        inside = (await (0,runner/* gitText */.q_)(['rev-parse', '--is-inside-work-tree'], { cwd })).trim();
    }
    catch {
        throw new config_error/* UsageError */.e(`init must run inside a git repository ('${cwd}' is not in one).`);
    }
    if (inside !== 'true')
        throw new config_error/* UsageError */.e('init needs a working tree: a bare repository has no .gitignore to write.');
    return (await (0,runner/* gitText */.q_)(['rev-parse', '--show-toplevel'], { cwd })).trim();
}


/***/ }),

/***/ 3797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   OY: () => (/* binding */ configFileOf),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   YQ: () => (/* binding */ loadConfigIfAny)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5877);
// Which config file a run reads, and the config of a repository that has none. Kept apart from the parser
// (load-config.ts: yaml, zod and minimatch, a third of the CLI's code to compile) so that a run with no file to
// parse never loads it.



const DEFAULT_CONFIG_FILE = '.mistral-guard.yml';
/** What `configSchema.parse({})` gives (a test holds the two equal): no allow-list, every policy default. */
const DEFAULT_CONFIG = { allow: { paths: [], fingerprints: [] } };
/**
 * The config file to read: the one named explicitly (must exist) or the default one at the repository root;
 * null when there is no default file.
 */
function configFileOf(root, explicit) {
    const file = explicit ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, explicit) : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, DEFAULT_CONFIG_FILE);
    const shown = explicit ?? DEFAULT_CONFIG_FILE;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) && !isDanglingLink(file)) {
        if (explicit)
            throw new _config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`Config file '${shown}' does not exist.`);
        return null;
    }
    return { file, shown };
}
/** loadConfig (load-config.ts), loading the parser only when there is a file to parse. */
async function loadConfigIfAny(root, explicit) {
    if (configFileOf(root, explicit) === null)
        return { config: DEFAULT_CONFIG, file: null };
    const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(138), __webpack_require__.e(815), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 6943));
    return loadConfig(root, explicit);
}
function isDanglingLink(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file).isSymbolicLink();
    }
    catch {
        return false;
    }
}


/***/ }),

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

export const id = 729;
export const ids = [729];
export const modules = {

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
    const { config } = (0,load_config/* loadConfig */.Z9)(root, configFile);
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


/***/ })

};

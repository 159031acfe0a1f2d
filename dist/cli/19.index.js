export const id = 19;
export const ids = [19];
export const modules = {

/***/ 19:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configJsonSchema: () => (/* binding */ configJsonSchema),
  schemaCommand: () => (/* binding */ schemaCommand)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(439);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/config/schema.ts
// `.mistral-guard.yml`: one zod schema for the whole file, so every field is checked the same way and
// the published JSON Schema (schema/mistral-guard.schema.json) is generated from it, never hand-kept.

const envVariable = schemas/* object */.Ikc({
    required: schemas/* boolean */.zMY().optional().describe('The variable must be declared in every env template.'),
    secret: schemas/* boolean */.zMY().optional().describe('Templates must hold a placeholder or nothing, never a value.'),
    enum: schemas/* array */.YOg(schemas/* string */.YjP()).nonempty().optional().describe('The values the variable may take.'),
})
    .strict();
const environmentPolicy = schemas/* object */.Ikc({
    allowedModels: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Models this environment may call.'),
    maxTokensPerRequest: schemas/* number */.aig().int().positive().describe('Largest max_tokens one request may ask for.'),
})
    .strict();
const configSchema = schemas/* object */.Ikc({
    allow: schemas/* object */.Ikc({
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('minimatch globs of files never scanned for keys.'),
        fingerprints: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'a 64-character lowercase hex fingerprint'))
            .default([])
            .describe('Findings to ignore, by fingerprint.'),
    })
        .strict()
        .default({ paths: [], fingerprints: [] }),
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), environmentPolicy).optional().describe('Per-environment policy.'),
    envConfigs: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Globs of per-environment config files; the environment is the base name.'),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), envVariable).optional().describe('The env-variable schema templates are held to.'),
    envTemplates: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Globs of committed env templates.'),
    gitignore: schemas/* object */.Ikc({ probes: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Extra paths that must be ignored.') })
        .strict()
        .optional(),
})
    .strict();
const defaultConfig = configSchema.parse({});

;// CONCATENATED MODULE: ./src/commands/schema.ts


/** The JSON Schema of `.mistral-guard.yml`, generated from the zod schema so the two never drift. */
function configJsonSchema() {
    return {
        $id: 'https://github.com/mistral-guard/mistral-guard/schema/mistral-guard.schema.json',
        title: 'mistral-guard configuration (.mistral-guard.yml)',
        ...json_schema_processors/* toJSONSchema */.bl(configSchema, { io: 'input' }),
    };
}
const schemaCommand = async (_argv, io) => {
    io.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    return 0;
};


/***/ })

};

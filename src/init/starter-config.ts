// The commented `.mistral-guard.yml` that `mistral-guard init` writes. It spells out the checklist defaults,
// so that a team sees the policy it is held to and edits it in place. A test parses it against the schema.

export const STARTER_CONFIG = `# mistral-guard: keeps Mistral API keys out of git and holds this repository to the Mistral
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
`

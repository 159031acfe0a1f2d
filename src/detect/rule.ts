// A rule names one kind of key, the words that put text in its context, and the examples that prove it:
// true positives it must find and false positives it must pass over, as gitleaks' rules carry theirs.
// One test runs every example of every rule.

export interface RuleExample {
  /** What the example shows, e.g. "multi-line TypeScript constructor". Never holds a key. */
  note: string
  text: string
  /** True positives only: the key the rule must report (the test checks the match is exactly this). */
  secret?: string
}

export interface Rule {
  id: string
  description: string
  /** Lowercase context words that make a key this rule's (also the pre-filter's keywords). */
  keywords: readonly string[]
  truePositives: readonly RuleExample[]
  falsePositives: readonly RuleExample[]
}

export function defineRule(rule: Rule): Rule {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`Invalid rule id '${rule.id}'. Expected kebab-case.`)
  if (rule.keywords.length === 0 || rule.keywords.some((word) => word !== word.toLowerCase())) {
    throw new Error(`Invalid keywords for rule '${rule.id}'. Expected at least one lowercase word.`)
  }
  for (const example of rule.truePositives) {
    if (example.secret === undefined || !example.text.includes(example.secret)) {
      throw new Error(
        `Invalid true positive '${example.note}' in rule '${rule.id}'. Expected a secret found in its text.`,
      )
    }
  }
  return Object.freeze(rule)
}

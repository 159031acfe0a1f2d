export const id = 972;
export const ids = [972];
export const modules = {

/***/ 303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ linksFor)
/* harmony export */ });
function linksFor(settings, plan) {
    const { serverUrl, owner, repo } = settings.github;
    return { serverUrl, repository: `${owner}/${repo}`, ref: plan.linkSha };
}


/***/ }),

/***/ 8958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ writeReportFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/wording.ts
var wording = __webpack_require__(5594);
;// CONCATENATED MODULE: ./src/report/json.ts

function finding(f) {
    return {
        ruleId: f.ruleId,
        file: f.file,
        line: f.line,
        column: f.column,
        commit: f.commit,
        author: f.author,
        date: f.date,
        fingerprint: f.fingerprint,
        redacted: f.redacted,
        severity: f.severity,
        inHead: f.inHead,
        verification: f.verification,
    };
}
function check(c) {
    return {
        id: c.id,
        title: c.title,
        status: c.status,
        message: c.message,
        locations: c.locations.map((location) => ({ file: location.file, line: location.line })),
    };
}
/** The contract object in contract order, findings sorted (live first, then by place) so output is stable. */
function toJsonReport(report) {
    return {
        version: report.version,
        mode: report.mode,
        findings: (0,wording/* sortFindings */.Tc)(report.findings).map(finding),
        checks: report.checks.map(check),
        stats: {
            files: report.stats.files,
            commits: report.stats.commits,
            bytes: report.stats.bytes,
            skipped: report.stats.skipped,
            durationMs: report.stats.durationMs,
        },
    };
}
function renderJson(report) {
    return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
const jsonReporter = { render: (report) => renderJson(report) };
const _check = (/* unused pure expression or super */ null && (jsonReporter));

// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(6158);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/paths.ts
var paths = __webpack_require__(4278);
// EXTERNAL MODULE: ./src/report/rule-catalog.ts
var rule_catalog = __webpack_require__(6304);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning (upload-sarif). Rules: every key rule (the known ones and any in
// the findings) and every checklist check; results: each leaked key, and each failing or warning check
// at its locations. Code scanning rejects a whole upload if any result lacks a location, so a check with
// none is anchored at the file it is about (or the config file), line 1.




const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'mistralGuard/v1';
const CHECK_FINGERPRINT_KEY = 'mistralGuardCheck/v1';
/** Where a check without locations is anchored; anything not listed goes to the config file. */
const CHECK_ANCHORS = {
    'gitignore-covers-secrets': '.gitignore',
};
const DEFAULT_ANCHOR = '.mistral-guard.yml';
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** A leaked key ranks high; a verified live one is critical, which the result's properties say. */
const KEY_SECURITY_SEVERITY = '8.9';
function physical(file, line, column) {
    return {
        physicalLocation: {
            artifactLocation: { uri: (0,paths/* encodePath */.O0)(file), uriBaseId: '%SRCROOT%' },
            region: { startLine: Math.max(1, line), ...(column !== undefined ? { startColumn: Math.max(1, column) } : {}) },
        },
    };
}
function keyRule(ruleId) {
    const info = (0,rule_catalog/* keyRuleInfo */.UG)(ruleId);
    const steps = (0,rule_catalog/* remediationSteps */.B_)(info.consoleUrl);
    return {
        id: ruleId,
        name: info.name,
        shortDescription: { text: `Leaked ${info.title}` },
        fullDescription: { text: info.description },
        help: {
            text: steps.map((step, index) => `${index + 1}. ${step.text}`).join('\n'),
            markdown: steps.map((step, index) => `${index + 1}. ${step.markdown}`).join('\n'),
        },
        helpUri: info.consoleUrl,
        defaultConfiguration: { level: 'error' },
        properties: {
            tags: ['security', 'secret', 'mistral', 'external/cwe/cwe-798'],
            precision: 'high',
            'security-severity': KEY_SECURITY_SEVERITY,
        },
    };
}
function checkRule(check) {
    const info = (0,rule_catalog/* checkInfo */.n6)(check.id, check.title);
    return {
        id: check.id,
        name: (0,rule_catalog/* pascalCase */.fL)(check.id),
        shortDescription: { text: check.title },
        fullDescription: { text: info.help },
        help: { text: info.help },
        defaultConfiguration: { level: check.status === 'warn' ? 'warning' : 'error' },
        properties: {
            tags: ['security', 'mistral', 'checklist'],
            'security-severity': info.securitySeverity,
        },
    };
}
function findingMessage(finding) {
    const info = (0,rule_catalog/* keyRuleInfo */.UG)(finding.ruleId);
    const origin = [];
    if (finding.commit)
        origin.push(`added in ${(0,wording/* shortSha */.Fu)(finding.commit)}`);
    if (finding.author)
        origin.push(`by ${finding.author}`);
    if (finding.date)
        origin.push(`on ${(0,wording/* shortDate */.XV)(finding.date)}`);
    const where = origin.length > 0 ? ` ${origin.join(' ')}` : '';
    const head = finding.inHead === false ? ' It is no longer in HEAD but stays readable in history.' : '';
    return (`Leaked ${info.title} ${finding.redacted}${where} (verification: ${(0,wording/* verificationLabel */.MP)(finding.verification)}).${head}` +
        ' Rotate it in the Mistral console, revoke the old key and remove it from history.');
}
function findingResult(finding, ruleIndex) {
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: 'error',
        message: { text: findingMessage(finding) },
        locations: [physical(finding.file, finding.line, finding.column)],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
        properties: {
            redacted: finding.redacted,
            commit: finding.commit,
            author: finding.author,
            date: finding.date,
            inHead: finding.inHead,
            verification: finding.verification,
            severity: finding.severity,
        },
    };
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/**
 * One result per location, so code scanning shows each as its own alert. The fingerprint leaves the line
 * out (an alert survives lines moving) and numbers repeats within one file instead.
 */
function checkResults(check, ruleIndex) {
    const level = check.status === 'fail' ? 'error' : 'warning';
    const anchored = check.locations.length === 0;
    const locations = anchored ? [{ file: CHECK_ANCHORS[check.id] ?? DEFAULT_ANCHOR, line: 1 }] : check.locations;
    const seen = new Map();
    return locations.map((location) => {
        const occurrence = seen.get(location.file) ?? 0;
        seen.set(location.file, occurrence + 1);
        return {
            ruleId: check.id,
            ruleIndex,
            level,
            message: { text: `${check.title}: ${check.message}` },
            locations: [physical(location.file, location.line)],
            partialFingerprints: { [CHECK_FINGERPRINT_KEY]: sha256(`${check.id}\0${location.file}\0${occurrence}`) },
            properties: { status: check.status, ...(anchored ? { anchored: true } : {}) },
        };
    });
}
function toSarif(report, options = {}) {
    const findings = (0,wording/* sortFindings */.Tc)(report.findings);
    const keyRuleIds = [...new Set([...Object.keys(rule_catalog/* KEY_RULES */.on), ...findings.map((finding) => finding.ruleId)])];
    // A rule per id: a check that repeats an id (or shares one with a key rule) reuses its rule.
    const rules = keyRuleIds.map(keyRule);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    for (const check of report.checks) {
        if (ruleIndex.has(check.id))
            continue;
        ruleIndex.set(check.id, rules.length);
        rules.push(checkRule(check));
    }
    const results = findings.map((finding) => findingResult(finding, ruleIndex.get(finding.ruleId)));
    for (const check of report.checks) {
        if (check.status !== 'fail' && check.status !== 'warn')
            continue;
        // The leaked keys are already results of their own: a second alert per key would be noise.
        if (check.id === 'no-leaked-keys' && findings.length > 0)
            continue;
        results.push(...checkResults(check, ruleIndex.get(check.id)));
    }
    const run = {
        tool: {
            driver: {
                name: wording/* TOOL_NAME */.lH,
                ...(options.toolVersion ? { version: options.toolVersion } : {}),
                ...(options.toolVersion && SEMVER.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {}),
                informationUri: wording/* TOOL_URI */.qH,
                rules,
            },
        },
        ...(options.links
            ? {
                versionControlProvenance: [
                    {
                        repositoryUri: `${options.links.serverUrl.replace(/\/+$/, '')}/${options.links.repository}`,
                        revisionId: options.links.ref,
                    },
                ],
            }
            : {}),
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
            mode: report.mode,
            checklist: report.checks.map((check) => ({ id: check.id, status: check.status, message: check.message })),
            stats: { ...report.stats },
        },
    };
    return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}
function renderSarif(report, options = {}) {
    return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}
const sarifReporter = { render: (report, options) => renderSarif(report, options) };
const sarif_check = (/* unused pure expression or super */ null && (sarifReporter));

;// CONCATENATED MODULE: ./src/report/text.ts
// The terminal format: one line per leaked key in `file:line:column` form (editors and terminals make it
// clickable), the checklist as a compact table, and a one-line summary. Colour only when asked (a TTY):
// piped output and CI logs get plain text. Every string from the repository (file names, authors,
// messages) is escaped, so a file name cannot inject a terminal escape or break a line.


const SGR = {
    bold: [1, 22],
    dim: [2, 22],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    cyan: [36, 39],
    magenta: [35, 39],
};
function painter(color) {
    if (!color)
        return (_style, text) => text;
    return (style, text) => `\x1b[${SGR[style][0]}m${text}\x1b[${SGR[style][1]}m`;
}
const STATUS_SYMBOL = {
    pass: { symbol: '✓', style: 'green' },
    fail: { symbol: '✗', style: 'red' },
    warn: { symbol: '!', style: 'yellow' },
    manual: { symbol: '?', style: 'cyan' },
    skip: { symbol: '-', style: 'dim' },
};
/** Zero-width marks and double-width East Asian characters, so CJK names keep columns aligned. */
const ZERO_WIDTH = /[\u0300-\u036f\u200b-\u200d\ufe00-\ufe0f]/;
const DOUBLE_WIDTH = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
/** Columns a terminal gives `text`: an approximation of wcwidth that is right for the common cases. */
function displayWidth(text) {
    let width = 0;
    for (const char of text)
        width += ZERO_WIDTH.test(char) ? 0 : DOUBLE_WIDTH.test(char) ? 2 : 1;
    return width;
}
function padEnd(text, width) {
    return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
function widthOf(texts) {
    return texts.reduce((max, text) => Math.max(max, displayWidth(text)), 0);
}
function findingWhere(finding) {
    return `${(0,paths/* quotePath */.WG)(finding.file)}:${finding.line}:${finding.column}`;
}
function provenance(finding) {
    const parts = [];
    if (finding.commit)
        parts.push((0,wording/* shortSha */.Fu)(finding.commit));
    if (finding.author)
        parts.push((0,paths/* escapeUnsafe */.au)(finding.author));
    if (finding.date)
        parts.push((0,wording/* shortDate */.XV)((0,paths/* escapeUnsafe */.au)(finding.date)));
    if (finding.inHead === false)
        parts.push('not in HEAD');
    return parts.length > 0 ? `[${parts.join(', ')}]` : '';
}
function findingLines(findings, paint) {
    const rows = findings.map((finding) => ({
        finding,
        where: findingWhere(finding),
        rule: (0,paths/* escapeUnsafe */.au)(finding.ruleId),
        redacted: (0,paths/* escapeUnsafe */.au)(finding.redacted),
        provenance: provenance(finding),
    }));
    const whereWidth = widthOf(rows.map((row) => row.where));
    const ruleWidth = widthOf(rows.map((row) => row.rule));
    const redactedWidth = widthOf(rows.map((row) => row.redacted));
    const provenanceWidth = widthOf(rows.map((row) => row.provenance));
    return rows.map((row) => {
        const verification = (0,wording/* verificationLabel */.MP)(row.finding.verification);
        const cells = [
            paint('bold', padEnd(row.where, whereWidth)),
            padEnd(row.rule, ruleWidth),
            paint('yellow', padEnd(row.redacted, redactedWidth)),
            ...(provenanceWidth > 0 ? [paint('dim', padEnd(row.provenance, provenanceWidth))] : []),
            row.finding.verification === 'verified' ? paint('red', paint('bold', verification)) : verification,
        ];
        return `  ${cells.join('  ')}`.trimEnd();
    });
}
/**
 * The most locations a checklist row names in a terminal (a check about every source file can have thousands);
 * the JSON, SARIF and Markdown reports keep their own rules.
 */
const TEXT_MAX_LOCATIONS = 10;
function checkLines(checks, paint) {
    const sorted = (0,wording/* sortChecks */.u6)(checks);
    const idWidth = widthOf(sorted.map((check) => (0,paths/* escapeUnsafe */.au)(check.id)));
    const statusWidth = widthOf(sorted.map((check) => check.status));
    const indent = ' '.repeat(2 + 2 + statusWidth + 2 + idWidth + 2);
    const lines = [];
    for (const check of sorted) {
        const { symbol, style } = STATUS_SYMBOL[check.status];
        const messageLines = (check.message || check.title).split(/\r\n|\r|\n/).map(paths/* escapeUnsafe */.au);
        const head = `  ${paint(style, `${symbol} ${padEnd(check.status, statusWidth)}`)}  ${padEnd((0,paths/* escapeUnsafe */.au)(check.id), idWidth)}  `;
        lines.push(`${head}${messageLines[0]}`.trimEnd());
        for (const more of messageLines.slice(1))
            lines.push(`${indent}${more}`.trimEnd());
        if (check.locations.length > 0) {
            const shown = check.locations.slice(0, TEXT_MAX_LOCATIONS);
            const where = shown.map((location) => `${(0,paths/* quotePath */.WG)(location.file)}${location.line > 0 ? `:${location.line}` : ''}`);
            const hidden = check.locations.length - shown.length;
            if (hidden > 0)
                where.push(`and ${hidden} more (--format json lists them all)`);
            lines.push(`${indent}${paint('dim', `at ${where.join(', ')}`)}`);
        }
    }
    return lines;
}
function renderText(report, options = {}) {
    const paint = painter(options.color === true);
    const counts = (0,wording/* tally */.N4)(report);
    const findings = (0,wording/* sortFindings */.Tc)(report.findings);
    const lines = [];
    const name = options.toolVersion ? `${wording/* TOOL_NAME */.lH} ${(0,paths/* escapeUnsafe */.au)(options.toolVersion)}` : wording/* TOOL_NAME */.lH;
    lines.push(`${paint('bold', name)}: ${report.mode} scan`);
    lines.push('');
    if (findings.length === 0) {
        lines.push(paint('green', 'No leaked Mistral keys.'));
    }
    else {
        lines.push(paint('red', paint('bold', `Leaked keys (${findings.length}):`)));
        lines.push(...findingLines(findings, paint));
    }
    if (report.checks.length > 0) {
        lines.push('');
        lines.push(paint('bold', 'Checklist:'));
        lines.push(...checkLines(report.checks, paint));
    }
    lines.push('');
    const verdict = [(0,wording/* plural */.LS)(counts.leaks, 'leaked key')];
    if (counts.live > 0)
        verdict.push(`${counts.live} live`);
    verdict.push((0,wording/* plural */.LS)(counts.failed, 'check') + ' failed');
    if (counts.warnings > 0)
        verdict.push((0,wording/* plural */.LS)(counts.warnings, 'warning'));
    const verdictText = verdict.join(', ');
    const verdictStyle = counts.leaks > 0 || counts.failed > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'green';
    lines.push(`${paint(verdictStyle, verdictText)} ${paint('dim', `· ${(0,wording/* statsPhrases */.Gt)(report).join(', ')}`)}`);
    return `${lines.join('\n')}\n`;
}
const textReporter = { render: (report, options) => renderText(report, options) };
const text_check = (/* unused pure expression or super */ null && (textReporter));

;// CONCATENATED MODULE: ./src/report/reporter.ts
// Every output goes through one interface, as gitleaks' report.Reporter: a reporter turns a Report into
// a string, with no I/O and no clock, so the same Report always renders the same bytes. The Report is
// already redacted when it gets here: reporters never see a key.




const FORMATS = ['text', 'json', 'sarif', 'markdown'];
function isFormat(value) {
    return FORMATS.includes(value);
}
const REPORTERS = {
    text: textReporter,
    json: jsonReporter,
    sarif: sarifReporter,
    markdown: markdown/* markdownReporter */.Lr,
};
function render(report, format, options = {}) {
    const reporter = REPORTERS[format];
    if (!reporter)
        throw new Error(`Unknown report format '${String(format)}'. Expected one of: ${FORMATS.join(', ')}.`);
    return reporter.render(report, options);
}

;// CONCATENATED MODULE: ./src/action/report-files.ts
// The JSON report (always; its path is the `report` output) and the SARIF file (when `sarif-file` is set),
// ready for github/codeql-action/upload-sarif.



function write(file, text) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, text);
}
function writeReportFiles(report, files, links, guard) {
    write(files.reportFile, guard.check(render(report, 'json', { links }), 'the JSON report'));
    if (files.sarifFile)
        write(files.sarifFile, guard.check(render(report, 'sarif', { links }), 'the SARIF file'));
}


/***/ }),

/***/ 6158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W$: () => (/* binding */ COMMENT_LIMIT),
  Lr: () => (/* binding */ markdownReporter),
  TQ: () => (/* binding */ renderMarkdownWithin)
});

// UNUSED EXPORTS: renderMarkdown

// EXTERNAL MODULE: ./src/report/paths.ts
var paths = __webpack_require__(4278);
;// CONCATENATED MODULE: ./src/report/markdown-escape.ts
// Markdown that GitHub renders from strings we do not control (file names, commit authors, check
// messages). Nothing in them may become markup: no table break from a `|`, no HTML from `<`, no link,
// no emphasis, no @mention of a stranger, no math from `$`.

/** CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that mean something mid-line. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>|~&$]/g;
/** And these only where they start a block: a heading, a list item, a setext underline. */
const BLOCK_START = /^(\s*)(#{1,6}(?=\s|$)|[+\-](?=\s|$)|=+\s*$)|^(\s*\d{1,9})([.)])(?=\s|$)/;
/**
 * Plain text for a table cell or a paragraph: markup characters escaped, line breaks as `<br>`, other
 * control characters shown as escapes, and `@name` broken with a zero-width space so nobody is pinged.
 */
function mdText(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => (0,paths/* escapeUnsafe */.au)(line)
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        .replace(BLOCK_START, (_all, space, mark, number, delimiter) => mark !== undefined ? `${space}\\${mark}` : `${number}\\${delimiter}`)
        .replace(/@(?=[A-Za-z0-9])/g, '@\u200B'))
        .join('<br>');
}
/**
 * A code span for a table cell. Code spans keep `<`, `*`, `$` and `@` literal; a backtick run inside is
 * fenced by a longer one, and a pipe is escaped, which GFM tables require even inside code.
 */
function mdCode(text) {
    const safe = (0,paths/* escapeUnsafe */.au)(text).replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = safe.startsWith('`') || safe.endsWith('`') || /^ .* $/.test(safe) ? ' ' : '';
    return `${fence}${pad}${safe}${pad}${fence}`;
}
/** A repository path as a table-cell code span, quoted first when it holds odd characters. */
function mdPath(file, suffix = '') {
    return mdCode(`${(0,paths/* quotePath */.WG)(file)}${suffix}`);
}
/**
 * A check message: plain text, except that `code spans` (which check messages use for file names and
 * lines to add) stay code spans. Their content is still made safe by mdCode.
 */
function mdMessage(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => {
        let out = '';
        let last = 0;
        for (const match of line.matchAll(/`([^`]+)`/g)) {
            out += mdText(line.slice(last, match.index)) + mdCode(match[1]);
            last = match.index + match[0].length;
        }
        return out + mdText(line.slice(last));
    })
        .join('<br>');
}

// EXTERNAL MODULE: ./src/report/rule-catalog.ts
var rule_catalog = __webpack_require__(6304);
// EXTERNAL MODULE: ./src/report/wording.ts
var wording = __webpack_require__(5594);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// Markdown for `--format markdown`, the job summary and the PR comment: what reviewers see. A status line
// first, then the leaked keys with links to their lines, what to do about them, the checklist and the
// stats. With nothing to fix it says so plainly, which is also how a fixed PR's comment reads.




/** GitHub's limit on an issue or PR comment body. */
const COMMENT_LIMIT = 65536;
const STATUS_ICON = {
    pass: '✅',
    fail: '❌',
    warn: '⚠️',
    manual: '📝',
    skip: '⏭️',
};
const STATUS_WORD = {
    pass: 'pass',
    fail: 'fail',
    warn: 'warn',
    manual: 'manual',
    skip: 'skip',
};
function blobUrl(links, file, line) {
    const base = `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/blob/${(0,paths/* encodePath */.O0)(links.ref)}/${(0,paths/* encodePath */.O0)(file)}`;
    return line > 0 ? `${base}#L${line}` : base;
}
function commitUrl(links, commit) {
    return `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/commit/${(0,paths/* encodeSegment */.ug)(commit)}`;
}
function markdown_location(file, line, links) {
    const label = mdPath(file, line > 0 ? `:${line}` : '');
    return links ? `[${label}](${blobUrl(links, file, line)})` : label;
}
function statusLine(report) {
    const counts = (0,wording/* tally */.N4)(report);
    const extras = [];
    if (counts.failed > 0)
        extras.push(`${(0,wording/* plural */.LS)(counts.failed, 'check')} failed`);
    if (counts.warnings > 0)
        extras.push((0,wording/* plural */.LS)(counts.warnings, 'warning'));
    if (counts.leaks > 0) {
        const live = counts.live > 0 ? `, **${counts.live} verified live**` : '';
        return `❌ **${(0,wording/* plural */.LS)(counts.leaks, 'leaked Mistral key')}**${live}${extras.length ? ` · ${extras.join(' · ')}` : ''}`;
    }
    if (counts.failed > 0)
        return `❌ No leaked Mistral keys, but **${extras.join(' · ')}**`;
    const warnings = counts.warnings > 0 ? ` (${(0,wording/* plural */.LS)(counts.warnings, 'warning')} below)` : '';
    return `✅ **No leaked Mistral keys and no failing checks.** Nothing blocks this change${warnings}.`;
}
function commitCell(finding, links) {
    if (!finding.commit)
        return '—';
    const sha = mdCode((0,wording/* shortSha */.Fu)(finding.commit));
    const parts = [links ? `[${sha}](${commitUrl(links, finding.commit)})` : sha];
    if (finding.author)
        parts.push(mdText(finding.author));
    if (finding.date)
        parts.push(mdText((0,wording/* shortDate */.XV)(finding.date)));
    if (finding.inHead === false)
        parts.push('_not in HEAD_');
    return parts.join(' · ');
}
function verificationCell(finding) {
    const label = (0,wording/* verificationLabel */.MP)(finding.verification);
    return finding.verification === 'verified' ? `🔴 **${label}**` : label;
}
function findingsSection(findings, options) {
    const limit = options.maxFindings === undefined ? findings.length : Math.max(0, options.maxFindings);
    const shown = findings.slice(0, limit);
    const lines = ['### Leaked keys', ''];
    if (shown.length > 0) {
        lines.push('| Where | Rule | Key | Commit | Verification |', '| --- | --- | --- | --- | --- |');
        for (const finding of shown) {
            const cells = [
                markdown_location(finding.file, finding.line, options.links),
                mdCode(finding.ruleId),
                mdCode(finding.redacted),
                commitCell(finding, options.links),
                verificationCell(finding),
            ];
            lines.push(`| ${cells.join(' | ')} |`);
        }
    }
    const hidden = findings.length - shown.length;
    if (hidden > 0) {
        lines.push('', `…and ${(0,wording/* plural */.LS)(hidden, 'more leaked key')} not shown here: see the job summary or the JSON/SARIF report.`);
    }
    return lines;
}
function whatToDo(findings) {
    const codestral = findings.some((finding) => (0,rule_catalog/* keyRuleInfo */.UG)(finding.ruleId).consoleUrl === wording/* CONSOLE_CODESTRAL_URL */.eR);
    const lines = ['### What to do', ''];
    (0,rule_catalog/* remediationSteps */.B_)(wording/* CONSOLE_API_KEYS_URL */._Y).forEach((step, index) => lines.push(`${index + 1}. ${step.markdown}`));
    if (codestral)
        lines.push('', `Codestral keys are managed on the console's [Codestral page](${wording/* CONSOLE_CODESTRAL_URL */.eR}).`);
    return lines;
}
function locationsCell(check, options) {
    const limit = options.maxLocations === undefined ? check.locations.length : Math.max(0, options.maxLocations);
    const shown = check.locations.slice(0, limit).map((l) => markdown_location(l.file, l.line, options.links));
    const hidden = check.locations.length - shown.length;
    if (hidden > 0)
        shown.push(`and ${hidden} more`);
    return shown.length > 0 ? shown.join('<br>') : '—';
}
function checklistSection(checks, options) {
    const lines = ['### Checklist', '', '| | Check | Result | Where |', '| --- | --- | --- | --- |'];
    for (const check of (0,wording/* sortChecks */.u6)(checks)) {
        const icon = `${STATUS_ICON[check.status]} ${STATUS_WORD[check.status]}`;
        const title = `${mdText(check.title)}<br><sub>${mdCode(check.id)}</sub>`;
        lines.push(`| ${icon} | ${title} | ${mdMessage(check.message) || '—'} | ${locationsCell(check, options)} |`);
    }
    return lines;
}
function renderMarkdown(report, options = {}) {
    const blocks = [];
    const head = [];
    if (options.marker)
        head.push(options.marker);
    const heading = options.heading ?? wording/* TOOL_NAME */.lH;
    if (heading)
        head.push(`## ${mdText(heading)}`, '');
    head.push(statusLine(report));
    blocks.push(head);
    const findings = (0,wording/* sortFindings */.Tc)(report.findings);
    if (findings.length > 0) {
        blocks.push(findingsSection(findings, options));
        blocks.push(whatToDo(findings));
    }
    if (report.checks.length > 0)
        blocks.push(checklistSection(report.checks, options));
    const version = options.toolVersion ? ` ${mdText(options.toolVersion)}` : '';
    blocks.push([`<sub>${report.mode} scan · ${(0,wording/* statsPhrases */.Gt)(report).join(' · ')} · ${wording/* TOOL_NAME */.lH}${version}</sub>`]);
    return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}
/**
 * The longest rendering that fits `limit` characters (a PR comment, a job summary): everything if it
 * fits; else checklist rows list at most 10 locations each (unless `maxLocations` says otherwise) and
 * the findings table holds as many rows as fit, the rest counted.
 */
function renderMarkdownWithin(report, options = {}, limit = COMMENT_LIMIT) {
    const full = renderMarkdown(report, options);
    if (full.length <= limit)
        return full;
    const capped = { ...options, maxLocations: options.maxLocations ?? 10 };
    let low = 0;
    let high = Math.min(report.findings.length, options.maxFindings ?? report.findings.length);
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (renderMarkdown(report, { ...capped, maxFindings: middle }).length <= limit)
            low = middle;
        else
            high = middle - 1;
    }
    const best = renderMarkdown(report, { ...capped, maxFindings: low });
    if (best.length <= limit)
        return best;
    // Only a pathological checklist gets here: drop it and keep the status line and the counts.
    return renderMarkdown({ ...report, checks: [] }, { ...capped, maxFindings: 0 }).slice(0, limit);
}
const markdownReporter = { render: (report, options) => renderMarkdown(report, options) };
const _check = (/* unused pure expression or super */ null && (markdownReporter));


/***/ }),

/***/ 4278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   WG: () => (/* binding */ quotePath),
/* harmony export */   au: () => (/* binding */ escapeUnsafe),
/* harmony export */   ug: () => (/* binding */ encodeSegment)
/* harmony export */ });
/* unused harmony export wellFormed */
// File names come out exactly as git stores them, so they may hold spaces, quotes, newlines, escape
// sequences or invalid UTF-16. Each output needs them in its own safe form: quoted for a terminal,
// percent-encoded for a URI.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replaces lone surrogates with U+FFFD, which encodeURIComponent would otherwise throw on. */
function wellFormed(text) {
    return text.replace(LONE_SURROGATE, '\uFFFD');
}
/**
 * Characters a reader must never receive raw: C0/C1 controls and DEL (terminal escapes, line breaks),
 * bidi overrides (Trojan Source), lone surrogates.
 */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NAMED_ESCAPES = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x07': '\\a' };
function escapeChar(char) {
    const named = NAMED_ESCAPES[char];
    if (named)
        return named;
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Shows unsafe characters as visible escapes (`\n`, `\x1b`, `\u202e`); everything else as is. */
function escapeUnsafe(text) {
    return text.replace(UNSAFE, escapeChar);
}
const NEEDS_QUOTES = /["\\]|[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\uD800-\uDFFF]/;
/**
 * A path as a reader should see it, in the spirit of git's `core.quotePath=false`: left alone unless it
 * holds a quote, a backslash or an unsafe character; then double-quoted with C-style escapes, so a file
 * named `a"b\nc` shows as `"a\"b\nc"` and never breaks a line or a table.
 */
function quotePath(file) {
    if (!NEEDS_QUOTES.test(file))
        return file;
    return `"${escapeUnsafe(file.replace(/["\\]/g, (c) => `\\${c}`))}"`;
}
/** encodeURIComponent leaves these alone, but they break markdown links or mean something in URIs. */
const EXTRA_RESERVED = /[!'()*]/g;
/** Percent-encodes one path segment per RFC 3986 (UTF-8), spaces, quotes and parentheses included. */
function encodeSegment(segment) {
    return encodeURIComponent(wellFormed(segment)).replace(EXTRA_RESERVED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A repository-relative path as a relative URI reference: each segment encoded, slashes kept. */
function encodePath(file) {
    return file.split('/').map(encodeSegment).join('/');
}


/***/ }),

/***/ 6304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ remediationSteps),
/* harmony export */   UG: () => (/* binding */ keyRuleInfo),
/* harmony export */   fL: () => (/* binding */ pascalCase),
/* harmony export */   n6: () => (/* binding */ checkInfo),
/* harmony export */   on: () => (/* binding */ KEY_RULES)
/* harmony export */ });
/* unused harmony export CHECKS */
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5594);
// What reports say about each rule and check beyond what a Report carries: names, descriptions, help,
// and the security-severity that code scanning ranks alerts by. Unknown ids still get sensible text, so a
// new rule or check shows up in every report before anyone writes its entry here.

const KEY_RULES = {
    'mistral-api-key': {
        id: 'mistral-api-key',
        name: 'MistralApiKey',
        title: 'Mistral API key',
        description: 'A Mistral AI API key (32 letters and digits, used with api.mistral.ai) is committed to the repository.',
        consoleUrl: _wording_js__WEBPACK_IMPORTED_MODULE_0__/* .CONSOLE_API_KEYS_URL */ ._Y,
    },
    'codestral-api-key': {
        id: 'codestral-api-key',
        name: 'CodestralApiKey',
        title: 'Codestral API key',
        description: 'A Codestral API key (32 letters and digits, used with codestral.mistral.ai) is committed to the repository.',
        consoleUrl: _wording_js__WEBPACK_IMPORTED_MODULE_0__/* .CONSOLE_CODESTRAL_URL */ .eR,
    },
};
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function keyRuleInfo(ruleId) {
    return (KEY_RULES[ruleId] ?? {
        id: ruleId,
        name: pascalCase(ruleId),
        title: 'Mistral key',
        description: `A Mistral key (rule ${ruleId}) is committed to the repository.`,
        consoleUrl: _wording_js__WEBPACK_IMPORTED_MODULE_0__/* .CONSOLE_API_KEYS_URL */ ._Y,
    });
}
/** The remediation every leaked key needs, in order; shared by the markdown "What to do" and SARIF help. */
function remediationSteps(consoleUrl) {
    return [
        {
            text: `Rotate: create a new key in the Mistral console (${consoleUrl}) and store it as a secret, never in the repository.`,
            markdown: `**Rotate** the key: create a new one in the [Mistral console](${consoleUrl}) and store it as a secret (an environment variable or your CI's secret store), never in the repository.`,
        },
        {
            text: 'Revoke the leaked key in the Mistral console: once pushed, treat it as public, even after the commit is gone.',
            markdown: '**Revoke** the leaked key in the console: once pushed, treat it as public, even after the commit is gone.',
        },
        {
            text: `Remove it from history with git filter-repo (${_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .FILTER_REPO_URL */ .yf}), e.g. git filter-repo --replace-text expressions.txt, then force-push and have collaborators re-clone.`,
            markdown: `**Remove it from history** with [git filter-repo](${_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .FILTER_REPO_URL */ .yf}) (\`git filter-repo --replace-text expressions.txt\`), then force-push and have collaborators re-clone.`,
        },
        {
            text: 'Add a fingerprint to a baseline (mistral-guard baseline) only for keys that are rotated and revoked, so old history stops failing without hiding a live key.',
            markdown: 'Add a **baseline** (`mistral-guard baseline`) only for keys that are rotated and revoked, so old history stops failing without hiding a live key.',
        },
    ];
}
const CHECKS = {
    'no-leaked-keys': {
        help: 'No Mistral or Codestral API key may be committed. Rotate and revoke any leaked key, then remove it from history.',
        securitySeverity: '8.9',
    },
    'gitignore-covers-secrets': {
        help: '.gitignore must ignore .env, .env.local, .env.*.local, *.pem, *.key and secrets/ at every level, so secret files are never committed by accident.',
        securitySeverity: '5.3',
    },
    'no-tracked-secret-files': {
        help: 'Secret files (.env*, *.pem, *.key, secrets/**) must not be tracked; commit templates such as .env.example instead.',
        securitySeverity: '7.5',
    },
    'env-schema': {
        help: 'Env templates declare every required variable, hold placeholders for secrets and allowed values for enums; the application validates its environment at start-up.',
        securitySeverity: '4.0',
    },
    'env-configs': {
        help: 'Per-environment configs reference the key through an environment variable and stay within the policy: allowed models and max tokens per request.',
        securitySeverity: '5.0',
    },
    'distinct-keys-per-env': {
        help: 'Each environment uses its own key, so a leak in one does not expose the others and each can be rotated alone.',
        securitySeverity: '5.0',
    },
    'https-only': {
        help: 'Mistral endpoints are called over HTTPS only: over plain http the key travels in clear text.',
        securitySeverity: '7.4',
    },
    'key-not-logged': {
        help: 'Never print or log the key variable or a client\'s apiKey: logs are read by many and kept for long.',
        securitySeverity: '6.5',
    },
};
function checkInfo(id, title) {
    return CHECKS[id] ?? { help: title, securitySeverity: '4.0' };
}


/***/ }),

/***/ 5594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   Gt: () => (/* binding */ statsPhrases),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MP: () => (/* binding */ verificationLabel),
/* harmony export */   N4: () => (/* binding */ tally),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   XV: () => (/* binding */ shortDate),
/* harmony export */   _Y: () => (/* binding */ CONSOLE_API_KEYS_URL),
/* harmony export */   eR: () => (/* binding */ CONSOLE_CODESTRAL_URL),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   qH: () => (/* binding */ TOOL_URI),
/* harmony export */   u6: () => (/* binding */ sortChecks),
/* harmony export */   yf: () => (/* binding */ FILTER_REPO_URL)
/* harmony export */ });
/* unused harmony exports STATUS_ORDER, formatBytes, formatDuration */
const TOOL_NAME = 'mistral-guard';
const TOOL_URI = 'https://github.com/mistral-guard/mistral-guard';
const CONSOLE_API_KEYS_URL = 'https://console.mistral.ai/api-keys';
const CONSOLE_CODESTRAL_URL = 'https://console.mistral.ai/codestral';
const FILTER_REPO_URL = 'https://github.com/newren/git-filter-repo';
/** The verdict of `--verify` in a few words. */
function verificationLabel(verification) {
    switch (verification) {
        case 'verified':
            return 'LIVE (verified)';
        case 'invalid':
            return 'invalid (rejected by Mistral)';
        case 'unknown':
            return 'unknown (could not verify)';
        case 'skipped':
            return 'not verified';
    }
}
const STATUS_ORDER = ['fail', 'warn', 'manual', 'pass', 'skip'];
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
function shortSha(commit) {
    return commit.slice(0, 7);
}
/** The calendar day of an ISO 8601 date, which is all a table needs. */
function shortDate(date) {
    return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : date;
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** Scan statistics as short phrases; commits only where the mode walks commits. */
function statsPhrases(report) {
    const stats = report.stats;
    const phrases = [plural(stats.files, 'file')];
    if (report.mode === 'diff' || report.mode === 'history' || stats.commits > 0)
        phrases.push(plural(stats.commits, 'commit'));
    phrases.push(formatBytes(stats.bytes), `${stats.skipped} skipped`, formatDuration(stats.durationMs));
    return phrases;
}
function tally(report) {
    const count = (status) => report.checks.filter((check) => check.status === status).length;
    return {
        leaks: report.findings.length,
        live: report.findings.filter((finding) => finding.verification === 'verified').length,
        failed: count('fail'),
        warnings: count('warn'),
        manual: count('manual'),
    };
}
function compareText(a, b) {
    // Code-unit order, not localeCompare: the same report must render the same bytes on every machine.
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * One order for every format: live keys first (they are incidents), then by place. Sorting here makes
 * outputs stable however the scan's workers happened to finish.
 */
function sortFindings(findings) {
    const rank = (finding) => (finding.severity === 'critical' ? 0 : 1);
    return [...findings].sort((a, b) => rank(a) - rank(b) ||
        compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.commit ?? '', b.commit ?? '') ||
        compareText(a.fingerprint, b.fingerprint));
}
/** The checklist as given (its order is meaningful), but a failing row never hides below a passing one. */
function sortChecks(checks) {
    return [...checks].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}


/***/ })

};

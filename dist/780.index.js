export const id = 780;
export const ids = [780];
export const modules = {

/***/ 703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ secretFileKind),
/* harmony export */   d: () => (/* binding */ isEnvTemplateName)
/* harmony export */ });
// Which file names hold secrets by convention. Templates that document variables without values are fine.
/** `.env.example`, `.env.production.sample`, `.env.template`, `.env.dist`: meant to be committed. */
const TEMPLATE_SUFFIX = /\.(example|sample|template|dist)$/;
/** Why `file` is a secret file by its name, or null. `.envrc` (direnv) is not an env file. */
function secretFileKind(file) {
    // Asked of every path of a repository: no array of segments, and each test only where it can hold.
    const base = file.slice(file.lastIndexOf('/') + 1);
    if (base.startsWith('.env') && /^\.env(\..+)?$/.test(base))
        return TEMPLATE_SUFFIX.test(base) ? null : 'env file';
    if (base.endsWith('.pem'))
        return 'PEM file';
    if (base.endsWith('.key'))
        return 'key file';
    // A folder named `secrets` anywhere above the file.
    if (file.startsWith('secrets/') || file.includes('/secrets/'))
        return 'in a secrets/ folder';
    return null;
}
/** An env file meant as a template: `.env.example`, `app.env.sample`, `env.template`. */
function isEnvTemplateName(file) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    return /^(.*\.)?env(\..+)?\.(example|sample|template)$/.test(base);
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
    const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(138), __webpack_require__.e(815), __webpack_require__.e(374)]).then(__webpack_require__.bind(__webpack_require__, 3374));
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

/***/ 4828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ NO_FOLLOW),
/* harmony export */   t: () => (/* binding */ OPEN_FLAGS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// How a work-tree file is opened by the readers that read many of them synchronously (the tree source, the
// checklist's files): never through a symlink (the open fails with ELOOP, as an lstat would have told), and without
// waiting on a FIFO (one without a writer reads as empty).

/** O_NOFOLLOW, or undefined where there is none (Windows): there each file is looked at with lstat first. */
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (NO_FOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);


/***/ }),

/***/ 499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ ObjectPresence),
/* harmony export */   OT: () => (/* binding */ BlobStream),
/* harmony export */   nZ: () => (/* binding */ BlobReader),
/* harmony export */   o2: () => (/* binding */ BlobBatch)
/* harmony export */ });
/* unused harmony exports BatchParser, parseSpooled */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8433);
/* harmony import */ var _spooled_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2371);


/** The most of a streamed body passed to its sink in one write. */
const SINK_PIECE_BYTES = 256 * 1024;
/** Parses cat-file's `<oid> <type> <size>\n<data>\n` answers from a stream of chunks. */
class BatchParser {
    onObject;
    reuse;
    options;
    header = [];
    inBody = false;
    body = null;
    bodyFilled = 0;
    bodyOid = '';
    bodyType = '';
    /** Bytes of the current body still to come, then 1 for the trailing LF. */
    remaining = 0;
    skipLf = false;
    /**
     * With `reuse`, bodies spanning chunks share one growing buffer, `data` is valid only during the callback,
     * and the chunks fed may be one buffer refilled each time (nothing is kept as a view of them).
     */
    scratch = null;
    /** The current body goes here instead of into memory; the object is then not passed to onObject. */
    sink = null;
    constructor(onObject, reuse = false, options = {}) {
        this.onObject = onObject;
        this.reuse = reuse;
        this.options = options;
    }
    feed(chunk) {
        let pos = 0;
        while (pos < chunk.length) {
            if (this.skipLf) {
                // The LF after a body.
                pos++;
                this.skipLf = false;
                continue;
            }
            if (this.inBody) {
                const take = Math.min(this.remaining, chunk.length - pos);
                if (this.sink) {
                    const sink = this.sink;
                    // In pieces of at most SINK_PIECE_BYTES, whatever the size of the chunks read: a sink decodes and
                    // judges what it gets in one go, so bigger pieces would only make bigger strings for the collector.
                    for (let at = pos; at < pos + take; at += SINK_PIECE_BYTES) {
                        sink.write(chunk.subarray(at, Math.min(at + SINK_PIECE_BYTES, pos + take)));
                    }
                    this.remaining -= take;
                    pos += take;
                    if (this.remaining === 0) {
                        this.sink = null;
                        this.inBody = false;
                        this.skipLf = true;
                        sink.end();
                    }
                    continue;
                }
                if (!this.body) {
                    // A body inside one chunk is passed as a view, with no copy.
                    if (take === this.remaining) {
                        this.finishBody(chunk.subarray(pos, pos + take));
                        pos += take;
                        continue;
                    }
                    // A body spanning chunks is copied once into a buffer of its final size (no list of parts to join).
                    this.body = this.reuse ? this.scratchOf(this.remaining) : Buffer.allocUnsafe(this.remaining);
                }
                chunk.copy(this.body, this.bodyFilled, pos, pos + take);
                this.bodyFilled += take;
                this.remaining -= take;
                pos += take;
                if (this.remaining === 0)
                    this.finishBody(this.body);
                continue;
            }
            const lf = chunk.indexOf(10, pos);
            if (lf < 0) {
                // Kept until the next chunk: a copy when chunks share memory.
                this.header.push(this.reuse ? Buffer.from(chunk.subarray(pos)) : chunk.subarray(pos));
                return;
            }
            this.header.push(chunk.subarray(pos, lf));
            const line = Buffer.concat(this.header).toString('utf8');
            this.header = [];
            pos = lf + 1;
            this.startObject(line);
        }
    }
    startObject(line) {
        const parts = line.split(' ');
        if (parts.length === 3 && /^\d+$/.test(parts[2])) {
            const size = Number(parts[2]);
            if (size === 0) {
                this.onObject(parts[0], parts[1], Buffer.alloc(0));
                this.skipLf = true;
                return;
            }
            this.inBody = true;
            this.body = null;
            this.bodyOid = parts[0];
            this.bodyType = parts[1];
            this.remaining = size;
            this.bodyFilled = 0;
            const { streamAbove, sinkFor } = this.options;
            if (sinkFor && streamAbove !== undefined && size >= streamAbove)
                this.sink = sinkFor(parts[0], parts[1], size);
            return;
        }
        // `<oid> missing` or `<name> ambiguous`.
        this.onObject(parts[0], parts[1] ?? 'missing', null);
    }
    /** A view of `size` bytes on the scratch buffer, grown as needed: big blobs cost one allocation, not one each. */
    scratchOf(size) {
        if (!this.scratch || this.scratch.length < size)
            this.scratch = Buffer.allocUnsafe(Math.max(size, 1 << 20));
        return this.scratch.subarray(0, size);
    }
    finishBody(data) {
        const oid = this.bodyOid;
        const type = this.bodyType;
        this.inBody = false;
        this.body = null;
        this.bodyFilled = 0;
        this.remaining = 0;
        this.skipLf = true;
        this.onObject(oid, type, data);
    }
}
/** Reads single objects on demand from one `git cat-file --batch`. Call close() when done. */
class BlobReader {
    child;
    pending = [];
    failure = null;
    stderr = '';
    closed;
    /** Objects of `streamAbove` bytes or more go to the sink a read() passes, if it passes one. */
    constructor(cwd, streamAbove = Infinity) {
        this.child = (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .spawnGit */ .Iz)(['cat-file', '--batch'], { cwd });
        const sinkFor = (_oid, _type, size) => {
            const request = this.pending[0];
            if (!request?.sink)
                return null;
            const sink = request.sink(size);
            return {
                write: (chunk) => sink.write(chunk),
                end: () => {
                    this.pending.shift();
                    try {
                        sink.end();
                        request.resolve('streamed');
                    }
                    catch (error) {
                        request.reject(error);
                    }
                },
            };
        };
        const parser = new BatchParser((_oid, _type, data) => this.pending.shift()?.resolve(data), false, {
            streamAbove,
            sinkFor,
        });
        this.child.stdout.on('data', (chunk) => {
            try {
                parser.feed(chunk);
            }
            catch (error) {
                // A sink that failed: every request still waiting fails with it, and git is stopped.
                this.failure = error;
                for (const request of this.pending.splice(0))
                    request.reject(error);
                this.child.kill();
            }
        });
        this.child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        this.closed = new Promise((resolve) => {
            const fail = (error) => {
                this.failure ??= error;
                for (const request of this.pending.splice(0))
                    request.reject(error);
                resolve();
            };
            this.child.on('error', (error) => fail((0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSpawnError */ .s5)(error)));
            this.child.on('close', (code) => fail(new _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(['cat-file', '--batch'], code ?? 128, this.stderr)));
        });
    }
    /**
     * The object's bytes, or null when the repository does not have it. `name` is an object id or `rev:path`.
     * With `sink`, an object of `streamAbove` bytes or more is passed to `sink(size)` chunk by chunk instead,
     * and the answer is 'streamed'.
     */
    read(name, sink) {
        if (this.failure)
            return Promise.reject(this.failure);
        if (name.includes('\n'))
            return Promise.resolve(null);
        return new Promise((resolve, reject) => {
            this.pending.push({ resolve, reject, sink });
            this.child.stdin.write(`${name}\n`);
        });
    }
    async close() {
        this.child.stdin.end();
        await this.closed;
    }
}
/** Names are written to git in pieces of about this many characters (~100 ids), not one write per object. */
const BATCH_WRITE_CHARS = 4 * 1024;
/**
 * Reads a list of objects through one `git cat-file --batch --buffer`: add() queues each name (written to git
 * in large pieces), end() closes the list, take() hands the answers over in request order. git answers without
 * waiting for us between objects (no round trip per object). Reading from git pauses while more than
 * `holdBytes` of answers wait to be taken, so a change of thousands of files holds a bounded amount; a body of
 * `streamAbove` bytes or more goes to the sink its add() passed, if any, and its answer is then 'streamed'.
 * Call close() when done (also after an error: it stops git when answers are still owed).
 */
class BlobBatch {
    holdBytes;
    child;
    args = ['cat-file', '--batch', '--buffer'];
    requests = [];
    answered = 0;
    taken = 0;
    outgoing = [];
    outgoingChars = 0;
    ended = false;
    held = 0;
    paused = false;
    failure = null;
    wake = null;
    stderr = '';
    closed;
    constructor(cwd, streamAbove = Infinity, holdBytes = 64 * 1024 * 1024) {
        this.holdBytes = holdBytes;
        this.child = (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .spawnGit */ .Iz)(this.args, { cwd });
        const sinkFor = (_oid, _type, size) => {
            const request = this.requests[this.answered];
            if (!request?.sink)
                return null;
            const sink = request.sink(size);
            return {
                write: (chunk) => sink.write(chunk),
                end: () => {
                    try {
                        sink.end();
                        request.answer = 'streamed';
                    }
                    catch (error) {
                        request.error = error;
                    }
                    this.answer();
                },
            };
        };
        const parser = new BatchParser((_oid, _type, data) => {
            const request = this.requests[this.answered];
            if (!request)
                return;
            request.answer = data;
            this.held += data?.length ?? 0;
            if (this.held > this.holdBytes && !this.paused) {
                this.paused = true;
                this.child.stdout.pause();
            }
            this.answer();
        }, false, { streamAbove, sinkFor });
        this.child.stdout.on('data', (chunk) => {
            try {
                parser.feed(chunk);
            }
            catch (error) {
                // A sink that failed: every answer still owed fails with it, and git is stopped.
                this.fail(error);
                this.child.kill();
            }
        });
        this.child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        this.closed = new Promise((resolve) => {
            this.child.on('error', (error) => {
                this.fail((0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSpawnError */ .s5)(error));
                resolve();
            });
            this.child.on('close', (code) => {
                if (this.answered < this.requests.length)
                    this.fail(new _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(this.args, code ?? 128, this.stderr));
                resolve();
            });
        });
        // Writing to a git that died surfaces through take() as the git error, not as an unhandled EPIPE.
        this.child.stdin.on('error', () => undefined);
    }
    /** Queues `name` (an object id or `rev:path`); with `sink`, a big body streams to `sink(size)` instead. */
    add(name, sink) {
        if (this.ended)
            throw new Error('BlobBatch.add after end()');
        if (name.includes('\n'))
            throw new Error(`Invalid object name for cat-file: ${JSON.stringify(name)}`);
        this.requests.push({ sink });
        this.outgoing.push(`${name}\n`);
        this.outgoingChars += name.length + 1;
        if (this.outgoingChars >= BATCH_WRITE_CHARS)
            this.flush();
    }
    /** No more names: git answers what it still holds and exits. */
    end() {
        if (this.ended)
            return;
        this.ended = true;
        this.flush();
        this.child.stdin.end();
    }
    /** An answer is waiting: take() will not wait for git (safe to call before end()). */
    get ready() {
        return this.taken < this.answered || (this.taken < this.requests.length && this.failure !== null);
    }
    /** The next answer, in request order: the bytes, null for a missing object, or 'streamed'. */
    async take() {
        if (this.taken >= this.requests.length)
            throw new Error('BlobBatch.take with no request left');
        // git holds back its last answers until the list is closed.
        if (this.taken >= this.answered)
            this.end();
        while (this.taken >= this.answered) {
            if (this.failure)
                throw this.failure;
            await new Promise((resolve) => (this.wake = resolve));
        }
        const request = this.requests[this.taken];
        this.requests[this.taken++] = undefined;
        if (request.error)
            throw request.error;
        const answer = request.answer;
        if (Buffer.isBuffer(answer))
            this.held -= answer.length;
        if (this.paused && this.held <= this.holdBytes / 2) {
            this.paused = false;
            this.child.stdout.resume();
        }
        return answer;
    }
    async close() {
        // Answers nobody will take (an error upstream): stop git rather than read them all.
        if (this.taken < this.requests.length && this.answered < this.requests.length)
            this.child.kill();
        this.end();
        if (this.paused)
            this.child.stdout.resume();
        await this.closed;
    }
    flush() {
        if (this.outgoing.length === 0)
            return;
        this.child.stdin.write(this.outgoing.join(''));
        this.outgoing = [];
        this.outgoingChars = 0;
    }
    answer() {
        this.answered++;
        this.wake?.();
        this.wake = null;
    }
    fail(error) {
        this.failure ??= error;
        this.wake?.();
        this.wake = null;
    }
}
/**
 * Pushes object ids through one buffered `git cat-file --batch` and calls `onObject` for each answer, in
 * order, as they are read back. git writes to an unnamed temp file (spooled-git.ts), never to a pipe: it never
 * waits for node, and node reads 4 MB at a time into one reused buffer instead of a few KB per wake-up.
 * `data` is only valid during the call, so memory stays flat over big blobs; bodies of `streamAbove` bytes or
 * more may go to a sink instead (`sinkFor`), in chunks valid only during each write, and are then not passed
 * to onObject.
 */
class BlobStream {
    git;
    /** Resolves when git has answered everything and exited, and every answer has been handled. */
    done;
    constructor(cwd, onObject, options = {}) {
        const git = _spooled_git_js__WEBPACK_IMPORTED_MODULE_1__/* .SpooledGit */ .n.required(['cat-file', '--batch', '--buffer'], cwd, 'the blobs being read', {
            input: 'open',
            env: _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_LAZY_FETCH */ ._h,
        });
        this.git = git;
        const parser = new BatchParser(onObject, true, options);
        this.done = parseSpooled(git, parser, Buffer.allocUnsafe(_spooled_git_js__WEBPACK_IMPORTED_MODULE_1__/* .SPOOL_READ_BYTES */ .X));
        this.done.catch(() => git.dispose());
    }
    /** Queues ids (one per line, each line ending in LF); resolves at once, or when git has drained its input. */
    write(lines) {
        const stdin = this.git.stdin;
        if (stdin.write(lines))
            return undefined;
        const drained = new Promise((resolve) => stdin.once('drain', resolve));
        // If git dies, 'drain' never comes: settle with `done` instead of hanging.
        return Promise.race([drained, this.done]);
    }
    end() {
        this.git.stdin.end();
        return this.done;
    }
    kill() {
        this.git.dispose();
    }
}
/**
 * Feeds a spooled cat-file's output to `parser`, read into `buffer` (a parser made with `reuse`), until git is
 * done. A turn of the event loop per chunk: the other readers (the log, whoever writes the ids, git's exit)
 * are not kept waiting while this one has data.
 */
async function parseSpooled(git, parser, buffer) {
    for await (const chunk of git.chunks(buffer)) {
        parser.feed(chunk);
        await new Promise((resolve) => setImmediate(resolve));
    }
}
/**
 * Checks, through one `git cat-file --batch-check --buffer` fed as names come, which objects the repository
 * lacks, without inflating any. git starts with the first add(), so the check runs alongside whatever produces
 * the names; firstMissing() closes the list and waits for the answers.
 */
class ObjectPresence {
    cwd;
    args = ['cat-file', '--batch-check=%(objectname)', '--buffer'];
    child = null;
    outgoing = [];
    outgoingChars = 0;
    names = [];
    output = [];
    stderr = '';
    closed = null;
    constructor(cwd) {
        this.cwd = cwd;
    }
    add(name) {
        if (name.includes('\n'))
            throw new Error(`Invalid object name for cat-file: ${JSON.stringify(name)}`);
        this.names.push(name);
        this.outgoing.push(`${name}\n`);
        this.outgoingChars += name.length + 1;
        if (this.outgoingChars >= BATCH_WRITE_CHARS)
            this.flush();
    }
    /** The index (in add() order) of the first name the repository lacks, or -1 when it has them all. */
    async firstMissing() {
        if (this.names.length === 0)
            return -1;
        this.flush();
        const child = this.child;
        child.stdin.end();
        const code = await this.closed;
        if (code !== 0)
            throw new _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(this.args, code, this.stderr);
        const lines = Buffer.concat(this.output).toString('utf8').split('\n');
        return lines.findIndex((line) => line.endsWith(' missing'));
    }
    /** Stops git (when the answers are no longer wanted). */
    close() {
        this.child?.kill();
    }
    flush() {
        if (this.outgoing.length === 0)
            return;
        this.start().stdin.write(this.outgoing.join(''));
        this.outgoing = [];
        this.outgoingChars = 0;
    }
    start() {
        if (this.child)
            return this.child;
        const child = (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .spawnGit */ .Iz)(this.args, { cwd: this.cwd });
        child.stdout.on('data', (chunk) => this.output.push(chunk));
        child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        this.closed = new Promise((resolve, reject) => {
            child.on('error', (error) => reject((0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSpawnError */ .s5)(error)));
            child.on('close', (code) => resolve(code ?? 128));
        });
        this.closed.catch(() => undefined);
        this.child = child;
        return child;
    }
}


/***/ }),

/***/ 2371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ SPOOL_READ_BYTES),
/* harmony export */   n: () => (/* binding */ SpooledGit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8433);




/**
 * How long to wait for more output when the file has been read to its end and git still runs. git's exit wakes
 * the reader at once, so this only sets how often output is picked up meanwhile (fewer wake-ups, less CPU).
 */
const POLL_MS = 8;
/** The most read in one go (also the size of a buffer passed to chunks()). */
const SPOOL_READ_BYTES = 4 * 1024 * 1024;
class SpooledGit {
    args;
    fd;
    child;
    keep;
    offset = 0;
    exit = null;
    stderr = '';
    wake = null;
    disposed = false;
    taken = false;
    exitWaiters = [];
    constructor(args, fd, child, keep) {
        this.args = args;
        this.fd = fd;
        this.child = child;
        this.keep = keep;
        child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        child.on('error', (error) => this.settle({ error: (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .gitSpawnError */ .s5)(error) }));
        child.on('close', (code, signal) => this.settle({ code: code ?? (signal ? 128 : 0) }));
    }
    /**
     * Starts `git args` in `cwd` with its output spooled; null when no temp file can be made (use a pipe).
     * `input` is written to git's stdin; with `keep`, the file stays open after chunks() for readAgain().
     */
    static start(args, cwd, options = {}) {
        const fd = unnamedFile();
        return typeof fd === 'number' ? SpooledGit.spawn(args, cwd, fd, options) : null;
    }
    /** As start(), for callers with no pipe to fall back to: no temp file is an error naming `purpose`. */
    static required(args, cwd, purpose, options = {}) {
        const fd = unnamedFile();
        if (typeof fd !== 'number') {
            throw new Error(`Could not create a temporary file in ${(0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)()} for ${purpose} (${fd.message}); point TMPDIR at a ` +
                'writable folder.');
        }
        return SpooledGit.spawn(args, cwd, fd, options);
    }
    static spawn(args, cwd, fd, options) {
        try {
            const child = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .spawnGitToFile */ .xT)(args, { cwd, stdout: fd, env: options.env, input: options.input });
            return new SpooledGit(args, fd, child, options.keep ?? false);
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            throw (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .gitSpawnError */ .s5)(error);
        }
    }
    /**
     * git's output in chunks as it is written, as streamGit gives it: a GitError after the last chunk when git
     * failed. Read once. Leaving the loop early (or an error) stops git and closes the file; so does the end,
     * unless the spool was started with `keep`. With `into`, every chunk is a view of that buffer, valid only
     * until the loop asks for the next (no allocation per read); otherwise each chunk is a fresh buffer.
     */
    async *chunks(into) {
        if (this.taken)
            throw new Error('SpooledGit.chunks() called twice');
        this.taken = true;
        let complete = false;
        try {
            for (;;) {
                // Whatever git wrote before it exited is in the file: after this check, reading to the end is all.
                const exited = this.exit !== null;
                const chunk = this.read(into);
                if (chunk) {
                    yield chunk;
                    continue;
                }
                if (exited)
                    break;
                await new Promise((resolve) => {
                    const timer = setTimeout(resolve, POLL_MS);
                    this.wake = () => {
                        clearTimeout(timer);
                        resolve();
                    };
                });
                this.wake = null;
            }
            complete = true;
        }
        finally {
            // Kept only when read to the end: an early exit or an error stops git.
            if (!complete || !this.keep)
                this.dispose();
        }
        const exit = this.exit;
        const failure = 'error' in exit ? exit.error : exit.code !== 0 ? new _runner_js__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .XS(this.args, exit.code, this.stderr) : null;
        if (failure) {
            this.dispose();
            throw failure;
        }
    }
    /** git's standard input, when started with `input: 'open'`. */
    get stdin() {
        return this.child.stdin;
    }
    /** Resolves when git has exited (whatever its code: chunks() reports failures). */
    exited() {
        if (this.exit !== null)
            return Promise.resolve();
        return new Promise((resolve) => this.exitWaiters.push(resolve));
    }
    /** The whole output again from its start, after chunks() has read it (needs `keep`). */
    *readAgain(bytes = SPOOL_READ_BYTES) {
        if (!this.keep || this.disposed)
            throw new Error('SpooledGit.readAgain() needs an open spool (keep)');
        for (let offset = 0;;) {
            // A fresh buffer each time: callers may keep views of a chunk.
            const buffer = Buffer.allocUnsafe(bytes);
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, buffer, 0, bytes, offset);
            if (got === 0)
                return;
            offset += got;
            yield buffer.subarray(0, got);
        }
    }
    /** Stops git if it still runs and closes the file (a spooled output nobody read, or done with). */
    dispose() {
        if (this.disposed)
            return;
        this.disposed = true;
        if (this.exit === null)
            this.child.kill();
        // Off the main thread: closing the last handle of an unlinked file frees its pages (84 ms of the main
        // thread over a 30k-commit history), which the scan need not wait for.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(this.fd, () => undefined);
    }
    read(into) {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(this.fd).size;
        if (size <= this.offset)
            return null;
        const length = Math.min(size - this.offset, into?.length ?? SPOOL_READ_BYTES);
        const buffer = into ?? Buffer.allocUnsafe(length);
        const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, buffer, 0, length, this.offset);
        if (got === 0)
            return null;
        this.offset += got;
        return got === buffer.length ? buffer : buffer.subarray(0, got);
    }
    settle(exit) {
        this.exit ??= exit;
        this.wake?.();
        for (const resolve of this.exitWaiters.splice(0))
            resolve();
    }
}
/** A read-write temp file that has no name from the start (mode 0600), or why none could be made. */
function unnamedFile() {
    try {
        const unique = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `mistral-guard-${unique}`);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'wx+', 0o600);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(file);
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            throw error;
        }
        return fd;
    }
    catch (error) {
        return error;
    }
}


/***/ }),

/***/ 6780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pickSource: () => (/* binding */ pickSource),
  pipelineDetector: () => (/* binding */ pipelineDetector),
  scan: () => (/* binding */ scan),
  sortFindings: () => (/* binding */ sortFindings)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/checks/secret-files.ts
var secret_files = __webpack_require__(703);
// EXTERNAL MODULE: ./src/config/config-error.ts
var config_error = __webpack_require__(5877);
// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __webpack_require__(3797);
;// CONCATENATED MODULE: ./src/detect/candidates.ts
// Finds key-shaped runs in one linear pass: exactly 32 ASCII letters and digits, bounded by characters
// that end a token. A run that continues a longer token (`sk-…`, `v1.…`, `…/…`, `…_x`, `…$inboundSchema`,
// base64 with `+`, `/`, `=`) is not a key on its own.
const KEY_LENGTH = 32;
// 256 entries: also indexed by raw bytes (bytes of 128 and up are never ASCII letters or digits).
const ALNUM = new Uint8Array(256);
for (let code = 48; code <= 57; code++)
    ALNUM[code] = 1;
for (let code = 65; code <= 90; code++)
    ALNUM[code] = 1;
for (let code = 97; code <= 122; code++)
    ALNUM[code] = 1;
const BACKSLASH = 92;
/** The letters of the JSON escapes `\n`, `\r`, `\t`. */
const ESCAPE_N = 110;
const ESCAPE_R = 114;
const ESCAPE_T = 116;
function isAlnumAt(text, index) {
    const code = text.charCodeAt(index);
    return code < 128 && ALNUM[code] === 1;
}
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
/** Characters that glue a run to a longer token on either side. */
const GLUE_ALWAYS = new Set(['_', '$', '+', '%', '/']);
/** Characters that glue only when a letter or digit follows them (`x-KEY` vs `-KEY`, `KEY.json` vs `KEY.`). */
const GLUE_IF_WORD_BEYOND = new Set(['-', '.']);
// Glue never reaches across a line break (a newline is neither glue nor a letter), so neither test needs lines.
function gluedBefore(text, start) {
    if (start === 0)
        return false;
    const char = text[start - 1];
    if (GLUE_ALWAYS.has(char) || char === '@')
        return true;
    if (GLUE_IF_WORD_BEYOND.has(char))
        return start >= 2 && isAlnumAt(text, start - 2);
    return char.charCodeAt(0) >= 128 && NON_ASCII_WORD.test(char);
}
function gluedAfter(text, end) {
    if (end >= text.length)
        return false;
    const char = text[end];
    if (GLUE_ALWAYS.has(char) || char === '=')
        return true;
    if (GLUE_IF_WORD_BEYOND.has(char))
        return end + 1 < text.length && isAlnumAt(text, end + 1);
    return char.charCodeAt(0) >= 128 && NON_ASCII_WORD.test(char);
}
/**
 * Calls `found` for every key-shaped run, in text order. A run of KEY_LENGTH letters and digits or more covers
 * some multiple of KEY_LENGTH (counting from KEY_LENGTH - 1), so only those positions are probed and a probe that
 * lands on a letter or digit grows into its whole run: most characters are never read. Lines are counted with
 * native newline searches, only up to runs that are candidates. `accept` (when given) sees each run first, by its
 * offsets, and may drop it before its line is counted: most runs (digests, ids) are never keys, and a text full of
 * them (a JSON Lines log with an id per record) then costs no line counting at all.
 */
function forEachCandidate(text, found, accept) {
    forEachCandidateIn(text, 0, text.length, 1, found, accept);
}
/**
 * forEachCandidate for the given 1-based lines only (a diff's added lines), in text order: the same candidates it
 * finds on them, while the rest of the text is only skimmed for line breaks. A run never spans a line break.
 */
function forEachCandidateOnLines(text, lines, found, accept) {
    const wanted = [...lines].sort((a, b) => a - b);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < wanted.length; i++) {
        const first = wanted[i];
        if (!Number.isInteger(first) || first < line)
            continue;
        while (line < first) {
            const newline = text.indexOf('\n', lineStart);
            if (newline < 0)
                return;
            lineStart = newline + 1;
            line++;
        }
        // Consecutive lines (a hunk) are one stretch.
        let last = first;
        while (i + 1 < wanted.length && wanted[i + 1] === last + 1)
            last = wanted[++i];
        // The stretch ends at the newline that ends `last` (or at the end of the text).
        let end = lineStart;
        for (let at = first; at <= last; at++) {
            const newline = text.indexOf('\n', end);
            if (newline < 0) {
                end = text.length;
                break;
            }
            end = at < last ? newline + 1 : newline;
        }
        forEachCandidateIn(text, lineStart, end, first, found, accept);
        if (end >= text.length)
            return;
        lineStart = end + 1;
        line = last + 1;
    }
}
/** forEachCandidate over text[from, to), which starts a line (number `firstLine`) and ends one. */
function forEachCandidateIn(text, from, to, firstLine, found, accept) {
    let line = firstLine;
    let lineStart = from;
    // The first newline at or after lineStart (the text's length when none): lines before it are counted.
    let nextNewline = newlineFrom(text, from);
    let probe = from + KEY_LENGTH - 1;
    while (probe < to) {
        if (!isAlnumAt(text, probe)) {
            probe += KEY_LENGTH;
            continue;
        }
        let start = probe;
        while (start > from && isAlnumAt(text, start - 1))
            start--;
        let end = probe + 1;
        while (end < to && isAlnumAt(text, end))
            end++;
        // The next run starts after `end`, so if it is long enough it covers `end + KEY_LENGTH`.
        probe = end + KEY_LENGTH;
        const runLength = end - start;
        if (runLength !== KEY_LENGTH && runLength !== KEY_LENGTH + 1)
            continue;
        // Inside a JSON string (a notebook cell), `\n` or `\t` glues its letter to the key that follows (a backslash
        // before the run is on the same line).
        if (runLength === KEY_LENGTH + 1 && start > 0 && text.charCodeAt(start - 1) === BACKSLASH) {
            const escaped = text[start];
            if (escaped === 'n' || escaped === 'r' || escaped === 't')
                start++;
        }
        if (end - start !== KEY_LENGTH || gluedBefore(text, start) || gluedAfter(text, end))
            continue;
        if (accept !== undefined && !accept(start, end))
            continue;
        while (nextNewline < start) {
            line++;
            lineStart = nextNewline + 1;
            nextNewline = newlineFrom(text, lineStart);
        }
        found({ start, end, line, lineStart });
    }
}
function newlineFrom(text, from) {
    const at = text.indexOf('\n', from);
    return at < 0 ? text.length : at;
}
/**
 * Whether a maximal run of letters and digits passes forEachCandidate's length test: exactly KEY_LENGTH, or one
 * more when it starts with the letter of a `\n`, `\r` or `\t` escape (`before` is the code before the run, -1
 * at the start of a line).
 */
function runPassesLength(runLength, before, first) {
    if (runLength === KEY_LENGTH)
        return true;
    return (runLength === KEY_LENGTH + 1 &&
        before === BACKSLASH &&
        (first === ESCAPE_N || first === ESCAPE_R || first === ESCAPE_T));
}
/**
 * The byte-level twin of forEachCandidate's length test, for a gate that reads a line's raw bytes (in pieces,
 * as they arrive) to decide whether its file is worth decoding and scanning. A line it calls clean yields no
 * candidate: runs of ASCII letters and digits are the same in bytes as in decoded text (a non-ASCII character
 * is never one), and it keeps every run forEachCandidate keeps by length. Glue is not checked (it would need
 * decoded characters and lookahead), so it may keep a run the scan then rejects; never the other way round.
 */
class CandidateLineScanner {
    run = 0;
    first = 0;
    /** The byte before the current run, -1 at the start of the line. */
    before = -1;
    /** The last byte read, -1 at the start of the line. */
    previous = -1;
    /** Starts a new line. */
    reset() {
        this.run = 0;
        this.before = -1;
        this.previous = -1;
    }
    /** Reads bytes [from, to) of the line; true once a run that may be a candidate has ended in them. */
    feed(bytes, from, to) {
        let run = this.run;
        let first = this.first;
        let before = this.before;
        for (let at = from; at < to; at++) {
            const byte = bytes[at];
            if (ALNUM[byte] === 1) {
                if (run++ === 0) {
                    first = byte;
                    before = at > from ? bytes[at - 1] : this.previous;
                }
            }
            else if (run !== 0) {
                if (runPassesLength(run, before, first))
                    return true;
                run = 0;
            }
        }
        this.run = run;
        this.first = first;
        this.before = before;
        if (to > from)
            this.previous = bytes[to - 1];
        return false;
    }
    /** The line ended: true if its last run may be a candidate. Ready for the next line. */
    end() {
        const found = this.run !== 0 && runPassesLength(this.run, this.before, this.first);
        this.reset();
        return found;
    }
}
/** Whether forEachCandidate may find a candidate on the line held in bytes [start, end) (no newline inside). */
function bytesMayHoldCandidate(bytes, start, end) {
    const scanner = new CandidateLineScanner();
    return scanner.feed(bytes, start, end) || scanner.end();
}
/**
 * Calls `found` with the offsets of each run on the line in bytes [start, end) (no newline inside) that passes
 * forEachCandidate's length test (for 33 after an escape, the 32 after its letter), until `found` returns false;
 * returns false if it was stopped. Probes as forEachCandidate does, reading a fraction of the bytes, so it finds
 * a run exactly where bytesMayHoldCandidate answers true: the diff parser's reading of whole added lines.
 */
function forEachLineRun(bytes, start, end, found) {
    let probe = start + KEY_LENGTH - 1;
    while (probe < end) {
        if (ALNUM[bytes[probe]] !== 1) {
            probe += KEY_LENGTH;
            continue;
        }
        let first = probe;
        while (first > start && ALNUM[bytes[first - 1]] === 1)
            first--;
        let after = probe + 1;
        while (after < end && ALNUM[bytes[after]] === 1)
            after++;
        if (runPassesLength(after - first, first > start ? bytes[first - 1] : -1, bytes[first])) {
            if (!found(after - KEY_LENGTH, after))
                return false;
        }
        // The next run starts after `after` (a separator); if it is long enough it covers `after + KEY_LENGTH`.
        probe = after + KEY_LENGTH;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/detect/keywords.ts
// Provider names the detector reads context from. Mistral's family decides a key is Mistral's; another
// provider's name nearby (an `openai:` section, `COHERE_API_KEY=`) decides it is not.
/** Words that put text in Mistral's context, lowercase. `codestral` wins over `mistral` (codestral.mistral.ai). */
const MISTRAL_WORDS = ['mistral', 'codestral', 'ministral', 'pixtral', 'devstral', 'magistral', 'voxtral'];
// Providers whose keys are not Mistral's; short or common words only count as whole words. Clouds that host
// Mistral's models (Azure, Bedrock, Vertex) and frameworks (LangChain, LiteLLM) are left out on purpose: their
// names sit next to real Mistral keys.
const OTHER_PROVIDERS = [
    'cohere', 'gemini', 'deepseek', 'fireworks', 'voyageai', 'pinecone', 'elevenlabs',
    'assemblyai', 'deepgram', 'twilio', 'sendgrid', 'mailgun', 'algolia', 'langsmith', 'langfuse', 'serpapi',
    'cerebras', 'sambanova',
    // More model hosts and AI APIs.
    'deepinfra', 'anyscale', 'octoai', 'novita', 'nebius', 'hyperbolic', 'lepton', 'friendli', 'baseten', 'runpod',
    'predibase', 'upstage', 'dashscope', 'zhipu', 'moonshot', 'minimax', 'stabilityai', 'alephalpha', 'aleph_alpha',
    'nlpcloud', 'helicone', 'portkey', 'wandb', 'braintrust', 'firecrawl', 'serper', 'llamacloud', 'llamaparse',
    'mixedbread', 'vectara',
    // Vector databases.
    'weaviate', 'qdrant', 'milvus', 'zilliz', 'chromadb', 'lancedb', 'marqo', 'turbopuffer', 'upstash',
];
const OTHER_WHOLE_WORDS = ['together', 'jina', 'voyage', 'stripe', 'ai21', 'chroma', 'exa', 'reka'];
/**
 * Providers whose keys always carry a prefix (`sk-`, `sk-ant-`, `gsk_`, `hf_`, `pplx-`, `r8_`, `sk-or-`, `tvly-`,
 * `xai-`): a bare 32-character value under their label cannot be their key, so it may be Mistral's when the
 * client is pointed at a Mistral host (an OpenAI-compatible client, Open WebUI).
 */
const PREFIXED_PROVIDERS = [
    'openai', 'anthropic', 'claude', 'groq', 'huggingface', 'hugging_face', 'perplexity', 'replicate', 'openrouter',
    'tavily',
];
const PREFIXED_WHOLE_WORDS = ['pplx', 'hf', 'xai'];
const MISTRAL_PATTERN = MISTRAL_WORDS.join('|');
/** The cheap pre-filter: true when text may hold Mistral context (a keyword, any case). */
const MENTIONS = new RegExp(MISTRAL_PATTERN, 'i');
/**
 * What every keyword ends with: one literal that rejects most texts about twice as fast as the alternation
 * (which then only confirms).
 */
const TAILS = /[sx]tral/i;
function mentionsMistral(text) {
    return TAILS.test(text) && MENTIONS.test(text);
}
/**
 * mentionsMistral for bytes, without decoding them: the same answer as `mentionsMistral(bytes.toString('latin1'))`.
 * The keywords are ASCII and UTF-8 never hides an ASCII byte inside a multi-byte character, so this is exact for
 * UTF-8 text too. A buffer that starts with a UTF-16 byte order mark is decoded first (its text would otherwise
 * read as letters and NULs); UTF-16 without a mark holds NULs, which callers treat as binary or decode themselves.
 */
function mentionsMistralBytes(bytes) {
    const utf16 = utf16WithMark(bytes);
    if (utf16 !== null)
        return mentionsMistral(utf16);
    return hasFamilyWord(bytes);
}
// Every word of the family ends in `stral` or `xtral`: a Horspool search for that five-byte tail, any case, reads
// about one byte in five; each hit then checks the letters before it. Shifts are by the byte under the window's
// last position; a byte of the tail shifts to its place in it, any other byte past it.
const TAIL = 5;
const TAIL_SHIFT = new Uint8Array(256).fill(TAIL);
for (const [letter, shift] of [['s', 4], ['x', 4], ['t', 3], ['r', 2], ['a', 1]]) {
    TAIL_SHIFT[letter.charCodeAt(0)] = shift;
    TAIL_SHIFT[letter.toUpperCase().charCodeAt(0)] = shift;
}
/** Lowercase for ASCII letters; other bytes may fold to non-letters, never to a letter. */
const FOLD = 0x20;
const L = 0x6c;
const A = 0x61;
const R = 0x72;
const T = 0x74;
const S = 0x73;
const X = 0x78;
/** What comes before `stral` or `xtral` in each family word (`mi`, `code`, `pi`, …). */
const BEFORE_STRAL = MISTRAL_WORDS.filter((word) => word.endsWith('stral')).map((word) => word.slice(0, -TAIL));
const BEFORE_XTRAL = MISTRAL_WORDS.filter((word) => word.endsWith('xtral')).map((word) => word.slice(0, -TAIL));
function hasFamilyWord(bytes) {
    const length = bytes.length;
    let end = TAIL - 1;
    while (end < length) {
        const last = bytes[end];
        if ((last | FOLD) === L &&
            (bytes[end - 1] | FOLD) === A &&
            (bytes[end - 2] | FOLD) === R &&
            (bytes[end - 3] | FOLD) === T) {
            const first = bytes[end - 4] | FOLD;
            if (first === S && endsWithAny(bytes, end - 4, BEFORE_STRAL))
                return true;
            if (first === X && endsWithAny(bytes, end - 4, BEFORE_XTRAL))
                return true;
        }
        end += TAIL_SHIFT[last];
    }
    return false;
}
/** Whether the bytes before `at` spell one of `words` (lowercase ASCII), any case. */
function endsWithAny(bytes, at, words) {
    for (const word of words) {
        if (at < word.length)
            continue;
        let same = true;
        for (let i = 0; i < word.length && same; i++)
            same = (bytes[at - word.length + i] | FOLD) === word.charCodeAt(i);
        if (same)
            return true;
    }
    return false;
}
/** The text of a buffer that starts with a UTF-16 byte order mark (an odd last byte dropped), else null. */
function utf16WithMark(bytes) {
    if (bytes.length < 2)
        return null;
    const little = bytes[0] === 0xff && bytes[1] === 0xfe;
    const big = bytes[0] === 0xfe && bytes[1] === 0xff;
    if (!little && !big)
        return null;
    const even = bytes.length - (bytes.length % 2);
    const units = Buffer.from(bytes.subarray(2, even));
    if (big)
        units.swap16();
    return units.toString('utf16le');
}
// Groups: 1 Mistral's family, 2 a prefixed provider, 3 another provider; then the same two as whole words.
const ALL_MENTIONS_SOURCE = `(${MISTRAL_PATTERN})|(${PREFIXED_PROVIDERS.join('|')})|(${OTHER_PROVIDERS.join('|')})` +
    `|(?<![a-z0-9])(?:(${PREFIXED_WHOLE_WORDS.join('|')})|(${OTHER_WHOLE_WORDS.join('|')}))(?![a-z])`;
/** Every word ALL_MENTIONS_SOURCE names. */
const PROVIDER_WORDS = [
    ...MISTRAL_WORDS,
    ...PREFIXED_PROVIDERS,
    ...OTHER_PROVIDERS,
    ...PREFIXED_WHOLE_WORDS,
    ...OTHER_WHOLE_WORDS,
];
/** Codestral over Mistral (the more specific name), any Mistral name over another provider. */
function strongerProvider(a, b) {
    if (a === 'codestral' || b === 'codestral')
        return 'codestral';
    if (a === 'mistral' || b === 'mistral')
        return 'mistral';
    return a ?? b;
}

;// CONCATENATED MODULE: ./src/detect/lines.ts
// Bounded line arithmetic over a whole text: nothing here splits the text or scans further than asked,
// so a 10 MB minified line costs what it costs once, not once per candidate.
/** The line after the one ending at `lineEnd` (a `\n` or the end), or null at the end or past `ceiling`. */
function nextLine(text, lineEnd, ceiling) {
    let newline = lineEnd;
    while (newline < text.length && text.charCodeAt(newline) !== 10)
        newline++;
    if (newline >= text.length)
        return null;
    const start = newline + 1;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10) {
        if (end >= ceiling)
            return null;
        end++;
    }
    return { start, end: trimCr(text, start, end) };
}
function trimCr(text, start, end) {
    return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
/** The end of the line holding `position` (before `\n` and a trailing `\r`). */
function lineEndOf(text, position) {
    const newline = text.indexOf('\n', position);
    const end = newline < 0 ? text.length : newline;
    return end > position && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
function shapeOf(text, line) {
    let indent = 0;
    let i = line.start;
    for (; i < line.end; i++) {
        const code = text.charCodeAt(i);
        if (code === 32)
            indent++;
        else if (code === 9)
            indent += 4;
        else
            break;
    }
    let last = line.end - 1;
    while (last >= i && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9))
        last--;
    const blank = last < i;
    const header = !blank && text[i] === '[' && text[last] === ']' && line.end - line.start < 200 && !text.slice(i + 1, last).includes('"');
    return { indent, blank, last: blank ? '' : text[last], header };
}

;// CONCATENATED MODULE: ./src/detect/char-codes.ts
// ASCII character classes by char code, for the hot loops that read text one code at a time.
function isUpper(code) {
    return code >= 65 && code <= 90;
}
function isLower(code) {
    return code >= 97 && code <= 122;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}

;// CONCATENATED MODULE: ./src/detect/speaker.ts
// Who speaks on a chat line: `[10:43] alice: …`, `alice: …`. A speaker's name is not a label: the value after it
// is as bare as a value alone on its line, so the lines above (`alice: can you try with my mistral key?`) speak
// for it. A YAML key (`redis: …`) looks the same, so a name counts as a speaker only with a chat's marks: a
// timestamp before it, or the same name opening a line of prose nearby (YAML does not repeat a key).
/** Optional indentation and timestamp (`[10:43]`, `10:43:12`, `(2024-05-01 10:43 PM)`), then `name: `. */
const SPEAKER = /[ \t]*(?:([[(]?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?[\])]?)[ \t]+)?@?([a-z][a-z0-9]{1,19}|[A-Z][a-z0-9]{1,19}):[ \t]+/y;
/** How far a speaker prefix may reach into its line. */
const PREFIX_REACH = 64;
/** How many lines either side may repeat the speaker. */
const NEAR_LINES = 4;
const NEAR_CHARS = 1200;
/** A line of prose: at least this many words after the speaker. */
const PROSE_WORDS = 3;
/** The speaker opening the line at `lineStart`, if its prefix ends by `limit`. */
function speakerAt(text, lineStart, limit) {
    SPEAKER.lastIndex = lineStart;
    // Sticky and bounded: only the line's first few characters are read.
    const match = SPEAKER.exec(text);
    if (match === null || match[0].length > PREFIX_REACH)
        return null;
    const end = lineStart + match[0].length;
    if (end > limit)
        return null;
    const name = match[2];
    const nameTo = lineStart + match[0].lastIndexOf(':');
    return { name, nameFrom: nameTo - name.length, nameTo, end, timestamped: match[1] !== undefined };
}
/** Whether the same speaker opens a line of prose within a few lines of the one at `lineStart`. */
function speaksNearby(text, lineStart, name) {
    // Above.
    let end = lineStart - 1;
    for (let n = 0; n < NEAR_LINES && end > 0 && lineStart - end < NEAR_CHARS; n++) {
        const start = text.lastIndexOf('\n', end - 1) + 1;
        if (isProseBy(text, start, end, name))
            return true;
        end = start - 1;
    }
    // Below.
    let start = text.indexOf('\n', lineStart);
    for (let n = 0; n < NEAR_LINES && start >= 0 && start - lineStart < NEAR_CHARS; n++) {
        start++;
        const lineEnd = text.indexOf('\n', start);
        if (isProseBy(text, start, lineEnd < 0 ? text.length : lineEnd, name))
            return true;
        start = lineEnd;
    }
    return false;
}
function isProseBy(text, start, end, name) {
    const speaker = speakerAt(text, start, end);
    if (speaker === null || speaker.name !== name)
        return false;
    const said = text.slice(speaker.end, Math.min(end, speaker.end + 200)).trim();
    return said.split(/\s+/).length >= PROSE_WORDS;
}

;// CONCATENATED MODULE: ./src/detect/wrapper.ts
// Generic wrappers around a value: `Some("…")`, `Ok(…)`, `String::from(…)`, `str(…)`, `new String(…)`,
// `SecretStr(…)`, `pydantic.SecretStr(…)`, `Secret::new(…)`, `Optional.of(…)`. They say nothing about whose value
// it is, so the label and the bracket context are read through them, from the call that encloses them.
/** How many nested wrappers are looked through at most (`Some(String::from(…))` is two). */
const MAX_WRAPPERS = 3;
/** Wrapper types and functions, lowercase. */
const WRAPPERS = new Set([
    'some', 'ok', 'option', 'optional', 'str', 'string', 'secret', 'secretstr', 'secretstring', 'secretbytes',
    'secretbox',
]);
/** Constructors of a wrapper type: `String::from`, `Secret::new`, `Optional.of`. */
const CONSTRUCTORS = new Set(['new', 'from', 'of']);
const CALLEE_REACH = 48;
function isCalleeCode(code) {
    return ((code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        (code >= 48 && code <= 57) ||
        code === 95 || // _
        code === 46 || // .
        code === 58 // :
    );
}
/**
 * Where the wrapper called by the `(` at `opener` starts (its `new ` included), or `opener` when the callee is not
 * a generic wrapper. Reads no further back than `floor`.
 */
function wrapperStart(text, floor, opener) {
    const lower = Math.max(floor, opener - CALLEE_REACH);
    let start = opener;
    while (start > lower && isCalleeCode(text.charCodeAt(start - 1)))
        start--;
    if (start === opener)
        return opener;
    const segments = text
        .slice(start, opener)
        .toLowerCase()
        .split(/::|\./)
        .filter((segment) => segment.length > 0);
    const last = segments[segments.length - 1];
    if (last === undefined)
        return opener;
    const wraps = WRAPPERS.has(last) || (CONSTRUCTORS.has(last) && segments.length >= 2 && WRAPPERS.has(segments[segments.length - 2]));
    if (!wraps)
        return opener;
    // `new String(`: the keyword belongs to the wrapper.
    if (start - 4 >= lower && text.startsWith('new ', start - 4)) {
        const before = start - 5;
        if (before < lower || !isCalleeCode(text.charCodeAt(before)))
            return start - 4;
    }
    return start;
}
/** Whether the `(` at `opener` calls a generic wrapper. */
function isWrapperCall(text, floor, opener) {
    return text.charCodeAt(opener) === 40 && wrapperStart(text, floor, opener) < opener;
}

;// CONCATENATED MODULE: ./src/detect/label.ts
// The name a candidate is assigned to, read from the few characters before it on its line: `MISTRAL_API_KEY=`,
// `"api_key": "`, `apiKey: '`, `Authorization: Bearer `, `ENV MISTRAL_API_KEY `, `'api_key' => '`,
// `Mistral("`. Its words say whose key it is, whether it is a secret at all, or nothing (a bare value).



const LABEL_REACH = 64;
const LONG_TOKEN = 24;
const MAX_WORDS = 8;
/** A chat speaker's prefix sits within a line's first characters. */
const SPEAKER_REACH = 64;
/** Where one value ends and the next begins: the label is read after the last of these. */
const CUTS = new Uint8Array(128);
for (const char of ',;{}[]()|&?<>')
    CUTS[char.charCodeAt(0)] = 1;
/** After these, an empty label reaches back one step: `Mistral(`, `keys = [`, `'api_key' =>`, `{`. */
const REACH_BACK = new Uint8Array(128);
for (const char of '([{>')
    REACH_BACK[char.charCodeAt(0)] = 1;
function isAlnumCode(code) {
    return isUpper(code) || isLower(code) || isDigit(code);
}
function isCut(text, index) {
    const code = text.charCodeAt(index);
    return code < 128 && CUTS[code] === 1;
}
/** Words that name a secret or only dress an assignment, so they leave the label generic. */
// `secret` and `password` are not here: a bare `SECRET_KEY` or `PASSWORD` next to Mistral settings is usually
// the app's own secret, so those labels need an enclosing scope that names Mistral.
const GENERIC = new Set([
    'key', 'keys', 'apikey', 'apikeys', 'api', 'token', 'tokens', 'bearer', 'authorization',
    'auth', 'credential', 'credentials', 'cred', 'creds', 'access', 'x', 'h',
    'header', 'headers', 'export', 'env', 'arg', 'set', 'setx', 'const', 'let', 'var', 'val', 'string', 'str',
    'final', 'static', 'private', 'readonly', 'my', 'the', 'default', 'client', 'llm', 'ai', 'provider', 'value',
    'config', 'settings', 'dim', 'local', 'global', 'def', 'self', 'this', 'is', 'here', 'use', 'with', 'new', 'f',
    'r', 'b', 'u', 'option', 'options', 'param', 'params', 'define', 'declare', 'pub', 'mut', 'fn', 'location',
    'environment', 'variable', 'variables', 'prod', 'production', 'dev', 'staging',
]);
/** Words that make a secret of the label. */
const SECRET_WORDS = new Set([
    'key', 'keys', 'apikey', 'apikeys', 'token', 'tokens', 'secret', 'secrets', 'bearer', 'authorization', 'auth',
    'password', 'passwd', 'pwd', 'credential', 'credentials', 'creds',
]);
/** A label ending in one of these names something that is not a secret: `request_id`, `file_hash`. */
const NOT_SECRET_HEADS = new Set([
    'id', 'ids', 'uuid', 'guid', 'hash', 'hashes', 'sha', 'sha1', 'sha256', 'md5', 'checksum', 'digest', 'etag',
    'integrity', 'nonce', 'salt', 'iv', 'commit', 'revision', 'rev', 'version', 'model', 'name', 'path', 'file',
    'filename', 'dir', 'url', 'uri', 'endpoint', 'host', 'ref', 'tag', 'slug', 'color', 'class', 'seed', 'cursor',
    'trace', 'span', 'fingerprint', 'session', 'cid', 'oid', 'sid',
]);
/** `cache_key`, `idempotency_key`, `public_key`: keys that are not credentials. */
const NOT_SECRET_QUALIFIERS = new Set([
    'cache', 'idempotency', 'public', 'primary', 'foreign', 'sort', 'partition', 'dedup', 'dedupe', 'lookup',
    'storage', 'object', 'row', 'map', 'dict', 'hash', 'index', 'react', 'unique', 'i18n', 'translation', 'csrf',
    'xsrf', 'csrftoken', 'anti', 'verification', 'continuation', 'page', 'next', 'pagination', 'sync', 'refresh',
]);
/** Whether a lowercase word only dresses a label (`api`, `config`, `env`) or names a secret (`key`, `token`). */
function isGenericWord(word) {
    return GENERIC.has(word) || SECRET_WORDS.has(word);
}
/** Splits `MISTRAL_API_KEY`, `mistralApiKey`, `x-api-key`, `APIKey` into lowercase words; `\n` escapes split too. */
function labelWords(text, from = 0, to = text.length) {
    const words = [];
    let wordStart = -1;
    const flush = (end) => {
        if (wordStart >= 0 && end > wordStart)
            words.push(text.slice(wordStart, end).toLowerCase());
        wordStart = -1;
    };
    for (let i = from; i < to; i++) {
        const code = text.charCodeAt(i);
        if (code === 92 && i + 1 < to) {
            // `\n`, `\t`, `\"` inside a JSON string: an escape, not part of a word.
            flush(i);
            i++;
            continue;
        }
        if (!(isUpper(code) || isLower(code) || isDigit(code))) {
            flush(i);
            continue;
        }
        if (wordStart < 0) {
            wordStart = i;
            continue;
        }
        const previous = text.charCodeAt(i - 1);
        const next = i + 1 < to ? text.charCodeAt(i + 1) : 0;
        // camelCase (`apiKey`) and the end of an acronym (`APIKey`) start a new word.
        if (isUpper(code) && (isLower(previous) || isDigit(previous) || (isUpper(previous) && isLower(next)))) {
            flush(i);
            wordStart = i;
        }
    }
    flush(to);
    return words;
}
/**
 * The label of the value starting at `start`, read within its line (which starts at `lineStart`). Only a chat
 * speaker's prefix looks past the line, through `nearby`.
 */
function readLabel(text, lineStart, start, providers, nearby = speaksNearby) {
    const floor = Math.max(lineStart, start - LABEL_REACH);
    let cut = start - 1;
    let run = 0;
    let hardCut = false;
    for (; cut >= floor; cut--) {
        if (isCut(text, cut))
            break;
        run = isAlnumCode(text.charCodeAt(cut)) ? run + 1 : 0;
        // A long token before the value is another value (or a key), not a name: the label starts after it.
        if (run >= LONG_TOKEN) {
            cut += LONG_TOKEN;
            while (cut < start && isAlnumCode(text.charCodeAt(cut)))
                cut++;
            hardCut = true;
            break;
        }
    }
    let from = cut + 1;
    let to = start;
    let words = labelWords(text, from, to);
    // An empty label reaches back one step; a generic wrapper (`Some(`, `SecretStr(`) is looked through, one more
    // step each, so `Client::new(Some("…"))` is labelled by `Client::new` as `Client::new("…")` is.
    for (let hops = 0; words.length === 0 && !hardCut && cut >= floor && hops < MAX_WRAPPERS + 1; hops++) {
        if (REACH_BACK[text.charCodeAt(cut)] !== 1)
            break;
        let previous = cut - 1;
        while (previous >= floor && !isCut(text, previous))
            previous--;
        from = previous + 1;
        to = text.charCodeAt(cut) === 40 ? wrapperStart(text, from, cut) : cut;
        words = labelWords(text, from, to);
        if (to === cut)
            break;
        cut = previous;
    }
    const speaker = from < lineStart + SPEAKER_REACH ? speakerEnd(text, lineStart, start, providers, nearby) : -1;
    if (speaker > from && speaker <= start) {
        // `[10:43] alice: …`: who speaks is not what the value is.
        from = Math.min(speaker, to);
        words = labelWords(text, from, to);
    }
    return labelOf(text, from, to, providers, words);
}
/**
 * Where a chat speaker's prefix ends on the line (`[10:43] alice: `), or -1: a name that is not a key, secret or
 * provider word, marked as a speaker by a timestamp or by the same name opening prose nearby.
 */
function speakerEnd(text, lineStart, start, providers, nearby) {
    const speaker = speakerAt(text, lineStart, start);
    if (speaker === null)
        return -1;
    const word = speaker.name.toLowerCase();
    if (isGenericWord(word) || NOT_SECRET_HEADS.has(word) || NOT_SECRET_QUALIFIERS.has(word))
        return -1;
    if (providers.within(speaker.nameFrom, speaker.nameTo) !== null)
        return -1;
    return speaker.timestamped || nearby(text, lineStart, speaker.name) ? speaker.end : -1;
}
/** The label made of the words in [from, to): a name read elsewhere (`name: SESSION_SECRET`) is judged the same way. */
function labelOf(text, from, to, providers, words = labelWords(text, from, to)) {
    if (words.length > MAX_WORDS)
        words = words.slice(-MAX_WORDS);
    let kind = kindOf(words, words.length > 0 ? providers.within(from, to) : null);
    // Azure's OpenAI keys carry no prefix.
    if (kind === 'other' && !words.includes('azure') && providers.onlyPrefixedWithin(from, to))
        kind = 'prefixed-other';
    return { kind, words, from, to };
}
function kindOf(words, provider) {
    if (words.length === 0)
        return 'bare';
    const secret = words.some((word) => SECRET_WORDS.has(word));
    const head = words[words.length - 1];
    if (!secret && NOT_SECRET_HEADS.has(head))
        return 'not-secret';
    if (words.some((word, i) => SECRET_WORDS.has(word) && i > 0 && NOT_SECRET_QUALIFIERS.has(words[i - 1]))) {
        return 'not-secret';
    }
    if (provider !== null)
        return provider;
    return words.every((word) => GENERIC.has(word)) ? 'generic' : 'qualified';
}

;// CONCATENATED MODULE: ./src/detect/section-name.ts
// Whether a parent line opens a section named after something of its own: `deepinfra:`, `"weaviate": {`,
// `[cache]`, `- name: SESSION_SECRET`. Such a section is a boundary: what its siblings say (a `mistral:` section
// next to it) is not about the values inside it. A section named only with generic or structural words
// (`config:`, `env:`, `providers:`, `spec:`) is no boundary, nor one that names a provider (the mention decides).

/** Section names that only structure a file (k8s, compose, CI, app config), on top of the label's generic words. */
const STRUCTURAL = new Set([
    'spec', 'data', 'string', 'stringdata', 'metadata', 'template', 'envs', 'env', 'environment', 'vars', 'containers',
    'container', 'init', 'services', 'service', 'jobs', 'job', 'steps', 'step', 'with', 'inputs', 'secrets', 'secret',
    'providers', 'models', 'model', 'llms', 'integrations', 'integration', 'apis', 'clients', 'connection',
    'connections', 'backends', 'backend', 'endpoints', 'chat', 'completion', 'completions', 'embedding', 'embeddings',
    'defaults', 'common', 'shared', 'base', 'app', 'application', 'spring', 'parameters', 'properties', 'values',
    'items', 'args', 'kwargs', 'body', 'payload', 'request', 'json', 'extra', 'extras', 'custom', 'main', 'root',
    'accounts', 'account', 'primary', 'secondary', 'fallback', 'backup', 'public', 'test', 'tests', 'ci', 'local',
    'remote', 'cloud', 'server', 'servers', 'http', 'https', 'rest', 'try',
    'else', 'finally', 'except', 'do', 'then', 'vault', 'kv', 'keyring', 'stage', 'stages', 'deploy', 'deployment',
    'build', 'run', 'script', 'prod', 'preview', 'development', 'live', 'sandbox', 'example', 'examples', 'sample',
    'llm', 'ai', 'ml', 'genai', 'agent', 'agents', 'assistant', 'bot', 'chatbot', 'rag', 'inference', 'generation',
    // Prose and code lines that also end in a colon.
    'configuration', 'setup', 'usage', 'install', 'installation', 'note', 'notes', 'output', 'result', 'response',
    'demo', 'quickstart', 'docs', 'documentation', 'protected', 'internal', 'public', 'then',
]);
const KEY_OPENER = /^\s*(?:-\s+)?(["']?)([A-Za-z0-9_.\-/]{1,60})\1\s*:\s*(?:[{[]\s*)?(?:#.*)?$/;
const NAMED_ITEM = /^\s*-\s+["']?(?:name|key)["']?\s*:\s*["']?([A-Za-z0-9_.\- ]{1,60}?)["']?\s*(?:#.*)?$/i;
const HEADER = /^\s*\[+\s*["']?([A-Za-z0-9_.\- ]{1,60}?)["']?\s*\]+\s*$/;
const MAX_LINE = 200;
/** `v1:`, `2024:` name no service. */
const VERSION = /^v?\d+$/;
/** Whether the line opens a named section that is a boundary (see above). */
function isNamedSection(text, line) {
    if (line.end - line.start > MAX_LINE)
        return false;
    const content = text.slice(line.start, line.end);
    const name = NAMED_ITEM.exec(content)?.[1] ?? KEY_OPENER.exec(content)?.[2] ?? HEADER.exec(content)?.[1];
    if (name === undefined)
        return false;
    const words = labelWords(name);
    return words.some((word) => !isGenericWord(word) && !STRUCTURAL.has(word) && !VERSION.test(word));
}

;// CONCATENATED MODULE: ./src/detect/context.ts
// Whose key a candidate is, from what surrounds it. Two views, both bounded:
// - on its own line, the brackets it sits in (`{"openai": {"api_key": KEY}}` vs `{"mistral": …}`) and,
//   failing those, the nearest provider name within a short reach;
// - above and below it, the enclosing scopes by indentation: a YAML or JSON parent (`mistral:`), a call
//   (`client = Mistral(`), a TOML section (`[mistral]`), a `curl … \` command, and the siblings near it.




const BRACKET_REACH = 300;
const BRACKET_LEVELS = 3;
const BRACKET_LABEL_REACH = 40;
const WINDOW_BEFORE = 160;
const WINDOW_AFTER = 120;
function isOpener(code) {
    return code === 40 || code === 91 || code === 123;
}
function isCloser(code) {
    return code === 41 || code === 93 || code === 125;
}
const LABEL_CUTS = new Set([',', ';', '{', '}', '[', ']', '(', ')']);
/** What the candidate's own line says, or null when it names no provider. */
function sameLineProvider(text, mentions, line, start, end, { labelsOnly = false, bracketsOnly = false } = {}) {
    const floor = Math.max(line.start, start - BRACKET_REACH);
    let depth = 0;
    let inner = -1;
    let levels = 0;
    for (let i = start - 1; i >= floor && levels < BRACKET_LEVELS; i--) {
        const code = text.charCodeAt(i);
        if (isCloser(code))
            depth++;
        else if (isOpener(code)) {
            if (depth > 0) {
                depth--;
                continue;
            }
            // An enclosing bracket: its label (`"openai": {`, `Mistral(`) and what it holds up to the candidate
            // (or, for the innermost, up to its closer) speak for this level.
            const labelStart = labelStartBefore(text, i, line.start);
            const contentEnd = labelsOnly ? i : inner < 0 ? closerAfter(text, end, line.end) : inner;
            const found = mentions.within(labelStart, contentEnd);
            if (found !== null)
                return found;
            inner = i;
            // A generic wrapper (`Some(`, `SecretStr(`) is looked through: the call around it is the next level.
            if (!isWrapperCall(text, labelStart, i))
                levels++;
        }
    }
    if (bracketsOnly || (labelsOnly && inner >= 0))
        return null;
    const lower = Math.max(line.start, start - WINDOW_BEFORE);
    return mentions.nearest(start, end, lower, Math.min(line.end, end + WINDOW_AFTER));
}
function labelStartBefore(text, opener, lineStart) {
    const floor = Math.max(lineStart, opener - BRACKET_LABEL_REACH);
    let i = opener - 1;
    while (i >= floor && !LABEL_CUTS.has(text[i]))
        i--;
    return i + 1;
}
function closerAfter(text, end, lineEnd) {
    const ceiling = Math.min(lineEnd, end + BRACKET_REACH);
    let depth = 0;
    for (let i = end; i < ceiling; i++) {
        const code = text.charCodeAt(i);
        if (isOpener(code))
            depth++;
        else if (isCloser(code)) {
            if (depth === 0)
                return i;
            depth--;
        }
    }
    return ceiling;
}
function emptyScope() {
    return { parent: null, content: null, parentHost: null, contentHost: null, boundary: false };
}
/**
 * Whether a line opens a list item: `- name: X`, `-`, or a bare JSON element `{` (also `},{`). Another item of the
 * same list is a peer, not a description of this one.
 */
function isListItem(text, line) {
    let i = line.start;
    while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
        i++;
    if (text[i] === '-')
        return i + 1 === line.end || text[i + 1] === ' ' || text[i + 1] === '\t';
    let last = line.end - 1;
    while (last > i && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9))
        last--;
    if (text[last] !== '{' && text[last] !== '[')
        return false;
    for (let j = i; j < last; j++)
        if (!'}], \t'.includes(text[j]))
            return false;
    return true;
}
/** Siblings count this many lines away at most; parents count however far up they are. */
const NEAR_UP = 15;
const DOWN_LINES = 10;
const DOWN_CHARS = 3000;
const MAX_LEVELS = 20;
const MAX_CHAIN = 40;
const CONTINUATIONS = new Set(['\\', '`', '^']);
const merge = strongerProvider;
/**
 * Follows the text line by line, once, keeping the open parents (a stack by indentation), the last lines
 * (for siblings) and the current backslash-continued command. Candidates come in text order, so the whole
 * walk is linear however many candidates there are.
 */
class ScopeTracker {
    text;
    mentions;
    position = 0;
    lineNumber = 1;
    stack = [];
    /** The last NEAR_UP non-blank lines, a ring. */
    recent = [];
    recentNext = 0;
    chain = [];
    chainOpen = false;
    constructor(text, mentions) {
        this.text = text;
        this.mentions = mentions;
    }
    say(entry) {
        if (entry.provider === undefined)
            entry.provider = this.mentions.within(entry.start, entry.end);
        return entry.provider;
    }
    host(entry) {
        if (entry.host === undefined)
            entry.host = this.mentions.hostWithin(entry.start, entry.end);
        return entry.host;
    }
    /** Counts a line in a scope's content. */
    count(scope, line) {
        scope.content = merge(scope.content, 'line' in line ? this.say(line) : this.mentions.within(line.start, line.end));
        scope.contentHost = merge(scope.contentHost, this.host(line));
    }
    /** Reads every line before `lineStart` (which must not go backwards). */
    advanceTo(lineStart) {
        const text = this.text;
        while (this.position < lineStart) {
            const newline = text.indexOf('\n', this.position);
            const next = newline < 0 || newline >= lineStart ? lineStart : newline + 1;
            let end = next > this.position && text.charCodeAt(next - 1) === 10 ? next - 1 : next;
            if (end > this.position && text.charCodeAt(end - 1) === 13)
                end--;
            const span = { start: this.position, end };
            this.take(span);
            this.position = next;
            this.lineNumber++;
        }
    }
    take(span) {
        const shape = shapeOf(this.text, span);
        if (shape.blank)
            return;
        const entry = {
            start: span.start,
            end: span.end,
            line: this.lineNumber,
            indent: shape.header ? shape.indent - 0.5 : shape.indent,
            header: shape.header,
            provider: undefined,
            host: undefined,
            boundary: undefined,
        };
        while (this.stack.length > 0 && this.stack[this.stack.length - 1].indent >= entry.indent)
            this.stack.pop();
        this.stack.push(entry);
        this.recent[this.recentNext] = entry;
        this.recentNext = (this.recentNext + 1) % NEAR_UP;
        // A command continued with `\` (or PowerShell's backtick, cmd's caret) is one statement over several lines.
        if (!this.chainOpen)
            this.chain.length = 0;
        if (this.chain.length < MAX_CHAIN)
            this.chain.push(entry);
        this.chainOpen = CONTINUATIONS.has(shape.last);
    }
    /** The scopes around a line, innermost first. Lines must be asked in text order. */
    scopesFor(line, lineNumber) {
        this.advanceTo(line.start);
        const own = shapeOf(this.text, line);
        const scopes = [emptyScope()];
        if (this.chainOpen) {
            for (const entry of this.chain) {
                scopes[0].parent = merge(scopes[0].parent, this.say(entry));
                scopes[0].parentHost = merge(scopes[0].parentHost, this.host(entry));
            }
        }
        // Parents: the open lines less indented than this one, nearest first; a section header is the last.
        // `childIndent[level]` is how far the lines of each scope are indented: its siblings sit exactly there.
        const childIndent = [own.indent];
        const parentLines = [];
        for (let i = this.stack.length - 1; i >= 0 && scopes.length <= MAX_LEVELS; i--) {
            const entry = this.stack[i];
            if (entry.indent >= own.indent)
                continue;
            const scope = scopes[scopes.length - 1];
            scope.parent = merge(scope.parent, this.say(entry));
            scope.parentHost = merge(scope.parentHost, this.host(entry));
            scope.boundary = entry.boundary ??= isNamedSection(this.text, entry);
            scopes.push(emptyScope());
            childIndent.push(entry.indent);
            parentLines.push(entry.line);
            if (entry.header)
                break;
        }
        // Which scope a line at `indent` sits in, starting from `level` (scopes only widen as the walk goes on).
        const levelOf = (indent, level) => {
            while (level + 1 < childIndent.length && indent <= childIndent[level + 1])
                level++;
            return level;
        };
        // Siblings above: recent lines in this scope, then in each enclosing one. Above the innermost scope, lines
        // deeper than the scope's own lines belong to an earlier sibling's subtree: they count with a mapping sibling
        // (a Secret's `metadata:` names it) but not with a list item (`- name: MISTRAL_API_KEY` and its `valueFrom:`
        // say nothing about the next entry). Walking up, the subtree comes before its sibling line, so it waits.
        let floor = own.indent;
        let level = 0;
        let pending = emptyScope();
        for (let k = 1; k <= this.recent.length; k++) {
            const entry = this.recent[(this.recentNext - k + NEAR_UP) % NEAR_UP];
            if (lineNumber - entry.line > NEAR_UP)
                break;
            if (entry.header && entry.indent < floor)
                break;
            if (entry.indent < floor) {
                floor = entry.indent;
                const outer = levelOf(floor, level);
                if (outer !== level)
                    pending = emptyScope();
                level = outer;
            }
            if (level === 0)
                this.count(scopes[0], entry);
            else if (entry.indent > floor)
                this.count(pending, entry);
            else if (entry.line !== parentLines[level - 1]) {
                const scope = scopes[level];
                if (!isListItem(this.text, entry)) {
                    scope.content = merge(scope.content, pending.content);
                    scope.contentHost = merge(scope.contentHost, pending.contentHost);
                }
                pending = emptyScope();
                this.count(scope, entry);
            }
        }
        // Siblings below, then what follows the scope's end; again, a later list item's subtree does not count.
        floor = own.indent;
        level = 0;
        let inItem = false;
        let current = line;
        const ceiling = Math.min(this.text.length, line.end + DOWN_CHARS);
        for (let distance = 1; distance <= DOWN_LINES && current !== null; distance++) {
            current = nextLine(this.text, current.end, ceiling);
            if (current === null)
                break;
            const shape = shapeOf(this.text, current);
            if (shape.blank)
                continue;
            if (shape.header)
                break;
            if (shape.indent < floor) {
                floor = shape.indent;
                level = levelOf(floor, level);
                // Past the outermost known parent (a snippet that starts indented): a scope of its own.
                if (level === childIndent.length - 1 && floor < childIndent[level]) {
                    scopes.push(emptyScope());
                    childIndent.push(floor);
                    level++;
                }
            }
            if (level > 0) {
                if (shape.indent > floor) {
                    if (inItem)
                        continue;
                }
                else
                    inItem = isListItem(this.text, current);
            }
            this.count(scopes[level], current);
        }
        return scopes;
    }
}

;// CONCATENATED MODULE: ./src/detect/flat-copy.ts
// Strings that must not keep their source alive: V8 keeps a slice of 13 characters or more as a view into its
// parent, so a 32-character key sliced from a 5 MB blob holds the whole blob for as long as the key is kept.
/** A copy of `text` that shares no memory with the string it came from (slicing a fresh concatenation). */
function flatCopy(text) {
    return (' ' + text).slice(1);
}

;// CONCATENATED MODULE: ./src/detect/sorted.ts
// Binary search over a sorted list of offsets or line numbers, shared by the detector's lookups and the
// windows a streamed text is cut into.
/** Index of the first value at or after `value` in an ascending list (its length when there is none). */
function firstAtOrAfter(sorted, value) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (sorted[middle] < value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

;// CONCATENATED MODULE: ./src/detect/word-search.ts
// Finds the leftmost match of a case-insensitive alternation of words, as a global regex would, about two and a
// half times faster on source text: V8 tries each of ~90 alternatives at every position, while this reads a
// position's first three characters (folded to lowercase) against a table of the words' first three and runs
// the regex, sticky, only where they fit (2–3% of positions in code). The regex decides every match, so the
// results are the regex's own: same matches, same groups, same order.
/**
 * Folds ASCII letters to lowercase and leaves digits as they are. Any other code may fold onto a character some
 * word holds (a control code onto a digit, a code of 128 and up onto a letter): a false hit, which the regex
 * then rejects. Nothing a word matches is folded away from it.
 */
const word_search_FOLD = 0x20;
/** Bits for the third character: 26 letters, any digit, `_` (folded), anything else. */
const DIGIT_BIT = 26;
const UNDERSCORE_BIT = 27;
const OTHER_BIT = 28;
function bitOf(folded) {
    if (folded >= 97 && folded <= 122)
        return folded - 97;
    if (folded >= 48 && folded <= 57)
        return DIGIT_BIT;
    if (folded === (95 | word_search_FOLD))
        return UNDERSCORE_BIT;
    return OTHER_BIT;
}
/** Third-character bit by folded code (codes of 256 and up alias into it: a false hit, checked by the regex). */
const THIRD_BIT = new Int32Array(256);
for (let code = 0; code < 256; code++)
    THIRD_BIT[code] = 1 << bitOf(code);
function pairIndex(first, second) {
    return ((first & 0x7f) << 7) | (second & 0x7f);
}
class WordSearch {
    sticky;
    /** Per folded pair of first characters: which third characters some word continues with (all, for a pair word). */
    thirds = new Int32Array(1 << 14);
    /**
     * `source` is the regex (no flags; it is compiled case-insensitive); `words` is every literal any of its
     * alternatives can start with, at least two characters each, so no match starts where no word does.
     */
    constructor(source, words) {
        this.sticky = new RegExp(source, 'iy');
        for (const word of words) {
            if (word.length < 2)
                throw new Error(`WordSearch needs words of two characters or more, got "${word}"`);
            const folded = [...word.slice(0, 3)].map((char) => char.charCodeAt(0) | word_search_FOLD);
            const index = pairIndex(folded[0], folded[1]);
            this.thirds[index] |= word.length === 2 ? -1 : 1 << bitOf(folded[2]);
        }
    }
    /**
     * What `regex.exec(text)` returns for the global, case-insensitive regex with `lastIndex = from`, if that match
     * starts before `until`; else null. No match is tried at `until` or after it.
     */
    exec(text, from, until = text.length) {
        const sticky = this.sticky;
        const thirds = this.thirds;
        const last = Math.min(text.length - 1, until);
        let first = text.charCodeAt(from) | word_search_FOLD;
        let second = text.charCodeAt(from + 1) | word_search_FOLD;
        // Past the end charCodeAt is NaN, which folds to a space: a pair word may end there, no longer word can.
        for (let at = from; at < last; at++) {
            const third = text.charCodeAt(at + 2) | word_search_FOLD;
            const fits = thirds[pairIndex(first, second)];
            if (fits !== 0 && (fits & THIRD_BIT[third & 0xff]) !== 0) {
                sticky.lastIndex = at;
                const match = sticky.exec(text);
                if (match !== null)
                    return match;
            }
            first = second;
            second = third;
        }
        return null;
    }
}

;// CONCATENATED MODULE: ./src/detect/mentions.ts
// Every provider name in a text, found where the detector asks and nowhere else. A candidate's context reads a
// few lines around it (and the lines it is nested under), so the text is searched in blocks of BLOCK characters
// on first use: a diff that asks about one added line of a 4 KB file searches one or two blocks, not the file.
// Blocks give the same mentions a single pass over the whole text gives (see `scan`).



const SEARCH = new WordSearch(ALL_MENTIONS_SOURCE, PROVIDER_WORDS);
const BLOCK = 1024;
/** A host (`codestral.mistral.ai`) starts at most this far before the `mistral` it is found by. */
const HOST_LEAD = 10;
/** The mentions that start in one block, in text order. */
class Block {
    starts = [];
    providers = [];
    /** Per mention: another provider whose keys always carry a prefix (`openai`, `groq`). */
    prefixed = [];
    /** Starts of Mistral-family mentions only, for a quick "any Mistral name in this stretch". */
    familyStarts = [];
    /** Mistral's API hosts (`api.mistral.ai`, `codestral.mistral.ai`) found by a mention of this block. */
    hostStarts = [];
    hostProviders = [];
    /** Where the search for the next block picks up: past the last mention that starts in this one. */
    resume = 0;
}
class Mentions {
    text;
    blocks;
    constructor(text) {
        this.text = text;
        this.blocks = new Array(Math.max(1, Math.ceil(text.length / BLOCK)));
    }
    /** Whether a Mistral-family name starts in [from, to). */
    hasFamilyWithin(from, to) {
        for (let b = this.firstBlock(from); b <= this.lastBlock(to); b++) {
            const starts = this.block(b).familyStarts;
            const i = firstAtOrAfter(starts, from);
            if (i < starts.length)
                return starts[i] < to;
        }
        return false;
    }
    /** Which Mistral host starts in [from, to): `codestral.mistral.ai` beats `api.mistral.ai`; null when none. */
    hostWithin(from, to) {
        let found = null;
        for (let b = this.firstBlock(from); b <= this.lastBlock(to + HOST_LEAD); b++) {
            const { hostStarts, hostProviders } = this.block(b);
            for (let i = 0; i < hostStarts.length; i++) {
                if (hostStarts[i] < from || hostStarts[i] >= to)
                    continue;
                if (hostProviders[i] === 'codestral')
                    return 'codestral';
                found = 'mistral';
            }
        }
        return found;
    }
    /**
     * Whether [from, to) names only providers whose keys carry a prefix (at least one, no Mistral name, no other
     * provider): `OPENAI_API_KEY`, not `COHERE_API_KEY`.
     */
    onlyPrefixedWithin(from, to) {
        let any = false;
        for (let b = this.firstBlock(from); b <= this.lastBlock(to); b++) {
            const { starts, providers, prefixed } = this.block(b);
            for (let i = firstAtOrAfter(starts, from); i < starts.length && starts[i] < to; i++) {
                if (providers[i] !== 'other' || !prefixed[i])
                    return false;
                any = true;
            }
        }
        return any;
    }
    /**
     * What the mentions starting in [from, to) say: codestral beats mistral (it is the more specific name),
     * any Mistral name beats another provider, null when there is none.
     */
    within(from, to) {
        let found = null;
        for (let b = this.firstBlock(from); b <= this.lastBlock(to); b++) {
            const { starts, providers } = this.block(b);
            for (let i = firstAtOrAfter(starts, from); i < starts.length && starts[i] < to; i++) {
                const provider = providers[i];
                if (provider === 'codestral')
                    return 'codestral';
                if (provider === 'mistral')
                    found = 'mistral';
                else if (found === null)
                    found = 'other';
            }
        }
        return found;
    }
    /** The mention nearest to [from, to) among those starting in [lower, upper); codestral wins a tie with mistral. */
    nearest(from, to, lower, upper) {
        let best = null;
        let bestDistance = Infinity;
        for (let b = this.firstBlock(lower); b <= this.lastBlock(upper); b++) {
            const { starts, providers } = this.block(b);
            for (let i = firstAtOrAfter(starts, lower); i < starts.length && starts[i] < upper; i++) {
                const start = starts[i];
                const distance = start < from ? from - start : start >= to ? start - to : 0;
                const provider = providers[i];
                const better = distance < bestDistance ||
                    (distance === bestDistance && best !== 'codestral' && provider !== 'other' && provider !== best);
                if (better) {
                    best = provider;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
    firstBlock(from) {
        return Math.max(0, Math.floor(from / BLOCK));
    }
    /** The last block a mention starting before `to` can be in. */
    lastBlock(to) {
        return Math.min(this.blocks.length - 1, Math.floor((Math.min(to, this.text.length) - 1) / BLOCK));
    }
    block(index) {
        return this.blocks[index] ?? this.scanThrough(index);
    }
    /**
     * Searches block `index`, and first the blocks before it back to one a search can start in cold (most blocks
     * can: see `coldStart`); those are searched in order, each picking up where the one before left off.
     */
    scanThrough(index) {
        let first = index;
        while (first > 0 && this.blocks[first - 1] === undefined && this.coldStart(first) < 0)
            first--;
        for (let b = first; b <= index; b++)
            this.blocks[b] = this.scan(b);
        return this.blocks[index];
    }
    /**
     * Where a search for block `index`'s mentions may start with nothing known: just after a character no provider
     * name holds (anything but an ASCII letter, digit or `_`), in the block before. No match spans that
     * character, so a pass over the whole text finds, from there on, what a search started there finds. -1 when
     * the block before is all word characters (a long base64 run).
     */
    coldStart(index) {
        if (index === 0)
            return 0;
        const text = this.text;
        const from = index * BLOCK;
        for (let at = from - 1; at >= from - BLOCK; at--)
            if (!isWordCode(text.charCodeAt(at)))
                return at + 1;
        return -1;
    }
    scan(index) {
        const text = this.text;
        const from = index * BLOCK;
        const to = from + BLOCK;
        const previous = index > 0 ? this.blocks[index - 1] : undefined;
        const block = new Block();
        let resume = previous !== undefined ? previous.resume : this.coldStart(index);
        for (let m = SEARCH.exec(text, resume, to); m !== null; m = SEARCH.exec(text, resume, to)) {
            resume = m.index + m[0].length;
            if (m.index >= from)
                this.add(block, m);
        }
        // Nothing starts in [resume, to): the next block's search may start at its own first character.
        block.resume = Math.max(resume, to);
        return block;
    }
    add(block, m) {
        const text = this.text;
        const family = m[1]?.toLowerCase();
        let provider = family === undefined ? 'other' : family === 'codestral' ? 'codestral' : 'mistral';
        // `codestral.mistral.ai` is Codestral's host as a whole.
        const afterCodestral = family === 'mistral' && isCodestralBefore(text, m.index);
        if (afterCodestral)
            provider = 'codestral';
        if (family === 'mistral' && isHostAt(text, m.index)) {
            if (afterCodestral)
                this.addHost(block, m.index - HOST_LEAD, 'codestral');
            else if (text.slice(m.index - 4, m.index).toLowerCase() === 'api.')
                this.addHost(block, m.index - 4, 'mistral');
        }
        block.starts.push(m.index);
        block.providers.push(provider);
        block.prefixed.push(m[2] !== undefined || m[4] !== undefined);
        if (provider !== 'other')
            block.familyStarts.push(m.index);
    }
    addHost(block, start, provider) {
        block.hostStarts.push(start);
        block.hostProviders.push(provider);
    }
}
/** A character some provider name holds: an ASCII letter or digit (isHostCode), or `_`. */
function isWordCode(code) {
    return isHostCode(code) || code === 95;
}
/** Whether `codestral.` ends just before `at` (any case). */
function isCodestralBefore(text, at) {
    return at >= HOST_LEAD && text[at - 1] === '.' && text.slice(at - HOST_LEAD, at - 1).toLowerCase() === 'codestral';
}
/**
 * Whether the `mistral` at `at` ends a host name in `.ai`: `api.mistral.ai/v1`, `api.mistral.ai"`, not
 * `api.mistral.ai.example.net` or `api.mistral.ai-proxy`.
 */
function isHostAt(text, at) {
    if (text.slice(at + 7, at + 10).toLowerCase() !== '.ai')
        return false;
    const next = text.charCodeAt(at + 10);
    if (isHostCode(next) || next === 45 || next === 95)
        return false;
    return !(next === 46 && isHostCode(text.charCodeAt(at + 11)));
}
function isHostCode(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

;// CONCATENATED MODULE: ./src/detect/name-value.ts
// A value labelled only `value`, whose name sits beside it in the same object: a Kubernetes or Render env entry
// (`- name: SESSION_SECRET` then `value: "…"`; `- key: …`), an ECS or Azure app setting
// (`{"name": "SESSION_SECRET", "value": "…"}`), a Terraform `env { name = "…" value = "…" }` block. The name is
// the real label: a list of such entries holds every variable of an app, so a sibling entry naming Mistral says
// nothing about this one.

/** How far on the line the object's other fields are looked for, and how many lines around it. */
const SAME_LINE_REACH = 200;
const name_value_NEAR_LINES = 3;
const name_value_MAX_LINE = 300;
/** `name: X`, `"name": "X"`, `name = "X"`, `Key: X` as a field (the name's value is group 1). */
const NAME_FIELD = /(?:^|[\s{,])["']?(?:name|key)["']?\s*[:=]\s*["']?([A-Za-z0-9_.\-]{1,80})/gi;
/** A line that is only such a field, possibly the list item that opens the object (`- name: X`). */
const NAME_LINE = /^\s*(-\s+)?["']?(?:name|key)["']?\s*[:=]\s*["']?([A-Za-z0-9_.\-]{1,80})["']?\s*,?\s*$/i;
/**
 * Where the name paired with a `value` field is, or null. `labelFrom` is where the `value` label starts on its
 * line, `valueEnd` where the value ends.
 */
function pairedName(text, line, labelFrom, valueEnd) {
    // The same object on the same line: back to its `{`, then on to its `}`.
    const floor = Math.max(line.start, labelFrom - SAME_LINE_REACH);
    let open = -1;
    for (let i = labelFrom - 1; i >= floor; i--) {
        const char = text[i];
        if (char === '}')
            break;
        if (char === '{') {
            open = i;
            break;
        }
    }
    if (open >= 0) {
        const before = lastField(text, open + 1, labelFrom);
        if (before !== null)
            return before;
        const ceiling = Math.min(line.end, valueEnd + SAME_LINE_REACH);
        let close = valueEnd;
        while (close < ceiling && text[close] !== '}' && text[close] !== '{')
            close++;
        return text[close] === '}' ? lastField(text, valueEnd, close, true) : null;
    }
    // A field on its own line: the name is a sibling line of the same object, or the list item opening it.
    if (!onlyIndentBefore(text, line.start, labelFrom))
        return null;
    const indent = shapeOf(text, line).indent;
    let above = line;
    for (let n = 0; n < name_value_NEAR_LINES; n++) {
        const previous = lineBefore(text, above.start);
        if (previous === null)
            break;
        above = previous;
        const shape = shapeOf(text, above);
        if (shape.blank)
            continue;
        if (shape.indent > indent)
            continue;
        const found = nameLine(text, above);
        if (shape.indent < indent)
            return found !== null && found.listItem ? found.span : null;
        if (found !== null && !found.listItem)
            return found.span;
    }
    let below = line;
    for (let n = 0; n < name_value_NEAR_LINES; n++) {
        const next = lineAfter(text, below.end);
        if (next === null)
            break;
        below = next;
        const shape = shapeOf(text, below);
        if (shape.blank || shape.indent > indent)
            continue;
        if (shape.indent < indent)
            break;
        const found = nameLine(text, below);
        if (found !== null && !found.listItem)
            return found.span;
    }
    return null;
}
function lastField(text, from, to, first = false) {
    const stretch = text.slice(from, to);
    let found = null;
    NAME_FIELD.lastIndex = 0;
    for (let m = NAME_FIELD.exec(stretch); m !== null; m = NAME_FIELD.exec(stretch)) {
        const end = m.index + m[0].length;
        found = { from: from + end - m[1].length, to: from + end };
        if (first)
            break;
    }
    return found;
}
function nameLine(text, line) {
    if (line.end - line.start > name_value_MAX_LINE)
        return null;
    const m = NAME_LINE.exec(text.slice(line.start, line.end));
    if (m === null)
        return null;
    const from = line.start + m[0].indexOf(m[2], m[0].search(/[:=]/));
    return { span: { from, to: from + m[2].length }, listItem: m[1] !== undefined };
}
function onlyIndentBefore(text, lineStart, at) {
    for (let i = lineStart; i < at; i++) {
        const char = text[i];
        if (char !== ' ' && char !== '\t' && char !== '"' && char !== "'")
            return false;
    }
    return true;
}
/** The line before the one starting at `lineStart`, or null at the start or when it is too long to read. */
function lineBefore(text, lineStart) {
    if (lineStart === 0)
        return null;
    let end = lineStart - 1;
    let start = end;
    const floor = Math.max(0, end - name_value_MAX_LINE);
    while (start > floor && text.charCodeAt(start - 1) !== 10)
        start--;
    if (start > 0 && text.charCodeAt(start - 1) !== 10)
        return null;
    if (end > start && text.charCodeAt(end - 1) === 13)
        end--;
    return { start, end };
}
/** The line after the one whose content ends at `lineEnd`, or null at the end or when it is too long to read. */
function lineAfter(text, lineEnd) {
    let newline = lineEnd;
    if (text.charCodeAt(newline) === 13)
        newline++;
    if (text.charCodeAt(newline) !== 10)
        return null;
    const start = newline + 1;
    const ceiling = Math.min(text.length, start + name_value_MAX_LINE);
    let end = start;
    while (end < ceiling && text.charCodeAt(end) !== 10)
        end++;
    if (end === ceiling && ceiling < text.length)
        return null;
    const content = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    return { start, end: content };
}

;// CONCATENATED MODULE: ./src/detect/reference.ts
// A value that points at a key instead of holding one: `${VAR}`, `{{ VAR }}`, `process.env.VAR`,
// `os.environ["VAR"]`, `os.getenv("VAR")`, `ENV.fetch("VAR")`, `env:VAR`, `<VAR>`. Most such names hold `_`
// and never become candidates (nor do `$VAR` and `%VAR%`: `$` and `%` glue); these catch the ones that do.
const LOOKUPS = [
    'getenv',
    'environ(?:\\.get)?',
    'GetEnvironmentVariable',
    'LookupEnv',
    'env(?:::var)?',
    'ENV(?:\\.fetch)?',
    'secrets',
    'vars',
    'process\\.env',
    'import\\.meta\\.env',
];
const REFERENCE_BEFORE = new RegExp(`(?:\\$\\{|\\{\\{\\s*|\\benv:\\s*|\\b(?:${LOOKUPS.join('|')})\\s*[[(.]\\s*["'\`]?)$`, 'i');
const REACH = 40;
function isReference(text, lineStart, start, end) {
    const before = text.slice(Math.max(lineStart, start - REACH), start);
    if (REFERENCE_BEFORE.test(before))
        return true;
    // `<KEY>`: a placeholder in angle brackets.
    return text[start - 1] === '<' && text[end] === '>';
}

;// CONCATENATED MODULE: ./src/detect/example-keys.ts
// Keys for rule examples, made at module load from a seed, never written down: the repository scans itself,
// and a committed key-shaped literal would be a finding (and a bad habit).
const example_keys_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** mulberry32: a tiny deterministic PRNG. */
function prng(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * A 32-character key like Mistral's: random letters and digits with at least one capital, one small letter
 * and (unless `lettersOnly`) one digit. The same seed always gives the same key.
 */
function exampleKey(seed, options = {}) {
    const random = prng(seed * 104729 + 7);
    const alphabet = options.lettersOnly ? LETTERS : example_keys_ALNUM;
    for (;;) {
        let key = '';
        for (let i = 0; i < 32; i++)
            key += alphabet[Math.floor(random() * alphabet.length)];
        if (/[A-Z]/.test(key) && /[a-z]/.test(key) && (options.lettersOnly || /[0-9]/.test(key)))
            return key;
    }
}
/** A 32-character lowercase hex string (an MD5 or a UUID without dashes) from a seed. */
function exampleHex(seed) {
    const random = prng(seed * 7727 + 3);
    let hex = '';
    for (let i = 0; i < 32; i++)
        hex += '0123456789abcdef'[Math.floor(random() * 16)];
    return hex;
}

;// CONCATENATED MODULE: ./src/detect/rule.ts
// A rule names one kind of key, the words that put text in its context, and the examples that prove it:
// true positives it must find and false positives it must pass over, as gitleaks' rules carry theirs.
// One test runs every example of every rule.
function defineRule(rule) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id))
        throw new Error(`Invalid rule id '${rule.id}'. Expected kebab-case.`);
    if (rule.keywords.length === 0 || rule.keywords.some((word) => word !== word.toLowerCase())) {
        throw new Error(`Invalid keywords for rule '${rule.id}'. Expected at least one lowercase word.`);
    }
    for (const example of rule.truePositives) {
        if (example.secret === undefined || !example.text.includes(example.secret)) {
            throw new Error(`Invalid true positive '${example.note}' in rule '${rule.id}'. Expected a secret found in its text.`);
        }
    }
    return Object.freeze(rule);
}

;// CONCATENATED MODULE: ./src/detect/rules/codestral-api-key.ts
// Codestral API keys (codestral.mistral.ai): the same shape as Mistral's, issued separately, so the context
// must say Codestral. Checked before the Mistral rule: `codestral.mistral.ai` names both.


const k = Array.from({ length: 8 }, (_, i) => exampleKey(2000 + i));
const codestralApiKey = defineRule({
    id: 'codestral-api-key',
    description: 'Codestral API key: 32 letters and digits used with codestral.mistral.ai, found by its context.',
    keywords: ['codestral'],
    truePositives: [
        { note: 'env file', text: `CODESTRAL_API_KEY=${k[0]}\n`, secret: k[0] },
        {
            note: 'curl to the Codestral endpoint',
            text: `curl https://codestral.mistral.ai/v1/fim/completions \\\n  -H "Authorization: Bearer ${k[1]}" \\\n  -d @body.json\n`,
            secret: k[1],
        },
        {
            note: 'editor config (Continue) naming the model',
            text: `{\n  "tabAutocompleteModel": {\n    "title": "Codestral",\n    "provider": "mistral",\n    "model": "codestral-latest",\n    "apiKey": "${k[2]}"\n  }\n}\n`,
            secret: k[2],
        },
        {
            note: 'OpenAI-compatible variables pointed at the Codestral host',
            text: `OPENAI_BASE_URL=https://codestral.mistral.ai/v1\nOPENAI_API_KEY=${k[5]}\n`,
            secret: k[5],
        },
    ],
    falsePositives: [
        { note: 'a plain Mistral key is not a Codestral key', text: `MISTRAL_API_KEY=${k[3]}\n` },
        { note: 'reference', text: `CODESTRAL_API_KEY=\${CODESTRAL_API_KEY}\n` },
        { note: 'another provider in a Codestral file', text: `# codestral setup\nOPENAI_API_KEY=${k[4]}\n` },
        {
            note: 'an env entry after the Codestral one',
            text: `env:\n  - name: CODESTRAL_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: codestral\n        key: token\n  - name: COOKIE_SECRET\n    value: ${k[6]}\n`,
        },
    ],
});

;// CONCATENATED MODULE: ./src/detect/rules/mistral-api-key.ts
// Mistral API keys (api.mistral.ai): 32 random letters and digits, no prefix, so context decides.



// Example keys are generated, never written down (the repository scans itself).
const key = (seed) => exampleKey(1000 + seed);
const mistral_api_key_k = Array.from({ length: 44 }, (_, i) => key(i));
const lettersOnly = exampleKey(1100, { lettersOnly: true });
// Names and patterns that merely have a key's shape, assembled so no 32-character run sits in this file.
const sdkTypeName = 'ChatCompletion' + 'ChoiceFinishReason';
const sdkFileName = 'librariesdocuments' + 'patchv1request';
const sequence = 'abcdefghijklmnop' + 'qrstuvwxyzABCDEF';
/** Lines that push a definition far from where it is used (beyond every window but the use-site rule's). */
const filler = (lines) => Array.from({ length: lines }, (_, i) => `    step_${i} = step_${i} + ${i}\n`).join('');
const mistralApiKey = defineRule({
    id: 'mistral-api-key',
    description: 'Mistral AI API key: 32 letters and digits used with api.mistral.ai, found by its context.',
    keywords: MISTRAL_WORDS.filter((word) => word !== 'codestral'),
    truePositives: [
        // The variable name says it all.
        { note: 'env file', text: `MISTRAL_API_KEY=${mistral_api_key_k[0]}\n`, secret: mistral_api_key_k[0] },
        { note: 'quoted shell export', text: `export MISTRAL_API_KEY="${mistral_api_key_k[1]}"\n`, secret: mistral_api_key_k[1] },
        { note: 'Dockerfile ENV without =', text: `FROM node:24\nENV MISTRAL_API_KEY ${mistral_api_key_k[2]}\n`, secret: mistral_api_key_k[2] },
        {
            note: 'workflow with a hard-coded value',
            text: `jobs:\n  test:\n    env:\n      MISTRAL_API_KEY: ${mistral_api_key_k[3]}\n    steps:\n      - run: npm test\n`,
            secret: mistral_api_key_k[3],
        },
        // The client is named on the line or above it.
        { note: 'Python client', text: `client = Mistral(api_key="${mistral_api_key_k[4]}")\n`, secret: mistral_api_key_k[4] },
        {
            note: 'multi-line TypeScript constructor',
            text: `const mistral = new Mistral({\n  serverURL: 'https://eu.example.org',\n  timeoutMs: 30_000,\n  apiKey: '${mistral_api_key_k[5]}',\n})\n`,
            secret: mistral_api_key_k[5],
        },
        {
            note: 'OpenAI-compatible client pointed at Mistral (the sibling below names it)',
            text: `client = OpenAI(\n    api_key="${mistral_api_key_k[6]}",\n    base_url="https://api.mistral.ai/v1",\n)\n`,
            secret: mistral_api_key_k[6],
        },
        // Configuration sections.
        {
            note: 'YAML section with the key a few children down',
            text: `mistral:\n  model: large-latest\n  temperature: 0.2\n  max_tokens: 512\n  api_key: ${mistral_api_key_k[7]}\n`,
            secret: mistral_api_key_k[7],
        },
        { note: 'TOML table', text: `[tool.mistral]\nendpoint = "https://eu.example.org"\napi_key = "${mistral_api_key_k[8]}"\n`, secret: mistral_api_key_k[8] },
        {
            note: 'nested JSON',
            text: `{\n  "providers": {\n    "mistral": {\n      "model": "large",\n      "api_key": "${mistral_api_key_k[9]}"\n    }\n  }\n}\n`,
            secret: mistral_api_key_k[9],
        },
        {
            note: 'Jupyter notebook cell (JSON-escaped source)',
            text: `   "source": [\n    "import os\\n",\n    "from mistralai import Mistral\\n",\n    "\\n",\n    "api_key = \\"${mistral_api_key_k[10]}\\"\\n",\n    "client = Mistral(api_key=api_key)"\n   ]\n`,
            secret: mistral_api_key_k[10],
        },
        {
            note: 'curl across backslash-continued lines',
            text: `curl https://api.mistral.ai/v1/models \\\n  -H 'Accept: application/json' \\\n  -H "Authorization: Bearer ${mistral_api_key_k[11]}"\n`,
            secret: mistral_api_key_k[11],
        },
        { note: 'a key made of letters only', text: `MISTRAL_API_KEY='${lettersOnly}'\n`, secret: lettersOnly },
        { note: 'CRLF line endings', text: `# settings\r\nMISTRAL_API_KEY=${mistral_api_key_k[12]}\r\nDEBUG=1\r\n`, secret: mistral_api_key_k[12] },
        { note: 'Go client', text: `client := mistral.NewMistralClientDefault("${mistral_api_key_k[13]}")\n`, secret: mistral_api_key_k[13] },
        { note: 'hard-coded fallback of an env lookup', text: `api_key = os.getenv("MISTRAL_API_KEY", "${mistral_api_key_k[20]}")\n`, secret: mistral_api_key_k[20] },
        {
            note: 'Python key defined above the client that uses it',
            text: `from mistralai import Mistral\n\nAPI_KEY = "${mistral_api_key_k[14]}"\nclient = Mistral(api_key=API_KEY)\n`,
            secret: mistral_api_key_k[14],
        },
        // A value named beside it (`- name: X` / `value:`): the name is its label.
        {
            note: 'Kubernetes env entry named MISTRAL_API_KEY among others',
            text: `env:\n  - name: LOG_LEVEL\n    value: info\n  - name: MISTRAL_API_KEY\n    value: "${mistral_api_key_k[22]}"\n  - name: PORT\n    value: "8080"\n`,
            secret: mistral_api_key_k[22],
        },
        {
            note: 'ECS container environment on one line',
            text: `"environment": [{"name": "PORT", "value": "80"}, {"name": "MISTRAL_API_KEY", "value": "${mistral_api_key_k[23]}"}]\n`,
            secret: mistral_api_key_k[23],
        },
        // A label naming a provider whose keys carry a prefix, with a Mistral host configured beside it.
        {
            note: 'Open WebUI pointed at Mistral through its OpenAI variables',
            text: `services:\n  webui:\n    image: ghcr.io/open-webui/open-webui:main\n    environment:\n      OPENAI_API_BASE_URL: https://api.mistral.ai/v1\n      OPENAI_API_KEY: ${mistral_api_key_k[24]}\n`,
            secret: mistral_api_key_k[24],
        },
        // A section named after something else under a Mistral one still lies within it.
        {
            note: 'YAML key under named subsections of a Mistral section',
            text: `mistral:\n  accounts:\n    research_team:\n      api_key: ${mistral_api_key_k[25]}\n`,
            secret: mistral_api_key_k[25],
        },
        // The use beyond the windows: the name the key is assigned to is passed to the client far below.
        {
            note: 'key assigned far from the import, passed to the client further down',
            text: `from mistralai import Mistral\n\ndef prepare():\n${filler(50)}    return True\n\nAPI_KEY = "${mistral_api_key_k[26]}"\n\ndef main():\n${filler(10)}    client = Mistral(api_key=API_KEY)\n`,
            secret: mistral_api_key_k[26],
        },
        // Generic wrappers say nothing: the call around them, and the lines above, do.
        {
            note: 'Rust client given Some(…) of the key, the crate named only above',
            text: `use mistralai_client::v1::{client::Client, constants::Model};\n\nasync fn ask() -> anyhow::Result<()> {\n    let api = Client::new(Some(String::from("${mistral_api_key_k[36]}")), None, Some(3), None)?;\n    Ok(())\n}\n`,
            secret: mistral_api_key_k[36],
        },
        // A chat speaker's name is not a label: the lines above speak for what they paste.
        {
            note: 'chat transcript: key pasted alone after asking about the Mistral key',
            text: `[16:20] sam: which mistral key should the bot use?\n[16:21] kim: ${mistral_api_key_k[37]}\n[16:21] sam: thanks\n`,
            secret: mistral_api_key_k[37],
        },
    ],
    falsePositives: [
        { note: 'SDK type name of 32 letters', text: `import { ${sdkTypeName} } from '@mistralai/mistralai'\n` },
        { note: 'SDK file name in lowercase', text: `export * from "./${sdkFileName}.js"; // @mistralai/mistralai\n` },
        { note: 'placeholder', text: `MISTRAL_API_KEY=your-api-key-here\n` },
        { note: 'placeholder of one repeated letter', text: `MISTRAL_API_KEY=${'x'.repeat(32)}\n` },
        { note: 'sequential placeholder', text: `MISTRAL_API_KEY=${sequence}\n` },
        { note: 'workflow secret reference', text: `env:\n  MISTRAL_API_KEY: \${{ secrets.MISTRAL_API_KEY }}\n` },
        { note: 'environment reference', text: `const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY })\n` },
        { note: 'MD5 next to the word', text: `mistral-7b.gguf md5 ${exampleHex(1)}\n` },
        { note: 'substring of a longer token', text: `MISTRAL_API_KEY=sk-${mistral_api_key_k[15]}\n` },
        { note: 'another provider section next to a Mistral one', text: `openai:\n  api_key: ${mistral_api_key_k[16]}\nmistral:\n  model: small\n` },
        { note: 'no Mistral context at all', text: `API_KEY=${mistral_api_key_k[17]}\n` },
        { note: 'inline ignore', text: `MISTRAL_API_KEY=${mistral_api_key_k[18]} # mistral-guard:allow\n` },
        { note: 'an identifier that is not a secret', text: `mistral_request_id = "${mistral_api_key_k[19]}"\n` },
        { note: "the app's own secret next to Mistral settings", text: `MISTRAL_MODEL=small-latest\nSECRET_KEY=${mistral_api_key_k[21]}\n` },
        // Sibling entries of a list are peers: one naming Mistral says nothing about the next.
        {
            note: 'Kubernetes env entry after one that names Mistral',
            text: `env:\n  - name: MISTRAL_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: mistral-credentials\n        key: api-key\n  - name: COOKIE_SECRET\n    value: "${mistral_api_key_k[27]}"\n`,
        },
        {
            note: 'ECS environment entry after one that names Mistral',
            text: `[{"name": "MISTRAL_MODEL", "value": "mistral-small"}, {"name": "COOKIE_SECRET", "value": "${mistral_api_key_k[28]}"}]\n`,
        },
        {
            note: 'Terraform env block after one that names Mistral',
            text: `  env {\n    name  = "MISTRAL_MODEL"\n    value = "mistral-small"\n  }\n  env {\n    name  = "COOKIE_SECRET"\n    value = "${mistral_api_key_k[29]}"\n  }\n`,
        },
        // A named section is a boundary: its siblings speak for themselves.
        { note: 'DeepInfra section next to a Mistral one', text: `mistral:\n  model: small\ndeepinfra:\n  api_key: ${mistral_api_key_k[30]}\n` },
        {
            note: 'a service of no known provider next to a Mistral section',
            text: `mistral:\n  model: small\nsearch_index:\n  api_key: ${mistral_api_key_k[31]}\n`,
        },
        {
            note: 'Weaviate JSON object next to a Mistral one',
            text: `{\n  "mistral": {\n    "model": "mistral-small"\n  },\n  "weaviate": {\n    "url": "http://localhost:8080",\n    "api_key": "${mistral_api_key_k[32]}"\n  }\n}\n`,
        },
        // A prefixed provider's label needs a Mistral host, not the word.
        { note: 'OpenAI label next to the word Mistral only', text: `MISTRAL_MODEL=mistral-small\nOPENAI_API_KEY=${mistral_api_key_k[33]}\n` },
        { note: 'a provider without prefixes next to a Mistral host', text: `BASE_URL=https://api.mistral.ai/v1\nCOHERE_API_KEY=${mistral_api_key_k[34]}\n` },
        {
            note: 'an assigned name passed to another client',
            text: `from mistralai import Mistral\n\ndef prepare():\n${filler(50)}    return True\n\nAPI_KEY = "${mistral_api_key_k[35]}"\n${filler(10)}search = Algolia(api_key=API_KEY)\n`,
        },
        // Looking through wrappers and speakers keeps other names as labels.
        {
            note: "the app's own secret, wrapped in Some(…), in Rust code using the Mistral client",
            text: `use mistralai_client::v1::client::Client;\n\nfn main() {\n    let session_secret = Some("${mistral_api_key_k[38]}".to_string());\n}\n`,
        },
        {
            note: 'a top-level YAML key after a Mistral section is not a chat speaker',
            text: `mistral:\n  model: small\nredis: ${mistral_api_key_k[39]}\n`,
        },
        {
            note: 'a wrapped value given to another provider client',
            text: `use mistralai_client::v1::client::Client;\n\nfn main() {\n    let other = CohereClient::new(Some("${mistral_api_key_k[40]}".to_string()));\n}\n`,
        },
    ],
});

;// CONCATENATED MODULE: ./src/detect/rules/index.ts
// Every rule, most specific first: a key goes to the first rule whose keyword decided its context.


const RULES = [codestralApiKey, mistralApiKey];

;// CONCATENATED MODULE: ./src/detect/use-site.ts
// Context that sits beyond every window: a module that defines `API_KEY = "…"` far from its imports and hands it
// to the client further down (`client = Mistral(api_key=API_KEY)`). The name the value is assigned to is followed
// a bounded stretch ahead; a use inside a call whose own line names Mistral makes the value Mistral's.
// Bounded three ways: a reach ahead in lines and characters, a cap on uses looked at, and a budget shared by a
// whole text (about twice its length), so detect() stays linear however many assignments it holds.


const USE_SITE_LINES = 200;
const USE_SITE_CHARS = 20_000;
const MAX_USES = 32;
const ASSIGNMENT_REACH = 120;
const CALL_REACH = 300;
const CALL_LINES_UP = 5;
/**
 * `NAME = "`, `name: str = '`, `const apiKey: string = "`, `apiKey := "`, `$apiKey = '`, `self.api_key = "`, a
 * notebook's `api_key = \"`: an assignment statement right before the value. Group 1 is the name; what comes
 * before it on the line must be indentation or declaration words (`private static final String`), so a keyword
 * argument (`Foo(token="…")`) is no assignment.
 */
const DECLARATION_WORDS = String.raw `[\s"]*(?:[A-Za-z_][\w<>[\],?*&]*\s+)*`;
const NAME = String.raw `((?:[A-Za-z_$][\w$]*\.)*\$?[A-Za-z_][\w$]*)`;
const TYPE = String.raw `(?::\s*[^=:;,(){}\n]{1,40}?)?`;
const ASSIGNMENT = new RegExp(String.raw `^${DECLARATION_WORDS}${NAME}\s*${TYPE}\s*:?=\s*(?:\\?["'${'`'}])?$`);
const IDENTIFIER = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$') {
    IDENTIFIER[char.charCodeAt(0)] = 1;
}
function isIdentifierAt(text, index) {
    if (index < 0 || index >= text.length)
        return false;
    const code = text.charCodeAt(index);
    return code < 128 && IDENTIFIER[code] === 1;
}
/** The name a value starting at `start` is assigned to, or null when its line is no assignment statement. */
function assignedName(text, lineStart, start) {
    if (start - lineStart > ASSIGNMENT_REACH)
        return null;
    return ASSIGNMENT.exec(text.slice(lineStart, start))?.[1] ?? null;
}
/** Follows assigned names ahead through one text, within one budget. */
class UseSites {
    text;
    mentions;
    budget;
    constructor(text, mentions) {
        this.text = text;
        this.mentions = mentions;
        this.budget = 2 * text.length + 100_000;
    }
    /** Which Mistral client `name` (assigned on the line ending at `lineEnd`) is passed to ahead, or null. */
    providerFor(name, lineEnd) {
        const text = this.text;
        const limit = Math.min(text.length, lineEnd + USE_SITE_CHARS);
        if (this.budget <= 0 || !this.mentions.hasFamilyWithin(lineEnd, limit))
            return null;
        this.budget -= limit - lineEnd;
        // A copy of the stretch ahead, so no search runs past it (a minified line goes on for megabytes).
        let ahead = text.slice(lineEnd, limit);
        let lines = 0;
        for (let at = ahead.indexOf('\n'); at >= 0; at = ahead.indexOf('\n', at + 1)) {
            if (++lines > USE_SITE_LINES) {
                ahead = ahead.slice(0, at);
                break;
            }
        }
        let uses = 0;
        for (let at = ahead.indexOf(name); at >= 0; at = ahead.indexOf(name, at + 1)) {
            const start = lineEnd + at;
            const end = start + name.length;
            if (isIdentifierAt(text, start - 1) || isIdentifierAt(text, end))
                continue;
            if (++uses > MAX_USES)
                break;
            const provider = this.callProvider(start, end);
            if (provider !== null)
                return provider;
        }
        return null;
    }
    /** The Mistral provider of the call that [start, end) is passed to, when the call's line names it. */
    callProvider(start, end) {
        const line = lineAround(this.text, start, end);
        if (opensBefore(this.text, line.start, start)) {
            const said = sameLineProvider(this.text, this.mentions, line, start, end, { bracketsOnly: true });
            return said === 'other' ? null : said;
        }
        // A call over several lines: `client = Mistral(` a few lines up, less indented, ending with its bracket.
        const indent = shapeOf(this.text, line).indent;
        let above = line;
        for (let n = 0; n < CALL_LINES_UP; n++) {
            if (above.start === 0 || above.start < line.start - CALL_LINES_UP * CALL_REACH)
                return null;
            above = lineAround(this.text, above.start - 1, above.start - 1);
            const shape = shapeOf(this.text, above);
            if (shape.blank || shape.indent >= indent)
                continue;
            if (!'({['.includes(shape.last))
                return null;
            const said = this.mentions.within(above.start, above.end);
            return said === 'other' ? null : said;
        }
        return null;
    }
}
/** The line holding [start, end), clipped to CALL_REACH characters on either side. */
function lineAround(text, start, end) {
    let from = start;
    const floor = Math.max(0, start - CALL_REACH);
    while (from > floor && text.charCodeAt(from - 1) !== 10)
        from--;
    let to = end;
    const ceiling = Math.min(text.length, end + CALL_REACH);
    while (to < ceiling && text.charCodeAt(to) !== 10)
        to++;
    if (to > from && text.charCodeAt(to - 1) === 13)
        to--;
    return { start: from, end: to };
}
/** Whether a bracket opened before `at` on its line is still open there. */
function opensBefore(text, lineStart, at) {
    let depth = 0;
    for (let i = at - 1; i >= lineStart; i--) {
        const code = text.charCodeAt(i);
        if (code === 41 || code === 93 || code === 125)
            depth++;
        else if (code === 40 || code === 91 || code === 123) {
            if (depth === 0)
                return true;
            depth--;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/detect/hex.ts
// Hex digits alone (a digest, a UUID without dashes) are never a key: the detector drops such a run before any
// other test, and the diff parser leaves it out of the runs it keeps. One table for both, on text and on bytes.
const HEX = new Uint8Array(256);
for (const char of '0123456789abcdefABCDEF')
    HEX[char.charCodeAt(0)] = 1;
/** Whether text[start, end) is hex digits only, without slicing it out. */
function isHexWithin(text, start, end) {
    for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code >= 128 || HEX[code] !== 1)
            return false;
    }
    return true;
}
/** isHexWithin for raw bytes (ASCII: the same answer as on their latin1 or UTF-8 text). */
function isHexBytes(bytes, start, end) {
    for (let i = start; i < end; i++)
        if (HEX[bytes[i]] !== 1)
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/detect/words.ts
// A small vocabulary of English and programming words. It tells names built from words
// (`ChatCompletionChoiceFinishReason`) from random keys, and trains the letter-bigram model that judges
// words it does not list. Lowercase, space-separated; order does not matter. Keep it small: the bigram
// model covers the long tail.
const WORDS = `
a about above abort abstract accept access account accounts action actions active activity adapter add added
address admin advanced after agent agents aggregate ai alert alias all allow allowed alpha already also alter
always amount analysis analytics and annotation annotations anonymous answer any api apis app append apple
application apply approval archive archived area args argument arguments array arrays article as ascending ask
assert asset assets assistant assistants async at attach attached attachment attribute attributes audio audit auth
authentication authorization author auto automatic available await azure back backend background backup bad
balance bar base basic batch batches bearer before begin behavior beta between big billing binary bind bit bits
block blocks blob blue body bool boolean boot bottom bound box branch break browser bucket buffer build builder
built bulk bundle business button by byte bytes cache cached calendar call callback called calls can cancel
cancelled capabilities capability capacity card case catalog category cell center certificate chain change
changed changes channel char character characters chart chat check checked checkpoint checkpoints child children
choice choices chunk chunks circle city class classes classification classifier classifiers classify clean clear
cli click client clients clock clone close closed cloud cluster code codes collection collections color column
columns command commands comment comments commit common community compact company compare compatible compiler
complete completed completion completions complex component components compose compute condition conditions
config configuration configure confirm conflict connect connection connector console const constant constraint
consumer contact container containers content contents context continue contract control controller conversation
conversations convert cookie copy core cost count counter country cpu create created creator credential
credentials credit cron crypto csv current cursor custom customer cycle daily dashboard data database dataset
datasets date day days debug decimal decision decode default defaults define definition delay delete deleted
delta deploy deployment depth description descriptor design desktop destination detail details detect detection
dev device dialog dict dictionary diff digest dimension dimensions direct direction directory disable disabled
discount disk dispatch display distance do doc docs document documents domain done double down download draft
drive driver drop due duration dynamic each edge edit editor effect element elements else email embed embedding
embeddings empty enable enabled encode encoding end endpoint endpoints engine enter entities entity entries entry
enum env environment equal error errors evaluation event events every exact example exception exchange execute
execution exists exit expand expected expire expired expires explain export expression extended extension external
extra extract factory fail failed failure false fast feature features feed fetch field fields file files filter
filters final find fine finish finished first fix flag flags float flow focus folder follow font for force form
format formatted forward found frame free frequency from front full function functions gateway general generate
generated generation generator generic get github global go good graph green grid group groups guard guide
handle handler handlers handoff handoffs has hash head header headers health height hello help helper hidden high
history hold home hook hooks host hour http https hub human hyper hyperparameters icon id identifier identity
ids if ignore image images import in inbound include index info information inherit init initial inline input
inputs insert inspect install instance instruct instruction instructions int integer integration integrations
interface internal interval into invalid invoice is issue issues item items iterator job jobs join json jwt keep
key keys kind label labels language large last latest layer layout leaf left legacy length level library
libraries license limit limits line lines link links list listener literal live load loader local location lock
log logger login logout logs long lookup loop low machine main manager map mapping mark marker master match
max media medium member members memory menu merge message messages meta metadata method methods metric metrics
middleware min mini minute missing mode model models moderation module monitor month more move multi multiple
mutation name named names native navigation network new next node nodes none normal not note notification
notifications null number object objects of offset old on one only open operation operations operator option
optional options or order orders org organization origin other out outbound output outputs over overflow owner
package page pages paginated pagination panel param parameter parameters params parent parse parser part partial
parts pass password patch path pattern pause payload payment pending permission permissions phase phone pipeline
place plain plan platform plugin point policy pool port position post power prediction prefix preview previous
price primary print priority private process processing processor product profile progress project projects
prompt properties property protocol provider proxy public publish pull push query queue quick quota random range
rate raw read reader ready reason receive record records red redirect reference references refresh region
register registry reject release remote remove render replace reply report repository request requests required
reset resolve resource resources response responses rest restart result results retrieve retry return review
revision right role roles root route router routes row rule rules run runner running runtime safe sample sampling
save scale schedule schema scope score screen script search second secret section security segment segments select
selector send sequence serial server service services session set setting settings setup shape share shared
short show sign signal signature signed simple single size skip slot small snapshot socket sort source space span
spec special speech split start started state static stats status step stop storage store strategy stream
streaming string strings struct structure style sub submit subscription success suffix summary supported
switch symbol sync system table tag tags target task tasks template temporary term test text theme thread
threshold time timeout timestamp timestamps title to today token tokens tool tools top topic total trace track
train training transaction transcription transform transport tree trigger true tuning type types ui unarchive
under unique unit unknown unlock update updated upload uploaded uri url usage use user users util utils uuid valid
validate validation validator value values variable variant vector version view virtual visible voice void wait
wandb warning watch web webhook weight weights when while width window with word work worker workflow workspace
write writer xml year yes zone
advisory alpha bar baz cve enterprise foo gamma gpg gizmo mistral mixtral openai qux ssh tenant vulnerability
widget zeta llama lang chain judge campaign
`;
// Short forms and acronyms that appear inside names (`HttpV1Params`, `OcrPageDimensions`).
const ABBREVIATIONS = `
abs acc acl addr alg alloc amt arg arr attr auth avg bg bin btn buf calc cb cfg cmd cnt col conf conn ctx ctrl
cur db dbg dec def del desc dest dev diag dir dist doc dom dst dto el enc env eq err evt exe exp expr ext fim fmt
fn fs ft func gen gpu hdr hex html idx img impl in inc info init io ip iso js jsonl kb lang lib llm ln loc lte
max mb md mgr min misc mod msg mut nav num obj ocr op opt opts os pdf pkg png pos pre prev proc prod prop props
ptr pwd qa rag ref refs reg rem repo req res resp ret rpc rx sdk sec seq sql src srv ssl std str sts svc svg
sys tbl tcp tls tmp ts tts tx txt ui url usr utf val var vec ver vm ws www xhr yml
`;
const WORD_LIST = new Set(`${WORDS} ${ABBREVIATIONS}`.split(/\s+/).filter((word) => word.length > 0));
/** Words a placeholder spells out; a candidate containing one in a natural case is not a key. */
const PLACEHOLDER_WORDS = [
    'example',
    'sample',
    'placeholder',
    'changeme',
    'dummy',
    'redacted',
    'replace',
    'insert',
    'your',
    'test',
    'fake',
    'mock',
];

;// CONCATENATED MODULE: ./src/detect/word-model.ts
// Tells names built from words (`ChatCompletionChoiceFinishReason`, `LibrariesDocumentsPatchV1Request`) from
// random keys. A name splits on case changes and digits into long, pronounceable segments that a small word
// list covers; a random key splits into many short segments no word list covers. Words the list lacks are
// judged by a letter-bigram model trained on the list itself, so the list can stay small.


/** Splits `HTTPApiV1Request2x` into `HTTP`, `Api`, `V`, `1`, `Request`, `2`, `x`: the way names are built. */
function splitSegments(token) {
    const segments = [];
    let i = 0;
    const n = token.length;
    while (i < n) {
        const code = token.charCodeAt(i);
        let j = i + 1;
        if (isDigit(code)) {
            while (j < n && isDigit(token.charCodeAt(j)))
                j++;
            segments.push({ text: token.slice(i, j), kind: 'digits' });
        }
        else if (isUpper(code)) {
            while (j < n && isUpper(token.charCodeAt(j)))
                j++;
            if (j - i === 1) {
                while (j < n && isLower(token.charCodeAt(j)))
                    j++;
            }
            else if (j < n && isLower(token.charCodeAt(j))) {
                j--; // `APIKey`: the last capital starts the next word
            }
            segments.push({ text: token.slice(i, j), kind: 'letters' });
        }
        else {
            while (j < n && isLower(token.charCodeAt(j)))
                j++;
            segments.push({ text: token.slice(i, j), kind: 'letters' });
        }
        i = j;
    }
    return segments;
}
let trie = null;
function theTrie() {
    return (trie ??= buildTrie());
}
function buildTrie() {
    let letters = 0;
    for (const word of WORD_LIST)
        letters += word.length;
    // One node per letter at most, plus the root.
    const next = new Int32Array((letters + 1) * 26).fill(-1);
    const terminal = new Uint8Array(letters + 1);
    let nodes = 1;
    for (const word of WORD_LIST) {
        let node = 0;
        for (let i = 0; i < word.length; i++) {
            const letter = word.charCodeAt(i) - 97;
            if (letter < 0 || letter > 25) {
                node = -1;
                break;
            }
            let child = next[node * 26 + letter];
            if (child < 0) {
                child = nodes++;
                next[node * 26 + letter] = child;
            }
            node = child;
        }
        if (node > 0)
            terminal[node] = 1;
    }
    return { next, terminal };
}
/** Most letters of `word` (lowercase) that dictionary words of two letters or more can cover, in order. */
function dictionaryCoverage(word) {
    const trie = theTrie();
    const n = word.length;
    const best = new Array(n + 1).fill(0);
    for (let start = 0; start < n; start++) {
        // best[start] is final here: every word ending at `start` began before it.
        if (best[start] < (start > 0 ? best[start - 1] : 0))
            best[start] = best[start - 1];
        let node = 0;
        for (let end = start; end < n; end++) {
            const letter = word.charCodeAt(end) - 97;
            node = letter >= 0 && letter < 26 ? trie.next[node * 26 + letter] : -1;
            if (node < 0)
                break;
            const length = end - start + 1;
            if (length >= 2 && trie.terminal[node] === 1 && best[start] + length > best[end + 1]) {
                best[end + 1] = best[start] + length;
            }
        }
    }
    return Math.max(best[n], n > 0 ? best[n - 1] : 0);
}
// Letter-bigram log-probabilities with word boundaries (index 26), trained once from the word list.
const BOUNDARY = 26;
let bigramScores = null;
function buildBigramScores() {
    const counts = new Float64Array(27 * 27).fill(0.5); // add-half smoothing: unseen pairs stay possible
    for (const word of WORD_LIST) {
        if (word.length < 3)
            continue;
        let previous = BOUNDARY;
        for (let i = 0; i < word.length; i++) {
            const letter = word.charCodeAt(i) - 97;
            if (letter < 0 || letter > 25) {
                previous = BOUNDARY;
                continue;
            }
            counts[previous * 27 + letter] += 1;
            previous = letter;
        }
        counts[previous * 27 + BOUNDARY] += 1;
    }
    const scores = new Float64Array(27 * 27);
    for (let from = 0; from < 27; from++) {
        let total = 0;
        for (let to = 0; to < 27; to++)
            total += counts[from * 27 + to];
        // Log-ratio against a uniform choice: positive means "more English than chance".
        for (let to = 0; to < 27; to++)
            scores[from * 27 + to] = Math.log2((counts[from * 27 + to] / total) * 27);
    }
    return scores;
}
/** Mean bigram log-ratio of a lowercase word: English words mostly score above 0.4, random letters below 0. */
function pronounceability(word) {
    const scores = (bigramScores ??= buildBigramScores());
    let previous = BOUNDARY;
    let sum = 0;
    for (let i = 0; i < word.length; i++) {
        const letter = word.charCodeAt(i) - 97;
        sum += scores[previous * 27 + letter];
        previous = letter;
    }
    sum += scores[previous * 27 + BOUNDARY];
    return sum / (word.length + 1);
}
const PRONOUNCEABLE = 0.4;
const MIN_PRONOUNCEABLE_LENGTH = 4;
/** Letters of one segment that read as words: covered by the list, or the whole segment if it sounds like one. */
function wordLetters(segment) {
    const lower = segment.toLowerCase();
    const covered = dictionaryCoverage(lower);
    if (covered >= lower.length - 1)
        return covered;
    if (lower.length >= MIN_PRONOUNCEABLE_LENGTH && pronounceability(lower) >= PRONOUNCEABLE)
        return lower.length;
    return covered;
}
/** Share of letters in word-like segments from which a token counts as a name built from words. */
const NAME_RATIO = 0.7;
/** Single letters never count, except `V` before digits (`V1`): a version marker is part of the name. */
function mayCount(segments, i) {
    const text = segments[i].text;
    return text.length >= 2 || (text === 'V' && segments[i + 1]?.kind === 'digits');
}
function wordiness(token) {
    let letters = 0;
    let covered = 0;
    const segments = splitSegments(token);
    for (let i = 0; i < segments.length; i++) {
        const segment = segments[i];
        if (segment.kind !== 'letters')
            continue;
        letters += segment.text.length;
        if (mayCount(segments, i))
            covered += segment.text.length === 1 ? 1 : wordLetters(segment.text);
    }
    return { ratio: letters === 0 ? 0 : covered / letters, letters, segments: segments.length };
}
// Exact coverage of every two- and three-letter segment, so the bound below needs no strings; each entry is worked
// out the first time a segment is met. Words count from two letters, so `ab` is covered (2) when it is a word, and
// `abc` wholly (3) when it is one, else by `ab` or `bc` (2).
const PAIRS = 26 * 26 * 26;
const UNKNOWN = 255;
let shortCoverage = null;
function shortCoverageOf(a, b, c) {
    const table = (shortCoverage ??= new Uint8Array(PAIRS + 26 * 26).fill(UNKNOWN));
    const index = c < 0 ? PAIRS + a * 26 + b : (a * 26 + b) * 26 + c;
    let coverage = table[index];
    if (coverage === UNKNOWN) {
        const { next, terminal } = theTrie();
        const child = (node, letter) => (node < 0 ? -1 : next[node * 26 + letter]);
        const isWord = (node) => node >= 0 && terminal[node] === 1;
        const pair = child(child(0, a), b);
        if (c < 0)
            coverage = isWord(pair) ? 2 : 0;
        else
            coverage = isWord(child(pair, c)) ? 3 : isWord(pair) || isWord(child(child(0, b), c)) ? 2 : 0;
        table[index] = coverage;
    }
    return coverage;
}
function lowerIndex(code) {
    return code >= 97 ? code - 97 : code - 65;
}
/** Letters a segment [start, end) could have covered at most: exact for 2 and 3 letters, all of it beyond. */
function coverageBound(token, start, end) {
    const length = end - start;
    if (length >= 4)
        return length;
    if (length === 1)
        return 0;
    const a = lowerIndex(token.charCodeAt(start));
    const b = lowerIndex(token.charCodeAt(start + 1));
    return shortCoverageOf(a, b, length === 2 ? -1 : lowerIndex(token.charCodeAt(start + 2)));
}
function looksLikeName(token) {
    // Cheap bound first, without building segments: most random keys cannot reach the bar even if every
    // segment of four letters or more were a word.
    let letters = 0;
    let possible = 0;
    const n = token.length;
    for (let i = 0; i < n;) {
        const code = token.charCodeAt(i);
        let j = i + 1;
        if (isDigit(code)) {
            while (j < n && isDigit(token.charCodeAt(j)))
                j++;
        }
        else {
            if (isUpper(code)) {
                while (j < n && isUpper(token.charCodeAt(j)))
                    j++;
                if (j - i === 1)
                    while (j < n && isLower(token.charCodeAt(j)))
                        j++;
                else if (j < n && isLower(token.charCodeAt(j)))
                    j--;
            }
            else {
                while (j < n && isLower(token.charCodeAt(j)))
                    j++;
            }
            letters += j - i;
            const version = code === 86 && j - i === 1 && j < n && isDigit(token.charCodeAt(j));
            possible += version ? 1 : coverageBound(token, i, j);
        }
        i = j;
    }
    if (letters === 0 || possible / letters < NAME_RATIO)
        return false;
    return wordiness(token).ratio >= NAME_RATIO;
}

;// CONCATENATED MODULE: ./src/detect/looks-random.ts
// Whether a key-shaped run reads as a random key or as something that only has its shape: a hash, a
// placeholder, a pattern typed by hand, or a name built from words. The tests are tuned so that together they
// reject about two in a million uniformly random keys (measured over a million generated keys, a quarter of
// them letters only), while all 4 182 key-shaped runs in 242 MB of npm packages (names, hashes) fail them.


// Which characters a run holds, stamped per call so the table is never cleared.
const seen = new Uint32Array(128);
let stamp = 0;
/** Null when `run` looks like a random key; otherwise why it does not. */
function whyNotAKey(run) {
    stamp = (stamp + 1) >>> 0 || 1;
    let upper = 0;
    let lower = 0;
    let hex = true;
    let distinct = 0;
    let repeat = 1;
    let up = 1;
    let down = 1;
    let upAnyCase = 1;
    let downAnyCase = 1;
    let sequential = false;
    for (let i = 0; i < run.length; i++) {
        const code = run.charCodeAt(i);
        if (code >= 65 && code <= 90) {
            upper++;
            if (code > 70)
                hex = false;
        }
        else if (code >= 97 && code <= 122) {
            lower++;
            if (code > 102)
                hex = false;
        }
        if (code < 128 && seen[code] !== stamp) {
            seen[code] = stamp;
            distinct++;
        }
        if (i > 0) {
            const previous = run.charCodeAt(i - 1);
            repeat = code === previous ? repeat + 1 : 1;
            if (repeat >= 6)
                return 'repeated';
            // Runs like `12345`, `abcdef`, `FEDCBA` (exact) or `AbCdEfG` (any case), up or down.
            const step = code - previous;
            const sameKind = looks_random_kindOf(code) === looks_random_kindOf(previous);
            up = step === 1 && sameKind ? up + 1 : 1;
            down = step === -1 && sameKind ? down + 1 : 1;
            const letters = previous >= 65 && code >= 65;
            const foldedStep = folded(code) - folded(previous);
            upAnyCase = letters && foldedStep === 1 ? upAnyCase + 1 : 1;
            downAnyCase = letters && foldedStep === -1 ? downAnyCase + 1 : 1;
            const exactLimit = code <= 57 ? 5 : 6;
            if (up >= exactLimit || down >= exactLimit || upAnyCase >= 7 || downAnyCase >= 7)
                sequential = true;
        }
    }
    if (hex)
        return 'hex';
    // Keys mix cases: a random key with fewer than two capitals or two small letters is about one in a million.
    if (upper < 2 || lower < 2)
        return 'single-case';
    if (distinct < 12)
        return 'few-characters';
    if (sequential)
        return 'sequential';
    if (hasPlaceholderWord(run))
        return 'placeholder';
    if (looksLikeName(run))
        return 'name';
    return null;
}
function looks_random_kindOf(code) {
    return code <= 57 ? 0 : code <= 90 ? 1 : 2;
}
function folded(code) {
    return code >= 97 ? code - 32 : code;
}
/**
 * A placeholder word written as people write it: lowercase, UPPERCASE or Capitalized. Short words (`test`,
 * `your`) only count as a whole segment at either end (`TestKey…`, `…_fake`), which random keys rarely form.
 */
const ANY_PLACEHOLDER_WORD = new RegExp(PLACEHOLDER_WORDS.join('|'), 'i');
function hasPlaceholderWord(run) {
    if (!ANY_PLACEHOLDER_WORD.test(run))
        return false;
    const lowerRun = run.toLowerCase();
    for (const word of PLACEHOLDER_WORDS) {
        let at = lowerRun.indexOf(word);
        while (at >= 0) {
            const written = run.slice(at, at + word.length);
            const natural = written === word || written === word.toUpperCase() || written === word[0].toUpperCase() + word.slice(1);
            const atAnEnd = at === 0 || at + word.length === run.length;
            if (natural && (word.length >= 5 || (atAnEnd && isWholeSegment(run, at, word.length))))
                return true;
            at = lowerRun.indexOf(word, at + 1);
        }
    }
    return false;
}
function isWholeSegment(run, at, length) {
    const after = run.charCodeAt(at + length);
    const lowerWord = run.charCodeAt(at + length - 1) >= 97;
    // The next character starts a new segment: a capital or a digit after a small letter, or the end.
    const endsSegment = Number.isNaN(after) || (lowerWord ? after < 97 : after < 65 || after >= 97);
    const before = run.charCodeAt(at - 1);
    const startsSegment = Number.isNaN(before) || run.charCodeAt(at) < 97 || before < 97;
    return endsSegment && startsSegment;
}

;// CONCATENATED MODULE: ./src/detect/verdict-cache.ts
// The key-shape verdict (whyNotAKey(run) === null), remembered. Identifiers recur in every version of a file and
// across files (a history scan meets each distinct key-shaped name about three times), and whyNotAKey is a pure
// function of the run whose word model is the costly part, so the verdict is kept. Hex runs (digests, most of the
// distinct runs in a history) are never keys and are told apart faster than they are looked up, so they skip the
// cache. Two generations of at most `capacity` runs each: a hit in the older one moves up, and when the newer one
// is full the older one is dropped; an LRU in effect, without bookkeeping on every hit. Memory stays bounded: about
// 220 bytes a run, under 4 MB when full. The runs are key-shaped strings: held in memory only, never logged, and
// copied flat so that none pins the (possibly megabytes long) text it was sliced from.



const VERDICT_CACHE_CAPACITY = 8192;
class VerdictCache {
    capacity;
    newer = new Map();
    older = new Map();
    /** Lookups answered from memory, and runs judged (hex runs are neither). */
    hits = 0;
    misses = 0;
    constructor(capacity = VERDICT_CACHE_CAPACITY) {
        this.capacity = capacity;
    }
    /** Whether `run` looks like a random key (whyNotAKey(run) === null), from memory when judged recently. */
    looksLikeKey(run) {
        if (isHex(run))
            return false;
        const known = this.newer.get(run);
        if (known !== undefined) {
            this.hits++;
            return known;
        }
        let verdict = this.older.get(run);
        if (verdict === undefined) {
            this.misses++;
            verdict = whyNotAKey(run) === null;
        }
        else
            this.hits++;
        this.remember(run, verdict);
        return verdict;
    }
    /** The verdict on `run` if it is known without judging it (a hex run, or one judged recently); else undefined. */
    known(run) {
        if (isHex(run))
            return false;
        return this.newer.get(run) ?? this.older.get(run);
    }
    /** How many runs are held (both generations; a run moved up may be counted twice). */
    get size() {
        return this.newer.size + this.older.size;
    }
    clear() {
        this.newer.clear();
        this.older.clear();
        this.hits = 0;
        this.misses = 0;
    }
    remember(run, verdict) {
        if (this.newer.size >= this.capacity) {
            this.older = this.newer;
            this.newer = new Map();
        }
        this.newer.set(flatCopy(run), verdict);
    }
}
/** Only hex digits (a digest, a UUID without dashes): whyNotAKey never passes such a run ('hex' or 'repeated'). */
function isHex(run) {
    return isHexWithin(run, 0, run.length);
}
/** The detector's cache, shared by every detect() call of the process. */
const keyShapeVerdicts = new VerdictCache();

;// CONCATENATED MODULE: ./src/detect/detector.ts
// The detector: finds Mistral and Codestral API keys in a text. Pure and offline. One linear pass finds
// key-shaped candidates; each is judged on its own characters (random, not a name or a placeholder), then
// on bounded windows around it: its label, its line, the scopes above and below, and (for a value assigned to a
// name) the calls that name is passed to a bounded stretch ahead. Nothing scans a whole line per candidate, so a
// 10 MB minified line costs about what reading it costs. A diff scan may ask about some lines only: candidates are
// looked for on those lines alone, and provider names only where a window around one reads (mentions.ts).















const ALLOW_MARKER = 'mistral-guard:allow';
/** The rule whose keywords hold the provider's name (`codestral` before `mistral`). */
function ruleFor(provider) {
    return RULES.find((rule) => rule.keywords.includes(provider)) ?? RULES[RULES.length - 1];
}
function detect(text, options = {}) {
    const lines = options.lines;
    if (lines?.size === 0 || (!options.mentioned && !mentionsMistral(text)))
        return [];
    const matches = [];
    let mentions = null;
    let scopes = null;
    let useSites = null;
    let facts = null;
    let factsLine = 0;
    let markers = null;
    // A run is judged on its own characters first (digests and ids mostly): only key-shaped runs get a line. With
    // `lines`, only the runs on those lines are looked at.
    const keyShaped = (start, end) => !isHexWithin(text, start, end) && keyShapeVerdicts.looksLikeKey(text.slice(start, end));
    const onCandidate = (candidate) => {
        const secret = text.slice(candidate.start, candidate.end);
        if (facts === null || factsLine !== candidate.line) {
            const end = lineEndOf(text, candidate.start);
            markers ??= options.allowMarkers === false ? [] : allIndexesOf(text, ALLOW_MARKER);
            facts = { span: { start: candidate.lineStart, end }, allowed: anyWithin(markers, candidate.lineStart, end) };
            factsLine = candidate.line;
        }
        if (facts.allowed)
            return;
        if (isReference(text, candidate.lineStart, candidate.start, candidate.end))
            return;
        mentions ??= new Mentions(text);
        const context = mentions;
        const provider = judge(text, mentions, facts, candidate, {
            scopes: () => (scopes ??= new ScopeTracker(text, context)),
            useSites: () => (useSites ??= new UseSites(text, context)),
        });
        if (provider === null)
            return;
        matches.push({
            ruleId: ruleFor(provider).id,
            line: candidate.line,
            column: candidate.start - candidate.lineStart + 1,
            // A copy, so a kept match does not keep the whole text alive.
            secret: flatCopy(secret),
        });
    };
    if (lines === undefined)
        forEachCandidate(text, onCandidate, keyShaped);
    else
        forEachCandidateOnLines(text, lines, onCandidate, keyShaped);
    return matches;
}
function verdict(provider) {
    return provider === 'other' ? null : provider;
}
function judge(text, mentions, facts, candidate, helpers) {
    let label = readLabel(text, candidate.lineStart, candidate.start, mentions);
    // `value: "…"` whose object is named beside it (`- name: SESSION_SECRET`): the name is the label.
    let paired = false;
    if (label.kind === 'generic' && label.words.length === 1 && label.words[0] === 'value') {
        const name = pairedName(text, facts.span, label.from, candidate.end);
        if (name !== null) {
            label = labelOf(text, name.from, name.to, mentions);
            paired = true;
        }
    }
    switch (label.kind) {
        case 'not-secret':
        case 'other':
            return null;
        case 'mistral':
        case 'codestral':
            return label.kind;
        case 'prefixed-other':
            return byHost(mentions, facts, candidate, helpers);
    }
    const onLine = sameLineProvider(text, mentions, facts.span, candidate.start, candidate.end, {
        labelsOnly: paired && label.kind === 'qualified',
    });
    if (onLine !== null)
        return verdict(onLine);
    facts.scopes ??= helpers.scopes().scopesFor(facts.span, candidate.line);
    // An entry that carries its own name (`{name: SESSION_SECRET, value: …}`) belongs to its object alone.
    const found = paired && label.kind === 'qualified' ? verdictOrNone(facts.scopes[0].parent) : byScopes(facts.scopes, label);
    if (found !== undefined)
        return found;
    // A paired value is an entry's field, not an assignment (`value = "…"` in Terraform).
    return paired ? null : byUseSite(text, candidate, facts, label, helpers);
}
function verdictOrNone(provider) {
    return provider === null ? undefined : verdict(provider);
}
/**
 * What the enclosing scopes say, innermost first; undefined when none decides. A label with words of its own
 * (`SESSION_SECRET`) needs its enclosing scope to name Mistral, and stops at the first named section; a generic
 * or bare one also takes its siblings' word for it, up to a named section (`deepinfra:`), past which only the
 * sections enclosing it (a `mistral:` above) still count.
 */
function byScopes(scopes, label) {
    let outside = false;
    for (const scope of scopes) {
        const says = label.kind === 'qualified' || outside ? scope.parent : strongerProvider(scope.parent, scope.content);
        if (says !== null)
            return verdict(says);
        if (scope.boundary) {
            if (label.kind === 'qualified')
                return null;
            outside = true;
        }
    }
    return undefined;
}
/**
 * A label naming a provider whose keys carry a prefix (`OPENAI_API_KEY`): only a Mistral host configured beside
 * it (`OPENAI_BASE_URL=https://api.mistral.ai/v1`) makes the bare value Mistral's; the word alone does not.
 */
function byHost(mentions, facts, candidate, helpers) {
    const onLine = mentions.hostWithin(Math.max(facts.span.start, candidate.start - HOST_REACH), Math.min(facts.span.end, candidate.end + HOST_REACH));
    if (onLine !== null)
        return verdict(onLine);
    facts.scopes ??= helpers.scopes().scopesFor(facts.span, candidate.line);
    let outside = false;
    for (const scope of facts.scopes) {
        const says = outside ? scope.parentHost : strongerProvider(scope.parentHost, scope.contentHost);
        if (says !== null)
            return verdict(says);
        if (scope.boundary)
            outside = true;
    }
    return null;
}
const HOST_REACH = 160;
/** A value assigned to a name (`API_KEY = "…"`) that is passed to a Mistral client further down. */
function byUseSite(text, candidate, facts, label, helpers) {
    if (label.kind !== 'generic' && label.kind !== 'qualified')
        return null;
    const name = assignedName(text, candidate.lineStart, candidate.start);
    return name === null ? null : helpers.useSites().providerFor(name, facts.span.end);
}
function allIndexesOf(text, needle) {
    const found = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
        found.push(at);
    return found;
}
/** Whether a sorted list holds a value in [from, to). */
function anyWithin(sorted, from, to) {
    const first = firstAtOrAfter(sorted, from);
    return first < sorted.length && sorted[first] < to;
}

;// CONCATENATED MODULE: ./src/detect/own-line.ts
// A candidate its own line rules out, whatever the rest of the text says: it points at a variable (`${VAR}`,
// `os.getenv("…")`), or its label names something that is not a secret (`trace_id = …`, `cache_key: …`) or
// another provider's key (`COHERE_API_KEY=…`). detect() drops such a candidate before it reads any context, so a
// diff whose every new key-shaped run is one adds no key, and the file it changes need not be read
// (sources/changes.ts).



/** Labels after which judge() returns no provider at once. */
const RULED_OUT = new Set(['not-secret', 'other']);
/**
 * Whether the candidate at [start, end) of `line` (one whole line, without its newline) can never be reported:
 * true only when detect() drops it on what this line holds alone. Every view detect() takes of a label stays on
 * its line (mention searches included: no provider name holds a newline) except one: a chat speaker's prefix
 * (`alice: …`) counts only when the same speaker talks a few lines away. When that is asked, both answers are
 * tried, and the candidate is ruled out only if both rule it out.
 */
function ruledOutByItsLine(line, start, end) {
    if (isReference(line, 0, start, end))
        return true;
    const mentions = new Mentions(line);
    let asked = false;
    const speaking = readLabel(line, 0, start, mentions, () => (asked = true));
    if (!RULED_OUT.has(speaking.kind))
        return false;
    // Most lines open with no speaker's prefix: the other answer is only read when it was asked for.
    return !asked || RULED_OUT.has(readLabel(line, 0, start, mentions, () => false).kind);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/detect/fingerprint.ts
// A finding's identity: sha256 over rule, file and key, domain-separated. Unlike gitleaks'
// `commit:file:rule:line`, it survives lines moving and new commits, so a baseline keeps working; and a
// 32-character random key has far too much entropy for the hash to give it away.

const DOMAIN = 'mistral-guard/fingerprint/v1';
/** 64 lowercase hex characters. */
function fingerprint(ruleId, file, secret) {
    // NUL separators: no rule id, path or key holds one, so distinct triples never hash the same input.
    return (0,external_node_crypto_.createHash)('sha256').update(`${DOMAIN}\0${ruleId}\0${file}\0${secret}`, 'utf8').digest('hex');
}

;// CONCATENATED MODULE: ./src/detect/redact.ts
// The only form of a key that may leave the engine: its first four characters and its length, `AbCd…(32)`.
// Short values (which are never keys) show no characters at all, so a redaction never reveals half a secret.
const SHOWN = 4;
const MIN_LENGTH_TO_SHOW = 16;
function redact(secret) {
    const shown = secret.length >= MIN_LENGTH_TO_SHOW ? secret.slice(0, SHOWN) : '';
    return `${shown}…(${secret.length})`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/git/runner.ts + 1 modules
var runner = __webpack_require__(8433);
;// CONCATENATED MODULE: ./src/git/revisions.ts
// Repository and revision lookups with user-facing errors: a bad --repo, --base or --range is a usage error
// (exit 2) naming the flag and the value, never a raw git failure.




/** Lookups started ahead of need (primeRepository), each taken once by the openRepository call it was made for. */
const primed = new Map();
/**
 * Starts openRepository(dir) now, for a caller that will ask for it soon (the CLI, before the engine has loaded).
 * The next openRepository(dir) takes this answer (or error) instead of asking git again; later calls ask afresh.
 */
function revisions_primeRepository(dir) {
    const absolute = path.resolve(dir);
    const lookup = findRepository(absolute, dir);
    // Taken or not, a failure here is reported by the call that takes it, never as an unhandled rejection.
    lookup.catch(() => undefined);
    primed.set(absolute, lookup);
    return lookup;
}
/** Finds the repository `dir` lies in; throws a UsageError when there is none. */
function openRepository(dir) {
    const absolute = external_node_path_default().resolve(dir);
    const lookup = primed.get(absolute);
    if (lookup) {
        primed.delete(absolute);
        return lookup;
    }
    return findRepository(absolute, dir);
}
async function findRepository(absolute, dir) {
    if (!(0,external_node_fs_.existsSync)(absolute) || !(0,external_node_fs_.statSync)(absolute).isDirectory()) {
        throw new config_error/* UsageError */.e(`Repository directory '${dir}' does not exist.`);
    }
    // One git for all three answers: git prints each before failing on --show-toplevel where there is no work
    // tree (a bare repository, or inside a .git directory).
    const probe = await (0,runner/* runGit */.EO)(['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--show-toplevel'], {
        cwd: absolute,
        allowFailure: true,
    });
    const [bare, gitDir, top] = probe.stdout.toString('utf8').split('\n');
    if (bare === 'true' && gitDir)
        return { root: gitDir, bare: true };
    if (bare !== 'false' || !gitDir) {
        throw new config_error/* UsageError */.e(`'${absolute}' is not a git repository (or any of its parents).`);
    }
    if (probe.code !== 0 || !top) {
        throw new config_error/* UsageError */.e(`'${absolute}' is inside a git directory but not in a working tree.`);
    }
    return { root: top, bare: false };
}
/** Rejects revision arguments git would read as options. */
function revisions_checkRevision(rev, flag) {
    if (rev === '' || rev.startsWith('-') || /[\0\n]/.test(rev)) {
        throw new config_error/* UsageError */.e(`Invalid revision '${rev}' for ${flag}: expected a commit, branch or tag name.`);
    }
    return rev;
}
/**
 * The revisions of a `--range` such as `A..B` or `A..B ^C D` (whitespace-separated, as the range planner writes
 * them), each checked as checkRevision does; git gets them as separate arguments.
 */
function splitRevisions(range, flag) {
    const revisions = range.split(/[ \t]+/).filter((rev) => rev !== '');
    if (revisions.length === 0)
        throw new config_error/* UsageError */.e(`${flag} needs a value.`);
    return revisions.map((rev) => revisions_checkRevision(rev, flag));
}
/** The commit id `rev` names, or a UsageError naming the flag. */
async function revisions_resolveCommit(root, rev, flag) {
    revisions_checkRevision(rev, flag);
    const result = await (0,runner/* runGit */.EO)(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
        cwd: root,
        allowFailure: true,
    });
    const sha = result.stdout.toString('utf8').trim();
    if (result.code !== 0 || sha === '') {
        throw new config_error/* UsageError */.e(`Unknown revision '${rev}' for ${flag}: no such commit in this repository ` +
            '(a shallow clone may need more history).');
    }
    return sha;
}
/** HEAD's commit id, or null on an unborn branch. */
async function headCommit(root) {
    const result = await (0,runner/* runGit */.EO)(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: root, allowFailure: true });
    const sha = result.stdout.toString('utf8').trim();
    return result.code === 0 && sha !== '' ? sha : null;
}
/** Every best common ancestor (`merge-base --all`); empty for unrelated histories. */
async function revisions_mergeBases(root, a, b) {
    const result = await runGit(['merge-base', '--all', a, b], { cwd: root, allowFailure: true });
    return result.code === 0 ? result.stdout.toString('utf8').split('\n').filter((line) => line !== '') : [];
}
/** The best common ancestor, or null for unrelated histories. */
async function mergeBase(root, a, b) {
    const result = await (0,runner/* runGit */.EO)(['merge-base', a, b], { cwd: root, allowFailure: true });
    const sha = result.stdout.toString('utf8').trim();
    return result.code === 0 && sha !== '' ? sha : null;
}
/** Commits in `range` (e.g. `base..head`). */
async function countCommits(root, range) {
    const text = await (0,runner/* gitText */.q_)(['rev-list', '--count', range, '--'], { cwd: root });
    return Number(text.trim()) || 0;
}
/** Whether the repository has an object (used to tell a shallow or partial clone apart). */
function hasObject(root, oid) {
    return tryGit(['cat-file', '-e', oid], { cwd: root });
}
/** Author and date of commits, looked up once each. */
class CommitInfoCache {
    root;
    cache = new Map();
    constructor(root) {
        this.root = root;
    }
    get(sha) {
        let info = this.cache.get(sha);
        if (!info) {
            info = (0,runner/* gitText */.q_)(['log', '-1', '--no-walk', '--format=%H%x00%an%x00%aI', sha, '--'], { cwd: this.root }).then((text) => {
                const [full, author, date] = text.replace(/\n$/, '').split('\0');
                return { sha: full, author, date };
            });
            this.cache.set(sha, info);
        }
        return info;
    }
}

;// CONCATENATED MODULE: ./src/log.ts
// The engine's only way to speak: the CLI logs to stderr, the action passes one backed by @actions/core.
// Messages never hold a key (only redacted forms and fingerprints).
const silentLogger = { debug() { }, info() { }, warn() { } };
/** Writes `mistral-guard: …` lines to a stream (stderr by default). */
function stderrLogger(stream = process.stderr, options = {}) {
    const write = (prefix, message) => {
        stream.write(`mistral-guard: ${prefix}${message}\n`);
    };
    return {
        debug: (message) => {
            if (options.verbose)
                write('debug: ', message);
        },
        info: (message) => {
            if (!options.quiet)
                write('', message);
        },
        warn: (message) => write('warning: ', message),
    };
}

;// CONCATENATED MODULE: ./src/git/blame.ts
// Which commit of a range added a given line: `git blame --porcelain -L n,n [-L m,m …] base..head -- file`.
// Asked only for lines that hold a finding, so its cost does not grow with the size of a diff; the lines of one
// file asked in the same turn share one git (a dotenv file with five keys costs one blame, not five).

/** A porcelain group header: `<sha> <line in the commit> <line at head>[ <lines in the group>]`. */
const blame_HEADER = /^([0-9a-f]{40,64}) \d+ (\d+)(?: \d+)?$/;
/**
 * For each of `lines` (1-based, at `head`) of `file`, the commit in `base..head` that added it; a line that came
 * from before `base` (a boundary commit), or that git cannot blame, is absent.
 */
async function blameLines(root, base, head, file, lines) {
    const found = new Map();
    if (lines.length === 0)
        return found;
    const range = base ? `${base}..${head}` : head;
    const ranges = [...new Set(lines)].flatMap((line) => ['-L', `${line},${line}`]);
    const result = await (0,runner/* runGit */.EO)(['blame', '--porcelain', ...ranges, range, '--', file], { cwd: root, allowFailure: true });
    if (result.code !== 0)
        return found;
    // A commit's details (`boundary` among them) follow its first header only.
    const boundary = new Set();
    let current = null;
    for (const line of result.stdout.toString('utf8').split('\n')) {
        // The line's own text (a key, here): never looked at.
        if (line.startsWith('\t'))
            continue;
        const header = blame_HEADER.exec(line);
        if (header) {
            current = header[1];
            found.set(Number(header[2]), current);
        }
        else if (line === 'boundary' && current) {
            boundary.add(current);
        }
    }
    for (const [line, sha] of found)
        if (boundary.has(sha))
            found.delete(line);
    return found;
}
/**
 * blameLines for lines asked one at a time: the lines of a file asked before the next turn of the event loop's
 * microtasks go to git together.
 */
class BatchedBlame {
    root;
    base;
    head;
    pending = new Map();
    constructor(root, base, head) {
        this.root = root;
        this.base = base;
        this.head = head;
    }
    /** The commit in base..head that added `line` of `file`; null when it came from before base. */
    async commitOf(file, line) {
        let batch = this.pending.get(file);
        if (!batch) {
            const lines = [];
            // Started once the caller's synchronous run of asks is over.
            const answer = Promise.resolve().then(() => {
                this.pending.delete(file);
                return blameLines(this.root, this.base, this.head, file, lines);
            });
            batch = { lines, answer };
            this.pending.set(file, batch);
        }
        batch.lines.push(line);
        return (await batch.answer).get(line) ?? null;
    }
}

// EXTERNAL MODULE: ./src/git/cat-file.ts
var cat_file = __webpack_require__(499);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/git/diff-changes.ts
// One `git diff --patch-with-raw -z -U0` gives, per changed file, its blob ids (raw part, NUL-separated, paths
// exactly as stored) and the lines it added (patch part, hunk headers only). The patch lists files in the
// raw part's order, one `diff --git` section each, so sections are matched by position and the patch's
// quoted paths are never parsed. Hunk bodies are skipped by counting lines, never read into strings: removed
// lines cost an indexOf, added lines one pass over their bytes looking for runs the detector's candidate scan
// would keep (exactly 32 ASCII letters and digits, or 33 after a `\n` escape), kept as strings with the lines they
// stand on: a file whose added lines hold none, or only runs that cannot be a key by their shape or by what their
// lines say of them, need not be read at all.




/** Common options: plain patch output whatever the user's config says. */
const diff_changes_DIFF_OPTIONS = [
    '--patch-with-raw',
    '-z',
    // Whole object ids: an abbreviated one can be ambiguous in a big repository.
    '--no-abbrev',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '-M',
    '--diff-filter=AMRC',
];
/** Streams the changes of `git diff <DIFF_OPTIONS> <revisionArgs> --`, each as soon as its section ends. */
function diffChanges(cwd, revisionArgs) {
    return parseDiffChanges((0,runner/* streamGit */.t1)(['diff', ...diff_changes_DIFF_OPTIONS, ...revisionArgs, '--'], { cwd }));
}
/** Parses `--patch-with-raw -z` output, however it is cut into chunks. */
async function* parseDiffChanges(chunks) {
    const changes = [];
    const raw = new RawParser(changes);
    const patch = new PatchParser(changes);
    let emitted = 0;
    for await (const chunk of chunks) {
        const rest = raw.done ? chunk : raw.feed(chunk);
        if (rest)
            patch.feed(rest);
        // Every section before the current one is complete.
        while (emitted < patch.section - 1)
            yield release(changes, emitted++);
    }
    while (emitted < changes.length)
        yield release(changes, emitted++);
}
function release(changes, index) {
    const change = changes[index];
    changes[index] = undefined;
    return change;
}
/** The raw part: `:oldmode newmode oldoid newoid status\0path\0[path\0]`, ended by an empty field. */
class RawParser {
    changes;
    done = false;
    pending = [];
    fields = null;
    paths = [];
    constructor(changes) {
        this.changes = changes;
    }
    /** Consumes raw bytes; returns what follows the raw part (the patch), if reached. */
    feed(chunk) {
        let start = 0;
        for (;;) {
            const end = chunk.indexOf(0, start);
            if (end < 0) {
                if (start < chunk.length)
                    this.pending.push(chunk.subarray(start));
                return null;
            }
            // A token inside one chunk is decoded in place (no copy); one spanning chunks is joined first.
            let token;
            if (this.pending.length === 0) {
                token = chunk.toString('utf8', start, end);
            }
            else {
                this.pending.push(chunk.subarray(start, end));
                token = Buffer.concat(this.pending).toString('utf8');
                this.pending = [];
            }
            start = end + 1;
            if (this.token(token)) {
                this.done = true;
                return chunk.subarray(start);
            }
        }
    }
    /** Returns true at the end of the raw part. */
    token(token) {
        if (!this.fields) {
            const record = token.replace(/^\n+/, '');
            if (record === '')
                return true;
            this.fields = record.slice(1).split(' ');
            this.paths = [];
            return false;
        }
        this.paths.push(token);
        const [oldMode, newMode, oldOid, newOid, status] = this.fields;
        const wanted = /^[RC]/.test(status) ? 2 : 1;
        if (this.paths.length === wanted) {
            const path = this.paths[wanted - 1];
            this.changes.push({
                status: status[0],
                path,
                oldPath: this.paths[0],
                oldOid,
                newOid,
                oldMode,
                newMode,
                addedLines: new Set(),
                binary: false,
                keyShaped: false,
                runs: [],
            });
            this.fields = null;
        }
        return false;
    }
}
const DIFF_GIT = Buffer.from('diff --git ');
/** The most runs kept per file: past that, the file is read and judged whole. */
const MAX_RUNS = 64;
/** The most lines kept per run: past that, its lines are not judged (an identifier repeated all over a file). */
const MAX_PLACES = 16;
/** The longest added line kept whole across chunks; a longer one is read byte by byte by CandidateLineScanner. */
const CUT_LINE_BYTES = 64 * 1024;
/** Adds the runs of the added line in bytes [start, end) to `change` (hex-only ones left out). */
function collectRuns(change, bytes, start, end) {
    let line;
    forEachLineRun(bytes, start, end, (first, after) => {
        // Hex digits alone are never a key (the detector drops them first).
        if (isHexBytes(bytes, first, after))
            return true;
        change.keyShaped = true;
        const runs = change.runs;
        if (runs === null)
            return false;
        if (runs.length >= MAX_RUNS) {
            change.runs = null;
            return false;
        }
        const run = bytes.toString('latin1', first, after);
        let added = runs.find((known) => known.run === run);
        if (added === undefined) {
            if (runs.length >= MAX_RUNS) {
                change.runs = null;
                return false;
            }
            added = { run, places: [] };
            runs.push(added);
        }
        if (added.places === null)
            return true;
        // Decoded once per line, and only for a line with a run: ASCII reads the same whatever the file's encoding. A
        // minified file's one long line is not copied: its runs are judged by their characters alone.
        if (line === undefined) {
            const kept = end - start <= CUT_LINE_BYTES && (0,external_node_buffer_.isAscii)(bytes.subarray(start, end));
            line = kept ? bytes.toString('latin1', start, end) : null;
        }
        const at = first - start;
        if (line === null || added.places.length >= MAX_PLACES)
            added.places = null;
        else if (!added.places.some((place) => place.line === line && place.at === at))
            added.places.push({ line, at });
        return true;
    });
}
/** A run is on an added line of `change`, but which is not known: its blob must be read. */
function unknownRuns(change) {
    change.keyShaped = true;
    change.runs = null;
}
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** The patch part: counts `diff --git` sections and reads hunk headers; skips hunk bodies line by line. */
class PatchParser {
    changes;
    /** Sections started so far; section n (1-based) belongs to change n - 1. */
    section = 0;
    line = [];
    lineLength = 0;
    /** Body lines of the current hunk still to skip. */
    bodyLeft = 0;
    atLineStart = true;
    skippingLine = false;
    /** The line being skipped is an added one, read for a key-shaped run. */
    readingAdded = false;
    scanner = new CandidateLineScanner();
    /** Part of the line being skipped was in an earlier chunk (kept in `cut`, or the scanner holds its state). */
    lineStarted = false;
    /** An added line cut across chunks, kept (copied) until it ends; null once it is read by the scanner instead. */
    cut = null;
    cutBytes = 0;
    constructor(changes) {
        this.changes = changes;
    }
    feed(chunk) {
        let pos = 0;
        while (pos < chunk.length) {
            if (this.skippingLine) {
                const lf = chunk.indexOf(10, pos);
                const end = lf < 0 ? chunk.length : lf;
                if (this.readingAdded) {
                    const change = this.changes[this.section - 1];
                    if (!this.lineStarted && lf >= 0) {
                        // The whole line is in this chunk: probe it rather than read every byte.
                        collectRuns(change, chunk, pos, end);
                    }
                    else if (!this.lineStarted || this.cut !== null) {
                        // A line cut across chunks is kept until it ends, then probed whole, so its runs are known too.
                        this.cut ??= [];
                        this.cut.push(Buffer.from(chunk.subarray(pos, end)));
                        this.cutBytes += end - pos;
                        if (lf >= 0) {
                            const line = Buffer.concat(this.cut);
                            this.cut = null;
                            collectRuns(change, line, 0, line.length);
                        }
                        else if (this.cutBytes > CUT_LINE_BYTES) {
                            // Too long to keep (a minified file): read on for a run, known to be there but not what it is.
                            const kept = this.cut;
                            this.cut = null;
                            if (kept.some((part) => this.scanner.feed(part, 0, part.length)))
                                unknownRuns(change);
                        }
                    }
                    else if (this.scanner.feed(chunk, pos, end) || (lf >= 0 && this.scanner.end())) {
                        unknownRuns(change);
                    }
                    if (change.runs === null) {
                        this.readingAdded = false;
                        this.cut = null;
                    }
                }
                this.lineStarted = true;
                if (lf < 0)
                    return;
                pos = lf + 1;
                this.skippingLine = false;
                this.readingAdded = false;
                this.atLineStart = true;
                continue;
            }
            if (this.bodyLeft > 0 && this.atLineStart) {
                // `\ No newline at end of file` is not one of the hunk's lines.
                if (chunk[pos] !== 0x5c)
                    this.bodyLeft--;
                const change = this.changes[this.section - 1];
                // Added lines are read for their runs (until the file has more than can be kept); removed lines are only
                // counted.
                this.readingAdded = chunk[pos] === 0x2b && change !== undefined && change.runs !== null;
                this.scanner.reset();
                this.cut = null;
                this.cutBytes = 0;
                this.lineStarted = false;
                this.skippingLine = true;
                this.atLineStart = false;
                // Past the `+`/`-` marker.
                if (chunk[pos] !== 10)
                    pos++;
                continue;
            }
            const lf = chunk.indexOf(10, pos);
            const end = lf < 0 ? chunk.length : lf;
            if (lf >= 0 && this.line.length === 0) {
                // A whole header line in this chunk: most (`index`, `---`, `+++`, mode lines) are never decoded.
                this.headerBytes(chunk, pos, end);
                pos = lf + 1;
                continue;
            }
            // Header lines are short; cap what we keep of an odd long one.
            if (this.lineLength < 4096) {
                this.line.push(chunk.subarray(pos, Math.min(end, pos + 4096)));
                this.lineLength += end - pos;
            }
            if (lf < 0)
                return;
            pos = lf + 1;
            const text = Buffer.concat(this.line).toString('utf8');
            this.line = [];
            this.lineLength = 0;
            this.header(text);
        }
    }
    /** header() for a line given as bytes, decoding only the lines it reads. */
    headerBytes(chunk, start, end) {
        const first = chunk[start];
        if (first === 0x64 /* d */) {
            const prefixEnd = start + DIFF_GIT.length;
            if (prefixEnd <= end && chunk.compare(DIFF_GIT, 0, DIFF_GIT.length, start, prefixEnd) === 0)
                this.section++;
            return;
        }
        // Only hunk headers (`@@`) and `Binary files` lines say anything else.
        if (first !== 0x40 /* @ */ && first !== 0x42 /* B */)
            return;
        this.header(chunk.toString('utf8', start, Math.min(end, start + 4096)));
    }
    header(text) {
        if (text.startsWith('diff --git ')) {
            this.section++;
            return;
        }
        const change = this.changes[this.section - 1];
        if (!change)
            return;
        if (text.startsWith('Binary files ')) {
            change.binary = true;
            return;
        }
        const hunk = HUNK.exec(text);
        if (!hunk)
            return;
        const oldCount = hunk[1] === undefined ? 1 : Number(hunk[1]);
        const start = Number(hunk[2]);
        const newCount = hunk[3] === undefined ? 1 : Number(hunk[3]);
        for (let line = start; line < start + newCount; line++)
            change.addedLines.add(line);
        this.bodyLeft = oldCount + newCount;
    }
}

;// CONCATENATED MODULE: ./src/git/missing-object.ts
// An object git should have but does not: a corrupt repository, or a partial clone (`--filter=blob:none`)
// that left blobs on the server. Either way a scan that skipped it could miss a key, so it is an error
// (exit 2) that names the object and where it was needed, never a silent pass.

class MissingObjectError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MissingObjectError';
    }
}
/**
 * The object a git process died for because a partial clone could not fetch it (lazy fetching off, or the
 * promisor remote unreachable); null for any other failure.
 */
function unfetchedObject(error) {
    if (!(error instanceof runner/* GitError */.XS))
        return null;
    return /could not fetch ([0-9a-f]{40,64}) from promisor remote/.exec(error.stderr)?.[1] ?? null;
}
/** The partial-clone filter of the repository (`blob:none`, …), '' for a partial clone without one, or null. */
async function partialCloneFilter(root) {
    const result = await (0,runner/* runGit */.EO)(['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.(promisor|partialclonefilter))$'], { cwd: root, allowFailure: true });
    const lines = result.stdout.toString('utf8').split('\n').filter(Boolean);
    if (lines.length === 0)
        return null;
    const filter = lines.find((line) => /\.partialclonefilter /i.test(line));
    return filter ? filter.slice(filter.indexOf(' ') + 1) : '';
}
/**
 * The error for object `oid`, missing from the repository at `root`; `where` says what needed it
 * (`'app.py' in commit 1a2b3c4`).
 */
async function missingObjectError(root, oid, where) {
    const object = `git object ${oid} (${where})`;
    const filter = await partialCloneFilter(root).catch(() => null);
    if (filter !== null) {
        const named = filter ? ` with --filter=${filter}` : '';
        return new MissingObjectError(`${object} is not in this repository: it is a partial clone${named}, and mistral-guard reads every blob ` +
            'it scans locally (it does not fetch them one by one). Scan a full clone: clone without --filter ' +
            '(actions/checkout: leave `filter` unset, fetch-depth: 0).');
    }
    return new MissingObjectError(`${object} is missing from the repository: it is corrupt or incomplete (see \`git fsck\`). ` +
        'Nothing was reported, since a scan that skipped it could miss a key.');
}

;// CONCATENATED MODULE: ./src/git/raw-log.ts
// `git log --raw -c -z`: which blob each commit wrote at each path, and what its parents had there, without
// a single line of patch. Merges come as combined entries (`::` with one mode and id per parent), listed when
// the merge's result differs from every parent: exactly the paths a conflict resolution can change.
const COMMIT_MARK = '\x01';
const FIELD = '\x02';
const FORMAT = `--format=${COMMIT_MARK}%H${FIELD}%P${FIELD}%ct${FIELD}%aI${FIELD}%an`;
function isZeroOid(oid) {
    return /^0+$/.test(oid);
}
/**
 * The `git log` arguments for a raw walk. `revisions` are already validated (no leading `-`): every ref when
 * empty; `options` (date filters, --find-object) go before them. Renames are off so that a key's file is
 * always the path it sits at.
 */
function rawLogArgs(revisions, options = []) {
    return [
        'log',
        '--raw',
        '-c',
        '-z',
        '--no-abbrev',
        '--no-renames',
        '--full-history',
        '--no-ext-diff',
        '--no-textconv',
        FORMAT,
        ...options,
        ...(revisions.length === 0 ? ['--all'] : ['--end-of-options', ...revisions]),
        '--',
    ];
}
/**
 * Splits `rawLogArgs` output, pushed chunk by chunk (cut anywhere), into its NUL-terminated tokens. Tokens are
 * views of the chunks: a chunk must not be reused after it is fed.
 */
class RawLogTokens {
    pending = [];
    feed(chunk) {
        let start = 0;
        for (;;) {
            const end = chunk.indexOf(0, start);
            if (end < 0)
                break;
            if (this.pending.length > 0) {
                this.pending.push(chunk.subarray(start, end));
                this.token(Buffer.concat(this.pending));
                this.pending = [];
            }
            else {
                this.token(chunk.subarray(start, end));
            }
            start = end + 1;
        }
        if (start < chunk.length)
            this.pending.push(chunk.subarray(start));
    }
    end() {
        if (this.pending.length > 0)
            this.token(Buffer.concat(this.pending));
        this.pending = [];
    }
}
/** Where a token's record starts: after the newlines git puts between records; -1 for an empty token. */
function recordStart(token) {
    let at = 0;
    while (at < token.length && token[at] === 10)
        at++;
    return at === token.length ? -1 : at;
}
/**
 * The layout of one `:mode… oid… status` record, read in place: n colons for n parents, n + 1 modes of six
 * octal digits, n + 1 ids. One instance is reused for every record (no allocation per change).
 */
class RawRecord {
    token = Buffer.alloc(0);
    /** Where the record starts in `token` (at its first colon). */
    start = 0;
    parents = 0;
    oidLength = 0;
    modesAt = 0;
    oidsAt = 0;
    read(token, at) {
        let colons = 0;
        while (token[at + colons] === 0x3a)
            colons++;
        this.token = token;
        this.start = at;
        this.parents = colons;
        this.modesAt = at + colons;
        this.oidsAt = this.modesAt + (colons + 1) * 7;
        const space = token.indexOf(32, this.oidsAt);
        this.oidLength = (space < 0 ? token.length : space) - this.oidsAt;
        return this;
    }
    /** Offset of the id of parent `index` (0 … parents - 1), or of the new blob for `index === parents`. */
    oidAt(index) {
        return this.oidsAt + index * (this.oidLength + 1);
    }
    modeOf(index) {
        const at = this.modesAt + index * 7;
        return this.token.toString('latin1', at, at + 6);
    }
    isZero(index) {
        const at = this.oidAt(index);
        for (let i = at; i < at + this.oidLength; i++)
            if (this.token[i] !== 0x30)
                return false;
        return true;
    }
    /** A plain commit's (or a root commit's) record for a file it adds. */
    get added() {
        const statusAt = this.oidAt(this.parents + 1);
        return this.parents === 1 && this.token[statusAt] === 0x41;
    }
}
/**
 * A light reading of the same output: commits are counted, not parsed, and each change is handed over as
 * bytes. What a history scan needs from every record (is its blob there? does it add a file?) costs no
 * strings this way.
 */
class RawLogSkimmer extends RawLogTokens {
    handler;
    record = null;
    reused = new RawRecord();
    constructor(handler) {
        super();
        this.handler = handler;
    }
    token(token) {
        if (this.record) {
            this.handler.change(this.record, token);
            this.record = null;
            return;
        }
        const at = recordStart(token);
        if (at < 0)
            return;
        if (token[at] === 1)
            this.handler.commit(token);
        // A view of the chunk, which stays valid: the path comes in the next token, maybe in the next chunk.
        else if (token[at] === 0x3a)
            this.record = this.reused.read(token, at);
    }
}
/** The commit of a header token as RawLogSkimmer hands it over. */
function commitOf(header) {
    return toCommit(header.toString('utf8', header.indexOf(1) + 1));
}
/** Only the commit id of a header token as RawLogSkimmer hands it over: no parsing of the rest. */
function shaOfHeader(header) {
    const start = header.indexOf(1) + 1;
    const end = header.indexOf(FIELD.charCodeAt(0), start);
    return header.toString('latin1', start, end < 0 ? header.length : end);
}
/** The change of a record as RawLogSkimmer hands it over, with its path. */
function changeOf(record, path) {
    return toChange(fieldsOf(record.token, record.start), path.toString('utf8'));
}
/**
 * The space-separated fields of a `:mode… oid… status` record, each read straight from the bytes: fresh
 * strings, not slices of one record string that every kept blob id would keep alive.
 */
function fieldsOf(token, start) {
    const fields = [];
    let from = start;
    for (;;) {
        const space = token.indexOf(32, from);
        const end = space < 0 ? token.length : space;
        fields.push(token.toString('latin1', from, end));
        if (space < 0)
            return fields;
        from = space + 1;
    }
}
function toCommit(header) {
    const [sha, parents, time, date, ...author] = header.split(FIELD);
    return {
        sha,
        parents: parents ? parents.split(' ') : [],
        time: Number(time),
        date,
        author: author.join(FIELD),
    };
}
/** `:mode… oid… status` with one colon per parent: n parent modes, the new mode, n parent ids, the new id. */
function toChange(fields, path) {
    const parentCount = fields[0].length - fields[0].replace(/^:+/, '').length;
    fields[0] = fields[0].replace(/^:+/, '');
    const modes = fields.slice(0, parentCount + 1);
    const oids = fields.slice(parentCount + 1, 2 * parentCount + 2);
    return {
        path,
        mode: modes[parentCount],
        oid: oids[parentCount],
        parentModes: modes.slice(0, parentCount),
        parentOids: oids.slice(0, parentCount),
        status: fields[2 * parentCount + 2] ?? '',
    };
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/sources/decode.ts
// Bytes to text for the detector. Never throws: binary files are reported as such (skipped and counted by
// the caller), UTF-16 with a BOM (or plainly UTF-16 ASCII) is decoded, invalid UTF-8 gets U+FFFD, and
// CRLF stays as it is (the detector handles it, and columns stay true to the file). Two shapes: a whole
// Buffer at once (decodeBytes), or a stream of chunks (StreamDecoder) for files too big to hold.


/** How far into a file we look for a NUL, as git does to call a file binary. */
const BINARY_PROBE_BYTES = 8000;
const UTF16_LE_BOM = [0xff, 0xfe];
const UTF16_BE_BOM = [0xfe, 0xff];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Decides a file's encoding from its first BINARY_PROBE_BYTES bytes (all of them for a shorter file). */
function sniffEncoding(head) {
    if (startsWith(head, UTF8_BOM))
        return { kind: 'utf8', skip: 3 };
    if (startsWith(head, UTF16_LE_BOM))
        return { kind: 'utf16le', skip: 2 };
    if (startsWith(head, UTF16_BE_BOM))
        return { kind: 'utf16be', skip: 2 };
    const probe = head.subarray(0, BINARY_PROBE_BYTES);
    if (probe.indexOf(0) < 0)
        return { kind: 'utf8', skip: 0 };
    const bomless = bomlessUtf16(probe);
    if (bomless === 'le')
        return { kind: 'utf16le', skip: 0 };
    if (bomless === 'be')
        return { kind: 'utf16be', skip: 0 };
    return { kind: 'binary', skip: 0 };
}
/**
 * Whether the bytes are plain 8-bit text (no BOM, no NUL up front): then any ASCII word in them can be found
 * in `bytes.toString('latin1')`, a plain copy, without decoding UTF-8 first.
 */
function isPlainBytes(bytes) {
    if (startsWith(bytes, UTF8_BOM) || startsWith(bytes, UTF16_LE_BOM) || startsWith(bytes, UTF16_BE_BOM))
        return false;
    return bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0) < 0;
}
/**
 * Bytes of one chunk tested again with the next, for a file tested chunk by chunk: a keyword (at most nine bytes)
 * cut by a chunk boundary is found in the last bytes of one chunk and the first of the next.
 */
const KEYWORD_OVERLAP_BYTES = 16;
/**
 * A keyword test on a file's bytes (the detector's mentionsBytes), where its answer holds for the decoded text:
 * plain 8-bit text. False: the file names no Mistral word and cannot hold a finding; true: it does (the detector
 * need not look again); undefined: the bytes cannot tell, or there is no test.
 */
function keywordInBytes(bytes, mentionsBytes) {
    return mentionsBytes && isPlainBytes(bytes) ? mentionsBytes(bytes) : undefined;
}
/**
 * Decodes plain bytes (see isPlainBytes), reusing the latin1 copy a caller already made: pure ASCII reads the
 * same in latin1 and UTF-8, so the copy is the text and the UTF-8 decoding is skipped.
 */
function decodePlain(bytes, latin1) {
    return (0,external_node_buffer_.isAscii)(bytes) ? (latin1 ?? bytes.toString('latin1')) : bytes.toString('utf8');
}
function decodeBytes(bytes) {
    const encoding = sniffEncoding(bytes);
    switch (encoding.kind) {
        case 'binary':
            return { binary: true };
        case 'utf8':
            return decode_text(bytes.toString('utf8', encoding.skip));
        case 'utf16le':
            return decode_text(utf16le(bytes.subarray(encoding.skip)));
        case 'utf16be':
            return decode_text(utf16be(bytes.subarray(encoding.skip)));
    }
}
/**
 * Decodes a file chunk by chunk into pieces of text, as decodeBytes would decode it whole: the encoding is
 * sniffed from the first BINARY_PROBE_BYTES bytes, and a character cut between two chunks is kept whole.
 */
class StreamDecoder {
    onText;
    head = [];
    headBytes = 0;
    encoding = null;
    decoder = null;
    /** UTF-16 BE: an odd byte left over from the previous chunk. */
    odd = null;
    /** UTF-8: the decoder holds no bytes of an unfinished character. */
    settled = true;
    /** `onText` gets each decoded piece, in order. */
    constructor(onText) {
        this.onText = onText;
    }
    /** True once the file is known to be binary: the caller may stop reading. */
    get binary() {
        return this.encoding?.kind === 'binary';
    }
    write(bytes) {
        if (this.encoding === null) {
            // A copy: the caller may reuse its buffer for the next chunk.
            this.head.push(Buffer.from(bytes));
            this.headBytes += bytes.length;
            if (this.headBytes < BINARY_PROBE_BYTES)
                return;
            this.start();
            return;
        }
        this.decode(bytes);
    }
    end() {
        if (this.encoding === null)
            this.start();
        if (this.decoder) {
            // An odd trailing byte of UTF-16 decodes to nothing, as decodeBytes drops it.
            const rest = this.decoder.end();
            if (rest)
                this.onText(rest);
        }
    }
    start() {
        const head = Buffer.concat(this.head);
        this.head = [];
        this.encoding = sniffEncoding(head);
        if (this.encoding.kind === 'binary')
            return;
        this.decoder = new external_node_string_decoder_.StringDecoder(this.encoding.kind === 'utf8' ? 'utf8' : 'utf16le');
        this.decode(head.subarray(this.encoding.skip));
    }
    decode(bytes) {
        if (!this.decoder || bytes.length === 0)
            return;
        // Pure ASCII reads the same in latin1, which is several times cheaper than the UTF-8 decoder: safe when the
        // decoder holds no part of a character, i.e. the last byte it was given was ASCII.
        if (this.encoding?.kind === 'utf8' && this.settled && (0,external_node_buffer_.isAscii)(bytes)) {
            this.onText(bytes.toString('latin1'));
            return;
        }
        if (this.encoding?.kind === 'utf16be')
            bytes = this.swapped(bytes);
        const piece = this.decoder.write(bytes);
        this.settled = bytes[bytes.length - 1] < 0x80;
        if (piece)
            this.onText(piece);
    }
    /** The bytes with each pair swapped (BE to LE), carrying an odd byte over to the next chunk. */
    swapped(bytes) {
        const joined = this.odd === null ? bytes : Buffer.concat([Buffer.from([this.odd]), bytes]);
        const even = joined.length - (joined.length % 2);
        this.odd = even < joined.length ? joined[even] : null;
        const out = Buffer.from(joined.subarray(0, even));
        out.swap16();
        return out;
    }
}
function decode_text(value) {
    return { binary: false, text: value };
}
function startsWith(bytes, prefix) {
    return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}
function utf16le(bytes) {
    // An odd trailing byte cannot be a code unit: drop it rather than fail.
    return bytes.toString('utf16le', 0, bytes.length - (bytes.length % 2));
}
function utf16be(bytes) {
    const even = bytes.length - (bytes.length % 2);
    const swapped = Buffer.from(bytes.subarray(0, even));
    swapped.swap16();
    return swapped.toString('utf16le');
}
/**
 * UTF-16 written without a BOM (some Windows tools do) shows as text with a NUL in every other byte.
 * Call it UTF-16 only when that pattern is near perfect, so real binaries stay binary.
 */
function bomlessUtf16(probe) {
    const pairs = Math.floor(probe.length / 2);
    if (pairs < 4)
        return null;
    let le = 0;
    let be = 0;
    for (let i = 0; i + 1 < probe.length; i += 2) {
        const first = probe[i];
        const second = probe[i + 1];
        if (second === 0 && isTextByte(first))
            le++;
        else if (first === 0 && isTextByte(second))
            be++;
    }
    if (le >= pairs * 0.95)
        return 'le';
    if (be >= pairs * 0.95)
        return 'be';
    return null;
}
function isTextByte(byte) {
    return byte === 9 || byte === 10 || byte === 13 || (byte >= 0x20 && byte < 0x7f);
}

;// CONCATENATED MODULE: ./src/sources/find-strings.ts
// Which of many strings occur in a text, in about one pass: checking thousands of keys against a 30 MB file
// one includes() at a time would read the file thousands of times.
const ALNUM_RUN = /[A-Za-z0-9]+/g;
/** The members of `needles` that occur in `text`. */
function findStrings(text, needles) {
    const found = new Set();
    const alnum = new Map();
    for (const needle of needles) {
        if (needle === '')
            continue;
        if (/^[A-Za-z0-9]+$/.test(needle)) {
            const sameLength = alnum.get(needle.length) ?? new Set();
            sameLength.add(needle);
            alnum.set(needle.length, sameLength);
        }
        else if (text.includes(needle)) {
            found.add(needle);
        }
    }
    if (alnum.size === 0)
        return found;
    // Few needles: includes() is fastest. Many: look every alphanumeric run up by its windows.
    const count = [...alnum.values()].reduce((sum, set) => sum + set.size, 0);
    if (count <= 8) {
        for (const set of alnum.values())
            for (const needle of set)
                if (text.includes(needle))
                    found.add(needle);
        return found;
    }
    const shortest = Math.min(...alnum.keys());
    ALNUM_RUN.lastIndex = 0;
    for (let run = ALNUM_RUN.exec(text); run !== null; run = ALNUM_RUN.exec(text)) {
        const token = run[0];
        if (token.length < shortest)
            continue;
        for (const [length, set] of alnum) {
            for (let start = 0; start + length <= token.length; start++) {
                const window = token.length === length ? token : token.slice(start, start + length);
                if (set.has(window))
                    found.add(window);
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/sources/text-windows.ts
// Files too big to hold as one string (a 200 MB dump, a 10 MB minified line) are read as overlapping
// windows of a few MB: memory is bounded by the window, not the file. Each window repeats the text just
// before the stretch it owns (context above a key: a `mistral:` section, a `new Mistral({` call) and looks a
// little past it (what follows a key on its line), so every key is judged with the context the detector
// reads; a key is taken only from the window that owns its first character, so none is found twice. Line
// and column stay exact across windows, also inside one line longer than a window.




/** Above this many bytes a file or blob is read in windows instead of whole. */
const BIG_TEXT_BYTES = 8 * 1024 * 1024;
/** Characters per window. */
const WINDOW_CHARS = 1024 * 1024;
/**
 * Characters of context repeated before a window's own stretch (up to twice this, to start at a line start)
 * and read past its end. The detector's reach is far smaller: a line's label, a few hundred characters of
 * brackets, 15 lines up and 10 lines (3,000 characters) down.
 */
const MARGIN_CHARS = 64 * 1024;
/** Cuts a stream of text pieces into overlapping windows, calling `onWindow` for each, in order. */
class TextWindows {
    onWindow;
    carry = '';
    carryStart = 0;
    pieces = [];
    piecesChars = 0;
    ownedFrom = 0;
    line = 1;
    column = 0;
    windowChars;
    margin;
    constructor(onWindow, options = {}) {
        this.onWindow = onWindow;
        this.margin = options.marginChars ?? MARGIN_CHARS;
        // A window must own something beyond the context it repeats and the look-ahead it keeps.
        this.windowChars = Math.max(options.windowChars ?? WINDOW_CHARS, 5 * this.margin);
    }
    push(text) {
        this.pieces.push(text);
        this.piecesChars += text.length;
        if (this.carry.length + this.piecesChars >= this.windowChars)
            this.flush(false);
    }
    end() {
        this.flush(true);
    }
    flush(final) {
        // One join makes one flat string (`carry + joined` would make a second copy when first read).
        this.pieces.unshift(this.carry);
        const text = this.pieces.join('');
        this.pieces = [];
        this.piecesChars = 0;
        const start = this.carryStart;
        const ownedTo = final ? start + text.length : start + text.length - this.margin;
        this.onWindow({ text, start, line: this.line, column: this.column, ownedFrom: this.ownedFrom, ownedTo });
        if (final) {
            this.carry = '';
            return;
        }
        // The next window starts `margin` before what it owns, or earlier at a line start if one is near.
        let next = ownedTo - this.margin;
        const newline = text.lastIndexOf('\n', next - start - 1);
        if (newline >= 0 && start + newline + 1 >= next - this.margin)
            next = start + newline + 1;
        const dropped = next - start;
        let lines = 0;
        let lastNewline = -1;
        for (let at = text.indexOf('\n'); at >= 0 && at < dropped; at = text.indexOf('\n', at + 1)) {
            lines++;
            lastNewline = at;
        }
        if (lines > 0) {
            this.line += lines;
            this.column = dropped - (lastNewline + 1);
        }
        else {
            this.column += dropped;
        }
        // A copy, not a slice: a slice would keep this whole window alive until the next one is built.
        this.carry = flatCopy(text.slice(dropped));
        this.carryStart = next;
        this.ownedFrom = ownedTo;
    }
}
/** A window's matches that it owns, with lines and columns of the whole file. */
function ownMatches(window, matches) {
    const owned = [];
    // Matches come in text order: one forward pass finds each one's line start.
    let line = 1;
    let lineStart = 0;
    for (const match of matches) {
        while (line < match.line) {
            const newline = window.text.indexOf('\n', lineStart);
            if (newline < 0)
                break;
            lineStart = newline + 1;
            line++;
        }
        const at = window.start + lineStart + match.column - 1;
        if (at < window.ownedFrom || at >= window.ownedTo)
            continue;
        owned.push({
            ...match,
            line: window.line + match.line - 1,
            column: match.line === 1 ? window.column + match.column : match.column,
        });
    }
    return owned;
}
/**
 * The lines of `sorted` (1-based file lines, ascending) that fall in `window`, renumbered from the window's
 * first line. A window holds at most `text.length + 1` lines, so two binary searches bound the slice.
 */
function windowLines(window, sorted) {
    const from = firstAtOrAfter(sorted, window.line);
    const to = firstAtOrAfter(sorted, window.line + window.text.length + 1);
    const lines = new Set();
    for (let index = from; index < to; index++)
        lines.add(sorted[index] - window.line + 1);
    return lines;
}
/**
 * Bytes fed chunk by chunk, decoded and cut into windows for `onWindow`. Chunks are decoded a window's worth of
 * bytes at a time, so that a window is about `windowChars` long however big the chunks come (git's output is
 * read 4 MB at a time): fewer multi-MB strings alive at once.
 */
class DecodedWindows {
    windows;
    decoder;
    pieceBytes;
    constructor(onWindow, options) {
        this.pieceBytes = options.windowChars ?? WINDOW_CHARS;
        this.windows = new TextWindows(onWindow, options);
        this.decoder = new StreamDecoder((text) => this.windows.push(text));
    }
    /** True once the file is known to be binary: nothing more is decoded. */
    get binary() {
        return this.decoder.binary;
    }
    write(chunk) {
        for (let at = 0; at < chunk.length && !this.decoder.binary; at += this.pieceBytes) {
            this.decoder.write(chunk.subarray(at, Math.min(at + this.pieceBytes, chunk.length)));
        }
    }
    /** Decodes what is left and hands over the last window; false for a binary file (no window at all). */
    end() {
        this.decoder.end();
        if (this.decoder.binary)
            return false;
        this.windows.end();
        return true;
    }
}
/** Runs `detect` over a file fed chunk by chunk, window by window; with `lines`, keys on those lines only. */
class StreamedDetection {
    bytes = 0;
    matches = [];
    text;
    constructor(detect, options = {}) {
        const sorted = options.lines ? [...options.lines].sort((a, b) => a - b) : null;
        this.text = new DecodedWindows((window) => {
            const found = sorted ? detect(window.text, { lines: windowLines(window, sorted) }) : detect(window.text);
            this.matches.push(...ownMatches(window, found));
        }, options);
    }
    /** True once the file is known to be binary: the caller may stop reading it. */
    get binary() {
        return this.text.binary;
    }
    write(chunk) {
        this.bytes += chunk.length;
        this.text.write(chunk);
    }
    end() {
        const binary = !this.text.end();
        return { binary, bytes: this.bytes, matches: binary ? [] : this.matches };
    }
}
/** Which of `needles` a file fed chunk by chunk holds (each needle shorter than the margin). */
class StreamedSearch {
    needles;
    found = new Set();
    text;
    constructor(needles, options = {}) {
        this.needles = needles;
        this.text = new DecodedWindows((window) => {
            const left = this.needles.filter((needle) => !this.found.has(needle));
            if (left.length > 0)
                for (const needle of findStrings(window.text, left))
                    this.found.add(needle);
        }, options);
    }
    write(chunk) {
        this.text.write(chunk);
    }
    end() {
        this.text.end();
        return this.found;
    }
}

;// CONCATENATED MODULE: ./src/sources/changes.ts
// What diff and staged share: the files a `git diff` adds lines to, each read whole from its blob (the
// Mistral context above an added key matters) with the added lines marked, and judged on those lines only.
// A file whose added lines hold no run of 32 ASCII letters and digits (every key is one) adds no key and is
// not read at all. The first few others are read at once, one by one, while the diff still streams (so their
// findings, base versions and blame overlap git's work); any more go through one buffered `cat-file`. The base
// version of the file is read only when a key turns up, to tell a new key from one that was already there.
// Big blobs are scanned in windows as they stream, and a blob git cannot produce is an error, never a skipped
// file.








/** Blobs this big or bigger are scanned as they stream (in one window up to WINDOW_CHARS), not held. */
const STREAM_BLOB_BYTES = 1024 * 1024;
/**
 * This many blobs are read one request at a time, each answered at once; the rest through one buffered batch
 * (whose answers git holds back until the list is closed). An ordinary diff reads a few; 2,000 round trips
 * would cost more than the batch.
 */
const DIRECT_READS = 32;
/** Gitlinks (submodules) and symlinks hold no file content to scan. */
function isScannableMode(mode) {
    return mode !== '160000' && mode !== '120000';
}
async function* changedFragments(context, options) {
    const { root, stats } = context;
    // Each git is started on first use: most diffs need no batch.
    let reader = null;
    let batch = null;
    let direct = 0;
    const queue = [];
    // Asked only when a key turns up, possibly after this generator is done: a one-off git each time.
    const keysInBase = (change) => {
        if (change.status === 'A' || isZeroOid(change.oldOid) || !isScannableMode(change.oldMode))
            return undefined;
        return (secrets) => searchBlob(root, change.oldOid, secrets);
    };
    const request = (change) => {
        let result = null;
        const sink = () => {
            const detection = new StreamedDetection((text, options) => context.detector.detect(text, options), {
                lines: addedLinesOf(change),
            });
            return { write: (chunk) => detection.write(chunk), end: () => void (result = detection.end()) };
        };
        const streamed = () => result;
        if (direct < DIRECT_READS) {
            direct++;
            reader ??= new cat_file/* BlobReader */.nZ(root, STREAM_BLOB_BYTES);
            let answered = false;
            const answer = reader.read(change.newOid, sink);
            answer.then(() => (answered = true), () => (answered = true));
            return { change, ready: () => answered, take: () => answer, streamed };
        }
        const blobs = (batch ??= new cat_file/* BlobBatch */.o2(root, STREAM_BLOB_BYTES));
        blobs.add(change.newOid, sink);
        // Batch entries are settled in the order they were added, so the batch's next answer is this one's.
        return { change, ready: () => blobs.ready, take: () => blobs.take(), streamed };
    };
    async function* settle(next) {
        const { change } = next;
        const bytes = await next.take().catch(async (error) => {
            // A partial clone that could not fetch the blob: say so, as for a blob missing outright.
            const unfetched = unfetchedObject(error);
            if (unfetched === change.newOid) {
                throw await missingObjectError(root, unfetched, `'${change.path}' ${options.where}`);
            }
            throw error;
        });
        if (bytes === null) {
            throw await missingObjectError(root, change.newOid, `'${change.path}' ${options.where}`);
        }
        let text = '';
        let matches;
        let mentioned;
        if (bytes === 'streamed') {
            const result = next.streamed();
            stats.bytes += result.bytes;
            if (result.binary) {
                stats.skipped++;
                return;
            }
            matches = result.matches;
        }
        else {
            stats.bytes += bytes.length;
            // A blob whose bytes name no Mistral keyword cannot hold a finding: counted, never decoded.
            mentioned = keywordInBytes(bytes, context.detector.mentionsBytes);
            if (mentioned === false) {
                stats.files++;
                return;
            }
            const decoded = decodeBytes(bytes);
            if (decoded.binary) {
                stats.skipped++;
                return;
            }
            text = decoded.text;
        }
        stats.files++;
        const commitOfLine = options.commitOfLine;
        yield {
            file: change.path,
            text,
            matches,
            mentioned: mentioned === true,
            addedLines: addedLinesOf(change),
            commit: options.commit,
            inHead: options.inHead,
            keysInBase: keysInBase(change),
            commitOfLine: commitOfLine ? (line) => commitOfLine(change.path, line) : undefined,
        };
    }
    let settled = 0;
    /** Blobs not read (no key-shaped added line), still checked to exist, alongside the diff. */
    const unread = [];
    const presence = new cat_file/* ObjectPresence */.$C(root);
    function settleNext() {
        const next = queue[settled];
        // Settled entries are dropped: a long change keeps only what is still to come.
        queue[settled++] = undefined;
        return settle(next);
    }
    try {
        const changes = options.diffOutput
            ? parseDiffChanges(options.diffOutput)
            : diffChanges(root, options.revisionArgs);
        for await (const change of changes) {
            // Blobs git has already sent are judged while the diff goes on (never waiting: git holds back a batch's
            // last answers until the list is closed).
            while (settled < queue.length && queue[settled].ready())
                yield* settleNext();
            if (!isScannableMode(change.newMode))
                continue;
            // Pure renames, mode changes and deletion-only edits add no line.
            if (change.addedLines.size === 0 && !change.binary)
                continue;
            // Added lines with no key-shaped run add no key: the file counts as scanned, its blob is never read. Nor is
            // it when every run there fails the detector's first test, on the run's own characters (an identifier, a
            // word), which it applies to each candidate before anything else, or is ruled out by its own line (a
            // `trace_id = …`). (Binary and UTF-16 changes show no lines to look at: those are read.)
            if (!change.binary && !mayAddKey(change, context.detector)) {
                stats.files++;
                unread.push({ oid: change.newOid, path: change.path });
                presence.add(change.newOid);
                continue;
            }
            queue.push(request(change));
        }
        batch?.end();
        // A blob git diff read from the work tree may be gone from the object store: that stays an error.
        const present = presence.firstMissing();
        present.catch(() => undefined);
        while (settled < queue.length)
            yield* settleNext();
        const missing = unread[await present];
        if (missing)
            throw await missingObjectError(root, missing.oid, `'${missing.path}' ${options.where}`);
    }
    finally {
        presence.close();
        await Promise.all([batch?.close(), reader?.close()]);
    }
}
/**
 * Whether the change's added lines may hold a key: a run there that is not known, or one shaped like a key that
 * not every line it stands on rules out (`trace_id = …`).
 */
function mayAddKey(change, detector) {
    if (!change.keyShaped)
        return false;
    if (change.runs === null)
        return true;
    const ruledOut = (line, at, run) => detector.ruledOutByItsLine?.(line, at, at + run.length) === true;
    return change.runs.some(({ run, places }) => {
        // A run judged before (an identifier repeated across files) is answered from memory; a new one is judged on
        // its characters (the word model: the costlier test) only if its lines leave it open.
        const known = keyShapeVerdicts.known(run);
        if (known === false)
            return false;
        if (places?.every(({ line, at }) => ruledOut(line, at, run)))
            return false;
        return known ?? keyShapeVerdicts.looksLikeKey(run);
    });
}
/** The lines a finding must sit on; null for a file git calls binary but we can read (UTF-16): no line diff,
 * so every key not in the base is new. */
function addedLinesOf(change) {
    return change.binary ? null : change.addedLines;
}
/** Which of `secrets` the blob holds, read as a stream (a base version can be as big as any file). */
async function searchBlob(root, oid, secrets) {
    const search = new StreamedSearch(secrets);
    try {
        for await (const chunk of (0,runner/* streamGit */.t1)(['cat-file', 'blob', oid], { cwd: root }))
            search.write(chunk);
    }
    catch (error) {
        // The base version is gone: nothing is known to be old, so every key counts as new.
        if (error instanceof runner/* GitError */.XS)
            return new Set();
        throw error;
    }
    return search.end();
}

// EXTERNAL MODULE: ./src/git/spooled-git.ts
var spooled_git = __webpack_require__(2371);
;// CONCATENATED MODULE: ./src/sources/prefetch-slot.ts
class PrefetchSlot {
    pending = null;
    /** Holds the work `start` begins for `key`, dropping what was held; `start` can ask whether it was dropped since. */
    fill(key, start) {
        this.drop();
        const entry = { key, dropped: false, result: Promise.resolve(null) };
        entry.result = start(() => entry.dropped);
        this.pending = entry;
    }
    /** The held work, if `sameKey` accepts its key and it was found in the repository at `root`; taken once. */
    async take(root, sameKey) {
        const entry = this.pending;
        if (!entry || !sameKey(entry.key))
            return null;
        this.pending = null;
        const prefetched = await entry.result;
        if (prefetched && prefetched.root !== root) {
            prefetched.output.dispose();
            return null;
        }
        return prefetched;
    }
    /** Stops held work nobody took (the scan failed early, or scanned something else). */
    drop() {
        const entry = this.pending;
        if (!entry)
            return;
        this.pending = null;
        entry.dropped = true;
        void entry.result.then((prefetched) => prefetched?.output.dispose());
    }
}

;// CONCATENATED MODULE: ./src/sources/diff-prefetch.ts
// `scan --mode diff` spends most of its time waiting for `git diff`. The CLI calls prefetchDiff as it starts,
// before the engine loads (about 0.1 s of compiling): it starts the diff, spooled to a file so that git never
// waits for node, and beside it finds the repository and resolves --base, --head and their merge base. The
// diff source takes that diff when it asks for the same repository and revisions; anything else (another
// mode, a bad flag, a failed lookup, several merge bases) leaves it unused and the usual path runs, with its
// own errors.





/** The diff for --base and --head as given on the command line. */
const slot = new PrefetchSlot();
/**
 * Starts the git work of a diff scan now; the diff source takes it (takePrefetchedDiff). Every git is started
 * before this returns (spawning is synchronous), so that the engine's loading holds none of them up.
 */
function prefetchDiff(request) {
    slot.fill({ base: request.base, head: request.head }, (dropped) => start(request, dropped));
}
async function start(request, dropped) {
    const { dir, base: baseName } = request;
    const headName = request.head ?? 'HEAD';
    let output = null;
    try {
        // Never a revision git could read as an option, nor a directory that is not there.
        checkRevision(baseName, '--base');
        checkRevision(headName, '--head');
        if (!existsSync(dir) || `${baseName}${headName}`.includes('..'))
            return null;
        // The diff goes first, from merge-base(base, head) as `base...head` names it, in the directory given (the
        // same repository as its root; --no-relative paths). The lookups beside it decide whether it is the diff
        // the scan runs: it is when there is exactly one merge base, which both then use.
        output = SpooledGit.start(['diff', ...DIFF_OPTIONS, `${baseName}...${headName}`, '--'], dir);
        if (!output)
            return null;
        const [{ root }, base, head, from] = await Promise.all([
            primeRepository(dir),
            resolveCommit(dir, baseName, '--base'),
            resolveCommit(dir, headName, '--head'),
            mergeBases(dir, `${baseName}^{commit}`, `${headName}^{commit}`),
        ]);
        if (dropped() || from.length !== 1) {
            output.dispose();
            return null;
        }
        return { root, base, head, mergeBase: from[0], output };
    }
    catch {
        // The scan asks again and reports the error itself.
        output?.dispose();
        return null;
    }
}
/**
 * The prefetched diff, if one was started for these revisions (as given on the command line) in this
 * repository; taken once. Null: run the diff as usual.
 */
async function takePrefetchedDiff(root, base, head) {
    return slot.take(root, (key) => key.base === base && key.head === head);
}
/** Stops a prefetched diff nobody took (the scan failed early, or scanned something else). */
function dropPrefetchedDiff() {
    slot.drop();
}

;// CONCATENATED MODULE: ./src/sources/diff.ts
// `diff --base A [--head B]`: the lines added between merge-base(A, B) and B, reported at their line in B,
// each attributed (git blame over the range) to the commit that added it.





function diffSource(options) {
    return (context) => scanDiff(context, options);
}
async function* scanDiff(context, options) {
    const { root, log } = context;
    if (!options.base)
        throw new config_error/* UsageError */.e('--mode diff needs --base <revision>.');
    // The CLI may have started all of this before the engine loaded (diff-prefetch.ts).
    const prefetched = await takePrefetchedDiff(root, options.base, options.head);
    let base, head, from;
    if (prefetched) {
        ;
        ({ base, head, mergeBase: from } = prefetched);
    }
    else {
        // Both looked up at once; a bad --base is reported before a bad --head.
        const [baseSha, headSha] = await Promise.allSettled([
            revisions_resolveCommit(root, options.base, '--base'),
            revisions_resolveCommit(root, options.head ?? 'HEAD', '--head'),
        ]);
        if (baseSha.status === 'rejected')
            throw baseSha.reason;
        if (headSha.status === 'rejected')
            throw headSha.reason;
        base = baseSha.value;
        head = headSha.value;
        from = await mergeBase(root, base, head);
    }
    if (!from) {
        const named = options.head ?? 'HEAD';
        log.warn(`'${options.base}' and '${named}' share no history; diffing against '${options.base}' itself.`);
        from = base;
    }
    const since = from;
    log.debug(`Diff: lines added between ${since} (merge base) and ${head}.`);
    const commits = new CommitInfoCache(root);
    // Small lookups, side by side (and beside the diff when it is already running).
    const [count, headInfo, current] = await Promise.all([
        countCommits(root, `${since}..${head}`),
        commits.get(head),
        headCommit(root),
    ]).catch((error) => {
        prefetched?.output.dispose();
        throw error;
    });
    context.stats.commits += count;
    const blame = new BatchedBlame(root, since, head);
    const commitOfLine = async (file, line) => {
        const sha = await blame.commitOf(file, line);
        return sha ? commits.get(sha) : headInfo;
    };
    try {
        yield* changedFragments(context, {
            revisionArgs: [since, head],
            diffOutput: prefetched?.output.chunks(),
            commit: headInfo,
            // The keys are in the head version; whether that is what is checked out is another matter.
            inHead: current === head ? true : null,
            commitOfLine,
            where: `in commit ${head.slice(0, 12)}`,
        });
    }
    finally {
        // Stops git if the scan ended before reading the whole diff.
        prefetched?.output.dispose();
    }
}

;// CONCATENATED MODULE: ./src/sources/fragment.ts
function emptyStats() {
    return { files: 0, commits: 0, bytes: 0, skipped: 0 };
}

;// CONCATENATED MODULE: ./src/sources/history-attribution.ts








/**
 * Keeps, per (file, key), the oldest commit whose parents lacked the key, oldest commits first. A key that a
 * commit moves from a file it deletes is not new: the leak it came from gains the new path.
 */
function attribute(kept, keysByBlob) {
    const leaks = new Map();
    /** path\0key -> the leak that key at that path descends from (itself, or the origin of a move). */
    const origin = new Map();
    // Oldest first; on a tie git listed the older one later.
    const ordered = [...kept].sort((a, b) => a.commit.time - b.commit.time || b.order - a.order);
    // Keys each (non-merge) commit removes with a deleted file: key -> that file.
    const removed = new Map();
    for (const { commit, change } of ordered) {
        if (!isZeroOid(change.oid))
            continue;
        const byKey = removed.get(commit) ?? new Map();
        for (const match of keysByBlob.get(change.parentOids[0]) ?? [])
            byKey.set(match.secret, change.path);
        removed.set(commit, byKey);
    }
    for (const { commit, change } of ordered) {
        const found = isZeroOid(change.oid) ? undefined : keysByBlob.get(change.oid);
        if (!found)
            continue;
        const inParents = new Set();
        for (const oid of change.parentOids)
            for (const match of keysByBlob.get(oid) ?? [])
                inParents.add(match.secret);
        for (const match of found) {
            if (inParents.has(match.secret))
                continue;
            const id = `${change.path}\0${match.secret}`;
            if (origin.has(id))
                continue;
            const movedFrom = change.parentOids.length <= 1 ? removed.get(commit)?.get(match.secret) : undefined;
            if (movedFrom !== undefined) {
                // A rename (or a move of the key into another file of the same commit): not a new leak. A move whose
                // source was never reported (it came from before a narrowed range) stays unreported too.
                const source = origin.get(`${movedFrom}\0${match.secret}`);
                if (source) {
                    source.movedTo.add(change.path);
                    origin.set(id, source);
                }
                continue;
            }
            const leak = { file: change.path, match, commit, movedTo: new Set() };
            leaks.set(id, leak);
            origin.set(id, leak);
        }
    }
    return leaks;
}
/** Whether each leak's key is still in its file (or a file it moved to) at HEAD; null when there is no HEAD. */
async function keysAtHead(root, leaks, bigBlobBytes) {
    const head = leaks.size > 0 ? await headCommit(root) : null;
    if (!head)
        return () => null;
    const keysByFile = new Map();
    for (const leak of leaks.values()) {
        for (const file of [leak.file, ...leak.movedTo]) {
            const keys = keysByFile.get(file) ?? new Set();
            keys.add(leak.match.secret);
            keysByFile.set(file, keys);
        }
    }
    const blobAt = new Map();
    // `<mode> <type> <oid>\t<path>` per entry.
    for await (const entry of (0,runner/* nulTokens */.UK)((0,runner/* streamGit */.t1)(['ls-tree', '-r', '-z', '--full-tree', head], { cwd: root }))) {
        const tab = entry.indexOf('\t');
        const file = entry.slice(tab + 1);
        if (!keysByFile.has(file))
            continue;
        const [mode, type, oid] = entry.slice(0, tab).split(' ');
        if (type === 'blob' && isScannableMode(mode))
            blobAt.set(file, oid);
    }
    const present = new Set();
    const reader = new cat_file/* BlobReader */.nZ(root, bigBlobBytes);
    try {
        for (const [file, oid] of blobAt) {
            const keys = [...keysByFile.get(file)];
            let found = new Set();
            const bytes = await reader.read(oid, () => {
                const search = new StreamedSearch(keys);
                return { write: (chunk) => search.write(chunk), end: () => void (found = search.end()) };
            });
            if (bytes !== 'streamed') {
                const decoded = bytes ? decodeBytes(bytes) : null;
                if (decoded && !decoded.binary)
                    found = findStrings(decoded.text, keys);
            }
            for (const key of found)
                present.add(`${file}\0${key}`);
        }
    }
    finally {
        await reader.close();
    }
    return (leak) => [leak.file, ...leak.movedTo].some((file) => present.has(`${file}\0${leak.match.secret}`));
}
/**
 * The blob that decides whether a change matters: its own, or for a plain deletion its parent's (a key moving
 * out of the file, maybe into another one of the same commit). Null when neither can hold a key.
 */
function decidingBlob(change) {
    if (!isZeroOid(change.oid))
        return isScannableMode(change.mode) ? change.oid : null;
    if (change.parentOids.length !== 1 || isZeroOid(change.parentOids[0]))
        return null;
    return isScannableMode(change.parentModes[0]) ? change.parentOids[0] : null;
}

;// CONCATENATED MODULE: ./src/git/object-id-set.ts
// A set of git object ids kept as raw bytes in one open-addressing table: about 30 bytes per id instead of
// the ~90 a Map of 40-character strings takes. A history scan remembers every blob id it has asked for, so
// on a long history this is most of what grows with its length.
const EMPTY = 0;
class ObjectIdSet {
    /** Hex digits per id: 40 (SHA-1) or 64 (SHA-256); fixed by the first id added. */
    hexLength = 0;
    width = 0;
    ids = new Uint8Array(0);
    /** Entry index + 1 per slot; EMPTY is free. Never more than half full. */
    slots = new Int32Array(1 << 10);
    count = 0;
    scratch = new Uint8Array(32);
    get size() {
        return this.count;
    }
    /** Adds a hex object id; returns false when it was already there. */
    add(oid) {
        if (this.hexLength === 0)
            this.start(oid.length);
        const key = this.parse(oid);
        if (key === null)
            throw new Error(`Not an object id: '${oid}'`);
        return this.insert(key);
    }
    has(oid) {
        if (this.hexLength === 0 || oid.length !== this.hexLength)
            return false;
        const key = this.parse(oid);
        return key !== null && this.slots[this.find(key)] !== EMPTY;
    }
    /** Adds the hex id of `hexLength` ASCII bytes at `start` of `bytes`: no string per id on hot paths. */
    addBytes(bytes, start, hexLength) {
        if (this.hexLength === 0)
            this.start(hexLength);
        const key = hexLength === this.hexLength ? this.parseBytes(bytes, start) : null;
        if (key === null) {
            throw new Error(`Not an object id: '${Buffer.from(bytes.subarray(start, start + hexLength)).toString('latin1')}'`);
        }
        return this.insert(key);
    }
    /** Whether the hex id of `hexLength` ASCII bytes at `start` of `bytes` is in the set. */
    hasBytes(bytes, start, hexLength) {
        if (this.hexLength === 0 || hexLength !== this.hexLength)
            return false;
        const key = this.parseBytes(bytes, start);
        return key !== null && this.slots[this.find(key)] !== EMPTY;
    }
    /** Adds the parsed id in the scratch buffer; false when it was already there. */
    insert(key) {
        if ((this.count + 1) * 2 > this.slots.length)
            this.grow();
        const slot = this.find(key);
        if (this.slots[slot] !== EMPTY)
            return false;
        if ((this.count + 1) * this.width > this.ids.length) {
            const bigger = new Uint8Array(Math.max(1024 * this.width, this.ids.length * 2));
            bigger.set(this.ids);
            this.ids = bigger;
        }
        // A loop, not ids.set(key.subarray()): no view object per id.
        const base = this.count * this.width;
        for (let i = 0; i < this.width; i++)
            this.ids[base + i] = key[i];
        this.count++;
        this.slots[slot] = this.count;
        return true;
    }
    start(hexLength) {
        if (hexLength !== 40 && hexLength !== 64)
            throw new Error(`Not an object id length: ${hexLength}`);
        this.hexLength = hexLength;
        this.width = hexLength / 2;
    }
    /** The id's bytes in the scratch buffer, or null for a string that is not hex of the right length. */
    parse(oid) {
        if (oid.length !== this.hexLength)
            return null;
        const out = this.scratch;
        for (let i = 0; i < this.width; i++) {
            const high = hexValue(oid.charCodeAt(2 * i));
            const low = hexValue(oid.charCodeAt(2 * i + 1));
            if (high < 0 || low < 0)
                return null;
            out[i] = (high << 4) | low;
        }
        return out;
    }
    parseBytes(bytes, start) {
        if (start + this.hexLength > bytes.length)
            return null;
        const out = this.scratch;
        for (let i = 0; i < this.width; i++) {
            const high = hexValue(bytes[start + 2 * i]);
            const low = hexValue(bytes[start + 2 * i + 1]);
            if (high < 0 || low < 0)
                return null;
            out[i] = (high << 4) | low;
        }
        return out;
    }
    /** The slot holding `key`, or the free slot where it would go. Ids are uniform: their first bytes hash. */
    find(key) {
        const mask = this.slots.length - 1;
        let slot = ((key[0] << 24) | (key[1] << 16) | (key[2] << 8) | key[3]) & mask;
        for (;;) {
            const entry = this.slots[slot];
            if (entry === EMPTY || this.equals(entry - 1, key))
                return slot;
            slot = (slot + 1) & mask;
        }
    }
    equals(entry, key) {
        const base = entry * this.width;
        for (let i = 0; i < this.width; i++)
            if (this.ids[base + i] !== key[i])
                return false;
        return true;
    }
    grow() {
        const old = this.count;
        this.slots = new Int32Array(this.slots.length * 2);
        const mask = this.slots.length - 1;
        for (let entry = 0; entry < old; entry++) {
            const base = entry * this.width;
            const ids = this.ids;
            let slot = ((ids[base] << 24) | (ids[base + 1] << 16) | (ids[base + 2] << 8) | ids[base + 3]) & mask;
            while (this.slots[slot] !== EMPTY)
                slot = (slot + 1) & mask;
            this.slots[slot] = entry + 1;
        }
    }
}
/** Each byte's hex digit value, or -1. */
const object_id_set_HEX = new Int8Array(256).fill(-1);
for (let digit = 0; digit < 16; digit++) {
    object_id_set_HEX[digit.toString(16).charCodeAt(0)] = digit;
    object_id_set_HEX[digit.toString(16).toUpperCase().charCodeAt(0)] = digit;
}
function hexValue(code) {
    return code < 256 ? object_id_set_HEX[code] : -1;
}

;// CONCATENATED MODULE: ./src/sources/history-blobs.ts


class BlobScanner {
    context;
    /** The distinct keys (first occurrence each) of every blob that holds one. */
    keysByBlob = new Map();
    detector;
    constructor(context) {
        this.context = context;
        this.detector = context.detector;
    }
    /** One whole blob, scanned now. */
    scan(oid, data) {
        const text = this.textToScan(data);
        if (text !== null)
            this.detectIn(oid, text);
    }
    /**
     * Counts the blob and runs the keyword test; the text to detect in, or null (no keyword, binary). The
     * detector confirms the keywords itself, so plain bytes that pass the byte test are decoded straight away.
     */
    textToScan(data) {
        const { stats } = this.context;
        stats.bytes += data.length;
        // Most blobs never mention Mistral. The keywords are ASCII and UTF-8 never hides an ASCII byte, so the
        // keyword test reads the bytes (or a latin1 copy) and skips the UTF-8 decoding of every blob without one.
        if (isPlainBytes(data)) {
            stats.files++;
            if (this.detector.mentionsBytes)
                return this.detector.mentionsBytes(data) ? decodePlain(data) : null;
            const latin1 = data.toString('latin1');
            return this.detector.mentions(latin1) ? decodePlain(data, latin1) : null;
        }
        const decoded = decodeBytes(data);
        if (decoded.binary) {
            stats.skipped++;
            return null;
        }
        stats.files++;
        return this.detector.mentions(decoded.text) ? decoded.text : null;
    }
    detectIn(oid, text) {
        const { stats, log } = this.context;
        let matches;
        try {
            // textToScan let it through on a keyword.
            matches = this.detector.detect(text, { mentioned: true });
        }
        catch (error) {
            stats.skipped++;
            log.warn(`Could not scan blob ${oid}: ${error.message}`);
            return;
        }
        this.remember(oid, matches);
    }
    /** A blob too big to hold: scanned window by window as git streams it; `ended` runs once it is done. */
    sink(oid, ended) {
        const { stats, log } = this.context;
        const detection = new StreamedDetection((text) => this.detector.detect(text));
        let failure = null;
        const feed = (chunk) => {
            if (failure)
                return;
            try {
                detection.write(chunk);
            }
            catch (error) {
                failure = error;
            }
        };
        const held = new HeldUntilMentioned(this.detector, feed);
        return {
            write: (chunk) => held.write(chunk),
            end: () => {
                let result = null;
                if (held.unmentioned) {
                    // No keyword anywhere: every window would have come back empty, so none was decoded.
                    result = { binary: false, bytes: held.bytes, matches: [] };
                }
                else {
                    try {
                        if (!failure)
                            result = detection.end();
                    }
                    catch (error) {
                        failure = error;
                    }
                }
                if (!result) {
                    stats.skipped++;
                    log.warn(`Could not scan blob ${oid}: ${failure?.message}`);
                }
                else {
                    stats.bytes += result.bytes;
                    if (result.binary)
                        stats.skipped++;
                    else {
                        stats.files++;
                        this.remember(oid, result.matches);
                    }
                }
                ended();
            },
        };
    }
    remember(oid, matches) {
        if (matches.length === 0)
            return;
        const distinct = new Map();
        for (const match of matches) {
            // A copy of the key: a slice of the blob's text would keep the whole text alive.
            const secret = Buffer.from(match.secret, 'utf8').toString('utf8');
            if (!distinct.has(secret))
                distinct.set(secret, { ...match, secret });
        }
        this.keysByBlob.set(oid, [...distinct.values()]);
    }
}
/** Raw bytes held back from decoding, at most: a blob larger than this without a keyword is decoded anyway. */
const HOLD_BYTES = 4 * 1024 * 1024;
/**
 * Holds a big blob's chunks back from decoding until its bytes mention a keyword (the detector's byte test),
 * then passes everything on. Most big blobs (data, lock files, bundles) never do, and are never decoded. Only
 * plain 8-bit text is held (the byte test's domain); anything else, or more than HOLD_BYTES, passes at once.
 */
class HeldUntilMentioned {
    detector;
    pass;
    bytes = 0;
    held = [];
    tail = Buffer.alloc(0);
    constructor(detector, pass) {
        this.detector = detector;
        this.pass = pass;
    }
    /** True when the whole blob went by without a keyword, so nothing was passed on. */
    get unmentioned() {
        return this.held !== null;
    }
    write(chunk) {
        const first = this.bytes === 0;
        this.bytes += chunk.length;
        if (this.held === null)
            return this.pass(chunk);
        const mentionsBytes = this.detector.mentionsBytes;
        const plain = mentionsBytes && (!first || isPlainBytes(chunk));
        // After the first chunk the test reads the previous chunk's tail too (never a chunk's bytes as a file start).
        const tested = first ? chunk : Buffer.concat([this.tail, chunk]);
        if (!plain || mentionsBytes(tested) || this.bytes > HOLD_BYTES) {
            const held = this.held;
            this.held = null;
            for (const part of held)
                this.pass(part);
            this.pass(chunk);
            return;
        }
        // A copy: the chunk's memory may be reused for the next one.
        this.held.push(Buffer.from(chunk));
        this.tail = Buffer.from(tested.subarray(Math.max(0, tested.length - KEYWORD_OVERLAP_BYTES)));
    }
}

;// CONCATENATED MODULE: ./src/sources/history-missing.ts
// A blob history needs and git cannot produce: an error that says which and where, never a silent gap.

/** Thrown inside the blob callback; turned into a MissingObjectError with the repository's details. */
class Missing extends Error {
    oid;
    where;
    constructor(oid, where) {
        super(`object ${oid} is missing`);
        this.oid = oid;
        this.where = where;
    }
}
/**
 * The error to report for `error`: a MissingObjectError naming the object and where it was needed when git
 * lacked one (`where` looks up a place for an id git named itself), else `error` as it is.
 */
async function explainMissing(root, error, where) {
    let oid;
    let place;
    if (error instanceof Missing) {
        oid = error.oid;
        place = error.where;
    }
    else {
        const unfetched = unfetchedObject(error);
        if (unfetched === null)
            return error;
        oid = unfetched;
        place = where(oid);
    }
    const named = place
        ? `'${place.path}' in ${place.parent ? 'a parent of ' : ''}commit ${place.commit.slice(0, 12)}`
        : 'a blob of the history';
    return missingObjectError(root, oid, named);
}

;// CONCATENATED MODULE: ./src/sources/history-walk.ts
// A history walk that reads only the blobs its commits touch: every ref, a range (`A..B`) or dates (--since,
// --until). One walk of `git log --raw -c` (blob ids only, no patches) feeds, as it streams, one buffered
// `git cat-file --batch` with each blob id the first time it shows up. Walk order (newest first) is about the
// order a pack stores deltas in, so cat-file reads the blobs as cheaply as in pack order; and, unlike reading
// the whole store, nothing is listed first, and neither dangling blobs nor the rest of a store this clone
// borrows from (`clone --shared`) are ever read:
//   - each unique blob is scanned once (BlobScanner: a keyword test first, on bytes);
//   - the log is skimmed in place: no change is parsed into strings unless its blob is new (then only the id
//     and where it was first needed, for the error if git cannot produce it) or the commit adds a path;
//   - only when some blob holds a key is the log (kept in its temp file) read again, keeping just the changes
//     whose deciding blob holds one: memory holds the blob ids seen and those in flight, not the log;
//   - once git has written the log its core is free, and a second cat-file takes every other batch of ids;
//   - a blob git cannot produce is an error that names it, never a silent gap in the scan.










const LOG_PIECE_BYTES = 64 * 1024;
/** One walk of the raw log, feeding one cat-file, scanning each blob once (see the top of this file). */
class HistoryWalk {
    context;
    blobs;
    kept = [];
    commits = 0;
    /** Every blob id requested, as bytes. */
    seen = new ObjectIdSet();
    /** The ids cat-file has not answered yet, and where each was first needed. */
    inFlight = new Map();
    outbox = [];
    /** Counts batches of ids sent, to take the cat-files in turn. */
    turn = 0;
    /** The header token of the commit being skimmed, and its id once some change needed it. */
    header = null;
    sha = null;
    maxInFlight;
    logPieceBytes;
    bigBlobBytes;
    onAddedPath;
    onLogRead;
    /** Resolves the walk's wait for answers when enough have come. */
    wake = null;
    constructor(context, options) {
        this.context = context;
        this.maxInFlight = Math.max(1, options.maxInFlight ?? 4096);
        this.logPieceBytes = Math.max(1, options.logPieceBytes ?? LOG_PIECE_BYTES);
        this.bigBlobBytes = options.bigBlobBytes ?? BIG_TEXT_BYTES;
        this.onAddedPath = options.onAddedPath;
        this.onLogRead = options.onLogRead;
        this.blobs = new BlobScanner(context);
    }
    async run(logArgs) {
        const { root } = this.context;
        let failed = false;
        const open = () => {
            const stream = new cat_file/* BlobStream */.OT(root, (oid, type, data) => this.answered(oid, type, data), {
                streamAbove: this.bigBlobBytes,
                sinkFor: (oid, type) => (type === 'blob' ? this.blobs.sink(oid, () => this.done(oid)) : null),
            });
            stream.done.catch(() => (failed = true));
            return stream;
        };
        // One cat-file while git writes the log; once the log is written its core is free, and a second cat-file
        // takes the ids that come after (the blobs themselves may then be answered out of order).
        const readers = [open()];
        let widen = false;
        const skimmer = new RawLogSkimmer({
            commit: (header) => {
                this.header = header;
                this.sha = null;
                this.commits++;
            },
            change: (record, file) => this.change(record, file),
        });
        // Spooled, and kept: git writes the log at its own pace while node is busy judging blobs, and the few
        // changes that matter are read from it again at the end.
        const log = spooled_git/* SpooledGit */.n.required(logArgs, root, 'the history log', { env: runner/* NO_LAZY_FETCH */._h, keep: true });
        try {
            // Once git has written the log, the second cat-file and whoever waits for it (the checklist) may start.
            const onLogRead = this.onLogRead;
            void log.exited().then(() => {
                widen = true;
                onLogRead?.();
            });
            const anyFailed = () => Promise.race(readers.map((reader) => reader.done));
            read: for await (const chunk of log.chunks()) {
                // The log is read 4 MB at a time; skimmed in small pieces, so that no more blobs are in flight than
                // maxInFlight allows.
                for (let at = 0; at < chunk.length; at += this.logPieceBytes) {
                    skimmer.feed(chunk.subarray(at, Math.min(at + this.logPieceBytes, chunk.length)));
                    if (widen && readers.length === 1) {
                        this.context.log.debug(`History: the log is written; a second cat-file reads on after ${this.commits} commit(s).`);
                        readers.push(open());
                    }
                    await this.send(readers);
                    if (failed)
                        break read;
                    while (this.inFlight.size > this.maxInFlight && !failed) {
                        await Promise.race([new Promise((resolve) => (this.wake = resolve)), anyFailed()]);
                    }
                    if (failed)
                        break read;
                }
            }
            skimmer.end();
            await this.send(readers);
            await Promise.all(readers.map((reader) => reader.end()));
            if (this.blobs.keysByBlob.size > 0)
                this.keepChanges(log);
        }
        catch (error) {
            for (const reader of readers)
                reader.kill();
            await Promise.all(readers.map((reader) => reader.done.catch(() => undefined)));
            throw await this.explain(error);
        }
        finally {
            log.dispose();
        }
    }
    explain(error) {
        return explainMissing(this.context.root, error, (oid) => this.inFlight.get(oid));
    }
    /** Hands the ids waiting in the outbox to the cat-file whose turn it is. */
    async send(readers) {
        if (this.outbox.length === 0)
            return;
        const lines = this.outbox.join('\n') + '\n';
        this.outbox = [];
        const wait = readers[this.turn++ % readers.length].write(lines);
        if (wait)
            await wait;
    }
    /** The current commit's id, read from its header on first need. */
    commitSha() {
        return (this.sha ??= this.header ? shaOfHeader(this.header) : '');
    }
    /** One change, in place: its new blob, then each parent's, is requested the first time it shows up. */
    change(record, file) {
        if (this.header === null)
            return;
        if (this.onAddedPath && record.added)
            this.onAddedPath(file.toString('utf8'), this.commitSha());
        this.request(record, record.parents, file, false);
        for (let index = 0; index < record.parents; index++)
            this.request(record, index, file, true);
    }
    request(record, index, file, parent) {
        if (record.isZero(index) || !isScannableMode(record.modeOf(index)))
            return;
        const at = record.oidAt(index);
        if (!this.seen.addBytes(record.token, at, record.oidLength))
            return;
        const oid = record.token.toString('latin1', at, at + record.oidLength);
        this.inFlight.set(oid, { path: file.toString('utf8'), commit: this.commitSha(), parent });
        this.outbox.push(oid);
    }
    /** A cat-file's answer for one blob, in the order that cat-file was asked (two may answer in turn). */
    answered(oid, type, data) {
        if (data === null)
            throw new Missing(oid, this.inFlight.get(oid));
        if (type === 'blob')
            this.blobs.scan(oid, data);
        this.done(oid);
    }
    done(oid) {
        this.inFlight.delete(oid);
        if (this.wake && this.inFlight.size <= this.maxInFlight / 2) {
            this.wake();
            this.wake = null;
        }
    }
    /** Reads the log again, keeping the changes whose deciding blob holds a key, numbered in log order. */
    keepChanges(log) {
        const keysByBlob = this.blobs.keysByBlob;
        const keyed = new ObjectIdSet();
        for (const oid of keysByBlob.keys())
            keyed.add(oid);
        let header = null;
        let commit = null;
        let order = 0;
        const skimmer = new RawLogSkimmer({
            commit: (token) => {
                header = token;
                commit = null;
            },
            change: (record, file) => {
                if (header === null)
                    return;
                order++;
                let named = false;
                for (let index = 0; index <= record.parents && !named; index++) {
                    named = keyed.hasBytes(record.token, record.oidAt(index), record.oidLength);
                }
                if (!named)
                    return;
                const change = changeOf(record, file);
                const blob = decidingBlob(change);
                if (blob === null || !keysByBlob.has(blob))
                    return;
                // Headers are parsed only for the few commits that matter.
                commit ??= commitOf(header);
                this.kept.push({ commit, change, order });
            },
        });
        for (const chunk of log.readAgain())
            skimmer.feed(chunk);
        skimmer.end();
    }
}

;// CONCATENATED MODULE: ./src/sources/history.ts
// `history`: every commit reachable from every ref (or a range, or --since/--until), merges included. We
// never parse `git log -p`: one walk of the raw log names the blobs each commit writes, each unique blob is
// read once as the walk first names it (history-walk.ts) and scanned (history-blobs.ts), and
// history-attribution.ts gives each key to the commit that introduced it.






function historySource(options = {}) {
    return (context) => scanHistory(context, options);
}
async function* scanHistory(context, options) {
    const { root, log } = context;
    // `A..B ^C D`: each revision is its own argument to git.
    const revisions = options.range ? splitRevisions(options.range, '--range') : [];
    const filters = [
        ...(options.since ? [`--since=${options.since}`] : []),
        ...(options.until ? [`--until=${options.until}`] : []),
    ];
    const shallow = (await (0,runner/* gitText */.q_)(['rev-parse', '--is-shallow-repository'], { cwd: root })).trim();
    if (shallow === 'true') {
        log.warn('This is a shallow clone: history is incomplete, and keys from before its oldest commit are attributed to that ' +
            'commit. Fetch the full history (fetch-depth: 0) for a complete scan.');
    }
    const started = Date.now();
    // Added paths are only told for a walk of every ref: a range or dates would leave some out.
    const everyRef = revisions.length === 0 && filters.length === 0;
    const walk = new HistoryWalk(context, { ...options, onAddedPath: everyRef ? options.onAddedPath : undefined });
    await walk.run(rawLogArgs(revisions, filters));
    const { keysByBlob } = walk.blobs;
    context.stats.commits += walk.commits;
    log.debug(`History: walked ${walk.commits} commit(s), scanned ` +
        `${context.stats.files} blob(s) in ${Date.now() - started} ms; ${keysByBlob.size} hold a key.`);
    const leaks = attribute(walk.kept, keysByBlob);
    const headStarted = Date.now();
    const atHead = await keysAtHead(root, leaks, options.bigBlobBytes ?? BIG_TEXT_BYTES);
    log.debug(`History: ${leaks.size} leak(s); checked HEAD in ${Date.now() - headStarted} ms.`);
    for (const leak of leaks.values()) {
        const { sha, author, date } = leak.commit;
        yield {
            file: leak.file,
            text: '',
            addedLines: null,
            commit: { sha, author, date },
            matches: [leak.match],
            inHead: atHead(leak),
        };
    }
}

;// CONCATENATED MODULE: ./src/sources/staged-prefetch.ts
// `scan --mode staged` runs on every commit (a pre-commit hook), and past node's own start most of its time was
// four gits run one after another once the engine had loaded. The CLI calls prefetchStaged as it starts, before
// the engine loads (about 35 ms of compiling, while node's event loop does not run): it starts
// `git diff --cached` (the index against HEAD, or against nothing before the first commit, as git itself
// decides), spooled to a file so that git never waits for node, and finds the repository beside it. The staged
// source takes that diff when it scans the same repository; anything else leaves it unused, and the usual path
// runs, with its own errors.





/** The running `git diff --cached` and the root of its repository; one staged scan per run, so no key. */
const staged_prefetch_slot = new PrefetchSlot();
/** Starts the staged diff of the repository `dir` (absolute) lies in; the staged source takes it. */
function prefetchStaged(dir) {
    staged_prefetch_slot.drop();
    if (!existsSync(dir))
        return;
    let output;
    try {
        output = SpooledGit.start(['diff', ...DIFF_OPTIONS, '--cached', '--'], dir);
    }
    catch {
        // git is missing: the scan says so itself.
        return;
    }
    if (!output)
        return;
    const started = output;
    staged_prefetch_slot.fill(null, (dropped) => primeRepository(dir).then(({ root }) => {
        if (!dropped())
            return { root, output: started };
        started.dispose();
        return null;
    }, () => {
        started.dispose();
        return null;
    }));
}
/** The prefetched `git diff --cached` output, if one was started in this repository; taken once. */
async function takePrefetchedStaged(root) {
    return (await staged_prefetch_slot.take(root, () => true))?.output ?? null;
}
/** Stops a prefetched diff nobody took (the scan failed early, or scanned another repository). */
function dropPrefetchedStaged() {
    staged_prefetch_slot.drop();
}

;// CONCATENATED MODULE: ./src/sources/staged.ts
// `staged`: what the next commit would add, for a pre-commit hook. The index is compared with HEAD (or with
// nothing before the first commit); each changed file is read whole from the index, and only keys on the
// lines it adds count, so an old key elsewhere in the repository does not block every commit.


async function* stagedSource(context) {
    // `git diff --cached` compares the index with HEAD, or with nothing before the first commit, itself. The CLI may
    // have started it before the engine loaded (staged-prefetch.ts).
    const prefetched = await takePrefetchedStaged(context.root);
    try {
        yield* changedFragments(context, {
            revisionArgs: ['--cached'],
            diffOutput: prefetched?.chunks(),
            commit: null,
            inHead: true,
            where: 'in the index (staged)',
        });
    }
    finally {
        // Stops git if the scan ended before reading the whole diff.
        prefetched?.dispose();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/fs/no-follow.ts
var no_follow = __webpack_require__(4828);
;// CONCATENATED MODULE: ./src/sources/tree.ts
// The working tree: tracked files plus untracked files git does not ignore, read from disk as they are now.
// Files deleted from the working tree are skipped and counted; symlinks are never followed (so nothing
// outside the repository is read); submodules are not descended. Big files are scanned in windows as they
// are read, never held whole.







/** Files read ahead of the detector: a big one streams through its own detection meanwhile. */
const READ_AHEAD = 8;
/**
 * Files this big or bigger are scanned as they are read (in one window up to WINDOW_CHARS, so with the same
 * result as whole), which keeps the files read ahead small.
 */
const STREAM_FILE_BYTES = 1024 * 1024;
async function* treeSource(context) {
    const { root, stats, log } = context;
    const inside = insideRepository(root);
    const queue = [];
    let deleted = 0;
    // One big file at a time: each holds a window of text while it is scanned.
    let streaming = Promise.resolve();
    const streamOne = (full) => {
        const scanned = streaming.then(() => scanStreamed(full, context.detector));
        streaming = scanned.catch(() => undefined);
        return scanned;
    };
    // A small file is read synchronously, in four system calls (open, fstat, read, close): through fs.promises the
    // same file took five thread-pool round trips, which cost more CPU than the scanning (1.4 of 2.8 s on 29,099 files).
    const readOne = (file) => {
        const full = external_node_path_default().join(root, file);
        if (!inside(external_node_path_default().dirname(full)))
            return { file, bytes: null, reason: 'outside' };
        let fd;
        try {
            if (no_follow/* NO_FOLLOW */.q === undefined && (0,external_node_fs_.lstatSync)(full).isSymbolicLink())
                return { file, bytes: null, reason: 'symlink' };
            fd = (0,external_node_fs_.openSync)(full, no_follow/* OPEN_FLAGS */.t);
        }
        catch (error) {
            return { file, bytes: null, reason: unopened(error) };
        }
        try {
            const info = (0,external_node_fs_.fstatSync)(fd);
            if (info.isDirectory())
                return { file, bytes: null, reason: 'directory' };
            if (!info.isFile())
                return { file, bytes: null, reason: 'special' };
            // A big binary (a video, an archive) is told apart by its first bytes, not read whole.
            if (info.size >= STREAM_FILE_BYTES)
                return readBig(file, full);
            return { file, bytes: readAll(fd, info) };
        }
        catch {
            return { file, bytes: null, reason: 'unreadable' };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    };
    const readBig = async (file, full) => {
        try {
            if (await looksBinary(full))
                return { file, bytes: null, reason: 'binary' };
            return { file, bytes: null, streamed: await streamOne(full) };
        }
        catch (error) {
            return { file, bytes: null, reason: unopened(error) };
        }
    };
    function* drain(read) {
        if (read.streamed) {
            stats.bytes += read.streamed.bytes;
            if (read.streamed.binary) {
                stats.skipped++;
                return;
            }
            stats.files++;
            const matches = read.streamed.matches;
            yield { file: read.file, text: '', matches, addedLines: null, commit: null, inHead: true };
            return;
        }
        if (!read.bytes) {
            // Submodules (a directory in place of a file) are not descended and not counted as skipped files.
            if (read.reason === 'directory') {
                log.debug(`Not descending into submodule '${read.file}'.`);
                return;
            }
            stats.skipped++;
            if (read.reason === 'deleted')
                deleted++;
            else
                log.debug(`Skipped '${read.file}' (${read.reason}).`);
            return;
        }
        stats.bytes += read.bytes.length;
        // A file whose bytes name no Mistral keyword cannot hold a finding: counted, never decoded.
        const mentioned = keywordInBytes(read.bytes, context.detector.mentionsBytes);
        if (mentioned === false) {
            stats.files++;
            return;
        }
        const decoded = decodeBytes(read.bytes);
        if (decoded.binary) {
            stats.skipped++;
            return;
        }
        stats.files++;
        yield { file: read.file, text: decoded.text, mentioned: mentioned === true, addedLines: null, commit: null, inHead: true };
    }
    const listing = (0,runner/* streamGit */.t1)(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name'], {
        cwd: root,
    });
    let previous = null;
    for await (const file of (0,runner/* nulTokens */.UK)(listing)) {
        // An unmerged file is listed once per stage.
        if (file === '' || file === previous)
            continue;
        previous = file;
        queue.push(readOne(file));
        if (queue.length >= READ_AHEAD)
            yield* drain(await queue.shift());
    }
    while (queue.length > 0)
        yield* drain(await queue.shift());
    if (deleted > 0)
        log.info(`Skipped ${deleted} tracked file(s) deleted from the working tree.`);
}
/** Reads a file chunk by chunk into a windowed detection: memory stays at a window, whatever the file's size. */
async function scanStreamed(file, detector) {
    const unmentioned = detector.mentionsBytes ? await unmentionedSize(file, detector.mentionsBytes) : null;
    if (unmentioned !== null)
        return { binary: false, bytes: unmentioned, matches: [] };
    const detection = new StreamedDetection((text) => detector.detect(text));
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const chunk = Buffer.allocUnsafe(1024 * 1024);
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0 || detection.binary)
                break;
            detection.write(chunk.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
    return detection.end();
}
/**
 * The size of a big file whose bytes name no keyword (the detector's byte test), read once without decoding: most
 * big files (bundles, data, lock files) are such, and cannot hold a finding. Null when the file may: it names a
 * keyword, or its first bytes are not plain 8-bit text (a BOM, a NUL), which the test cannot read. It is then
 * decoded and scanned from its start, read a second time (from the page cache).
 */
async function unmentionedSize(file, mentionsBytes) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.allocUnsafe(KEYWORD_OVERLAP_BYTES + 1024 * 1024);
        let size = 0;
        let kept = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, kept, buffer.length - kept, null);
            if (bytesRead === 0)
                return size;
            if (size === 0 && !isPlainBytes(buffer.subarray(0, bytesRead)))
                return null;
            size += bytesRead;
            // The chunk with the previous chunk's last bytes in front of it.
            const tested = buffer.subarray(0, kept + bytesRead);
            if (mentionsBytes(tested))
                return null;
            kept = Math.min(KEYWORD_OVERLAP_BYTES, tested.length);
            tested.copy(buffer, 0, tested.length - kept);
        }
    }
    finally {
        await handle.close();
    }
}
async function looksBinary(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const probe = Buffer.alloc(BINARY_PROBE_BYTES);
        const { bytesRead } = await handle.read(probe, 0, probe.length, 0);
        const head = probe.subarray(0, bytesRead);
        return !isPlainBytes(head) && decodeBytes(head).binary;
    }
    finally {
        await handle.close();
    }
}
/** Why a file could not be opened: gone, a symlink (O_NOFOLLOW), a socket, or something else. */
function unopened(error) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return 'deleted';
    if (code === 'ELOOP')
        return 'symlink';
    if (code === 'ENXIO')
        return 'special';
    return 'unreadable';
}
/** The open file's bytes, read to the size fstat gave (a file that grew since is read to that size). */
function readAll(fd, info) {
    const bytes = Buffer.allocUnsafe(info.size);
    let length = 0;
    while (length < bytes.length) {
        const read = (0,external_node_fs_.readSync)(fd, bytes, length, bytes.length - length, null);
        if (read === 0)
            break;
        length += read;
    }
    return length < bytes.length ? bytes.subarray(0, length) : bytes;
}
/** Whether a directory, symlinks resolved, still lies inside the repository (cached per directory). */
function insideRepository(root) {
    const cache = new Map();
    const realRoot = external_node_fs_.realpathSync.native(root);
    const prefix = realRoot.endsWith((external_node_path_default()).sep) ? realRoot : realRoot + (external_node_path_default()).sep;
    return (dir) => {
        let answer = cache.get(dir);
        if (answer === undefined) {
            try {
                const real = external_node_fs_.realpathSync.native(dir);
                answer = real === realRoot || real.startsWith(prefix);
            }
            catch {
                // Gone (or unreadable): the open that follows says so.
                answer = true;
            }
            cache.set(dir, answer);
        }
        return answer;
    };
}

// EXTERNAL MODULE: ./src/settings/settings.ts
var settings = __webpack_require__(7100);
;// CONCATENATED MODULE: ./src/verify/base-url.ts
// Where keys may be sent for verification: Mistral over HTTPS, another HTTPS host, or a loopback address
// (for tests). A key must never travel in clear text over a network, so plain http is loopback only.

const VERIFY_ENDPOINT_PATH = '/v1/models';
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
/** localhost, 127.0.0.0/8 or [::1]; `hostname` as the WHATWG URL parser normalises it. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    return host === 'localhost' || host === '[::1]' || IPV4_LOOPBACK.test(host);
}
/** The URL with any user:password hidden, so a bad value can be quoted without leaking a credential. */
function shown(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}
/**
 * Checks `--verify-base-url` / `verify-base-url`: https, or http(s) on a loopback address.
 * Throws UsageError (exit 2) with the bad value quoted (credentials hidden) and what was expected.
 */
function checkVerifyBaseUrl(url) {
    const expected = 'Expected an https:// URL or an http:// loopback address (localhost, 127.0.0.0/8, [::1]), such as https://api.mistral.ai.';
    let parsed;
    try {
        parsed = new URL(url.trim());
    }
    catch {
        throw new config_error/* UsageError */.e(`Invalid verify base URL '${shown(url)}'. ${expected}`);
    }
    if (parsed.username || parsed.password) {
        throw new config_error/* UsageError */.e(`Invalid verify base URL '${shown(url)}': it must not hold credentials. ${expected}`);
    }
    if (parsed.search || parsed.hash) {
        throw new config_error/* UsageError */.e(`Invalid verify base URL '${shown(url)}': it must not have a query or fragment. ${expected}`);
    }
    const loopback = isLoopbackHost(parsed.hostname);
    if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && loopback))
        return parsed;
    throw new config_error/* UsageError */.e(`Invalid verify base URL '${shown(url)}'. ${expected}`);
}
/** `{base}/v1/models`, keeping any path prefix of the base (`https://proxy.example/mistral` works). */
function verifyEndpoint(base) {
    const endpoint = new URL(base.href);
    endpoint.pathname = endpoint.pathname.replace(/\/+$/, '') + VERIFY_ENDPOINT_PATH;
    return endpoint;
}

;// CONCATENATED MODULE: ./src/verify/mistral.ts
// Opt-in live check of found keys against Mistral's API (issue #5), kept apart from detection as
// trufflehog's anthropic detector keeps `verifyAnthropicKey`: only `200` with a `data` array counts as
// live; `401`/`403` is a dead key; anything else is `unknown`, never a false "live" alarm.
// The key goes into the Authorization header and nowhere else: not the URL, a body, a log line or an error.




const DEFAULT_VERIFY_TIMEOUT_MS = 10_000;
const DEFAULT_VERIFY_CONCURRENCY = 4;
const runCache = new Map();
/** Forgets the process-wide verdicts (tests; a long-lived process starting a new run). */
function clearVerificationCache() {
    runCache.clear();
}
/**
 * Verifies each distinct key once and returns a verdict for every id.
 * `secrets` maps an id (the finding's fingerprint) to its key; ids sharing a key share one request.
 */
async function verifyKeys(secrets, options = {}) {
    const base = checkVerifyBaseUrl(options.baseUrl ?? settings/* DEFAULT_VERIFY_BASE_URL */.m);
    const endpoint = verifyEndpoint(base);
    const timeoutMs = options.timeoutMs ?? DEFAULT_VERIFY_TIMEOUT_MS;
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_VERIFY_CONCURRENCY));
    const doFetch = options.fetch ?? globalThis.fetch;
    const cache = options.cache ?? runCache;
    const log = options.log;
    const distinctKeys = [...new Set(secrets.values())];
    const verdictByKey = new Map();
    if (distinctKeys.length > 0) {
        log?.info(`Verifying ${distinctKeys.length} distinct key(s) against ${endpoint.href} ` +
            `(at most ${concurrency} at once, ${timeoutMs} ms timeout each).`);
    }
    const verifyOne = (key) => {
        const cacheKey = sha256(`${endpoint.href}\0${key}`);
        let pending = cache.get(cacheKey);
        if (!pending) {
            pending = requestVerdict(key, endpoint, timeoutMs, doFetch, log);
            cache.set(cacheKey, pending);
        }
        return pending;
    };
    let next = 0;
    const worker = async () => {
        while (next < distinctKeys.length) {
            const key = distinctKeys[next++];
            verdictByKey.set(key, await verifyOne(key));
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, distinctKeys.length) }, worker));
    const result = new Map();
    for (const [id, key] of secrets)
        result.set(id, verdictByKey.get(key) ?? 'unknown');
    if (distinctKeys.length > 0) {
        const counts = { verified: 0, invalid: 0, unknown: 0 };
        for (const verdict of verdictByKey.values())
            if (verdict !== 'skipped')
                counts[verdict]++;
        log?.info(`Verification: ${counts.verified} verified, ${counts.invalid} invalid, ${counts.unknown} unknown.`);
    }
    return result;
}
/** One GET; never throws: every failure is a verdict of `unknown`, logged with a reason free of the key. */
async function requestVerdict(key, endpoint, timeoutMs, doFetch, log) {
    const label = `key ${sha256(key).slice(0, 12)}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
        const response = await doFetch(endpoint, {
            method: 'GET',
            headers: { Authorization: `Bearer ${key}`, Accept: 'application/json', 'User-Agent': 'mistral-guard' },
            // A redirect could carry the Authorization header to another host: treat it as an answer instead.
            redirect: 'manual',
            signal: controller.signal,
        });
        if (response.status === 401 || response.status === 403) {
            await discard(response);
            return 'invalid';
        }
        if (response.status !== 200) {
            await discard(response);
            log?.info(`Verification of ${label}: HTTP ${response.status}, verdict unknown.`);
            return 'unknown';
        }
        const body = await response.json().catch(() => undefined);
        if (isModelList(body))
            return 'verified';
        log?.info(`Verification of ${label}: HTTP 200 without a model list, verdict unknown.`);
        return 'unknown';
    }
    catch (error) {
        const reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : describeError(error);
        log?.info(`Verification of ${label}: ${scrub(reason, key)}, verdict unknown.`);
        return 'unknown';
    }
    finally {
        clearTimeout(timer);
    }
}
function isModelList(body) {
    return typeof body === 'object' && body !== null && Array.isArray(body.data);
}
async function discard(response) {
    await response.body?.cancel().catch(() => undefined);
}
/** fetch's "fetch failed" hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function describeError(error) {
    const err = error;
    const cause = err?.cause?.code ?? err?.cause?.message;
    return `request failed (${cause ?? err?.message ?? 'unknown error'})`;
}
/** Belt and braces: no error text reaches a log with the key or a 16-character run of it in it. */
function scrub(text, key) {
    let out = text.split(key).join('[key]');
    for (let i = 0; i + 16 <= key.length; i++)
        out = out.split(key.slice(i, i + 16)).join('[key]');
    return out;
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./src/scan.ts
// The pipeline both entry points share: settings -> source -> detector -> ignore rules -> findings -> checks ->
// verification -> Report. Keys leave this function only in `secrets` (in memory, for verification by the
// caller); the Report holds redacted forms and fingerprints.


















/** The detector as the sources see it (it drops keys on a `mistral-guard:allow` line itself). */
const pipelineDetector = {
    mentions: mentionsMistral,
    mentionsBytes: mentionsMistralBytes,
    detect: detect,
    ruledOutByItsLine: ruledOutByItsLine,
};
/** The same, reporting keys whatever `mistral-guard:allow` comment sits beside them (ScanSettings.allowMarkers). */
const markerBlindDetector = {
    ...pipelineDetector,
    detect: (text, options) => detect(text, { ...options, allowMarkers: false }),
};
/**
 * The source for the settings. `onAddedPath` hears each path a commit adds when the history of every ref is
 * walked anyway (no range, no dates: history.ts decides), so the checklist need not walk it a second time;
 * `onLogRead` hears when a history scan's log is written, so the checklist can start then.
 */
function pickSource(settings, onAddedPath, onLogRead) {
    switch (settings.mode) {
        case 'tree':
            return treeSource;
        case 'staged':
            return stagedSource;
        case 'diff':
            if (!settings.base) {
                throw new config_error/* UsageError */.e('--mode diff needs --base <revision> (the branch or commit to compare with).');
            }
            return diffSource({ base: settings.base, head: settings.head });
        case 'history':
            return historySource({
                since: settings.since,
                until: settings.until,
                range: settings.range,
                onAddedPath,
                onLogRead,
            });
        default:
            throw new config_error/* UsageError */.e(`Invalid mode '${String(settings.mode)}'. Expected one of: tree, staged, diff, history.`);
    }
}
async function scan(settings, log = silentLogger) {
    const started = external_node_perf_hooks_.performance.now();
    const repository = await openRepository(settings.root);
    const root = repository.root;
    if (repository.bare && (settings.mode === 'tree' || settings.mode === 'staged')) {
        throw new config_error/* UsageError */.e(`'${root}' is a bare repository: it has no working tree or index; use --mode history or diff.`);
    }
    // Secret-looking paths ever added, as a walk of every ref meets them (newest commit first: the oldest adder
    // stays). Only those: every path of a long history would grow with it. A range or dates see only some
    // commits, so then the check asks git itself.
    const everyRef = settings.mode === 'history' && !settings.since && !settings.until && !settings.range;
    const everAdded = settings.checks && everyRef ? new Map() : null;
    // The checklist, the config parser, the baseline and the allow-list's globs are loaded only by a run that uses
    // them: a pre-commit hook or a diff scan with --no-checks and no config file compiles a third of the code.
    const { startChecks } = settings.checks ? await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(751)]).then(__webpack_require__.bind(__webpack_require__, 751)) : { startChecks: null };
    let checksStarted = null;
    const startChecksOnce = () => (checksStarted ??= startChecks({
        root,
        mode: settings.mode,
        config,
        configFile,
        everAddedFromScan: everAdded !== null,
    }));
    const source = pickSource(settings, everAdded
        ? (file, commit) => {
            if ((0,secret_files/* secretFileKind */.F)(file) !== null)
                everAdded.set(file, commit.slice(0, 12));
        }
        : undefined, settings.checks ? () => void startChecksOnce() : undefined);
    const { config, file: configFile } = await (0,config_file/* loadConfigIfAny */.YQ)(root, settings.configFile);
    // The checklist reads the repository's files while the scan mostly waits on git. Beside a history scan only
    // once git has written its log (onLogRead): until then git's log and cat-file and node keep both cores busy,
    // so overlapping gains nothing, and the checklist's memory would add to the scan's (on 100k commits, 215-235 MB
    // at the peak instead of 172-186; a walk of 30k commits reached 211 MB). After it, the log's core is free.
    // For a range or dates the checklist's own walk of every commit starts then too.
    if (settings.checks && settings.mode !== 'history')
        startChecksOnce();
    const baseline = settings.baselineFile
        ? (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(360)]).then(__webpack_require__.bind(__webpack_require__, 6360))).loadBaseline(external_node_path_default().resolve(root, settings.baselineFile), settings.baselineFile)
        : new Set();
    const allowedPath = config.allow.paths.length > 0 ? (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(447)]).then(__webpack_require__.bind(__webpack_require__, 6447))).pathAllowList(config.allow.paths) : () => false;
    const allowedFingerprints = new Set(config.allow.fingerprints);
    /** A key listed in allow.fingerprints or the baseline: counted as ignored, never blamed nor reported. */
    const accepted = (id) => allowedFingerprints.has(id) || baseline.has(id);
    const stats = emptyStats();
    const findings = new Map();
    const secrets = new Map();
    let ignored = 0;
    const detector = settings.allowMarkers === false ? markerBlindDetector : pipelineDetector;
    /** Findings on a line that says `mistral-guard:allow`, reported because markers are not honoured here. */
    let marked = 0;
    for await (const fragment of source({ root, stats, log, detector })) {
        if (allowedPath(fragment.file))
            continue;
        const matches = matchesOnAddedLines(fragment, detector);
        if (matches.length === 0)
            continue;
        const ids = matches.map((match) => fingerprint(match.ruleId, fragment.file, match.secret));
        // One leak is one key in one file: the first place it shows is enough. Only such a key's line is blamed.
        const reportable = (id, index) => !accepted(id) && !findings.has(id) && ids.indexOf(id) === index;
        // Which keys the base version already held, and the commit of each reportable key's line: side by side (a
        // git each), not one after another.
        const [old, blamed] = await Promise.all([
            fragment.keysInBase ? fragment.keysInBase(matches.map((match) => match.secret)) : NOTHING_OLD,
            Promise.all(matches.map((match, index) => fragment.commitOfLine && reportable(ids[index], index) ? fragment.commitOfLine(match.line) : null)),
        ]);
        matches.forEach((match, index) => {
            // A key already in the base version of the file is not new.
            if (old.has(match.secret))
                return;
            const id = ids[index];
            if (accepted(id)) {
                ignored++;
                return;
            }
            if (findings.has(id))
                return;
            const commit = blamed[index] ?? fragment.commit;
            findings.set(id, {
                ruleId: match.ruleId,
                file: fragment.file,
                line: match.line,
                column: match.column,
                commit: commit?.sha ?? null,
                author: commit?.author ?? null,
                date: commit?.date ?? null,
                fingerprint: id,
                redacted: redact(match.secret),
                severity: 'high',
                inHead: fragment.inHead !== undefined ? fragment.inHead : fragment.commit === null ? true : null,
                verification: 'skipped',
            });
            secrets.set(id, match.secret);
            if (detector === markerBlindDetector && lineHolds(fragment.text, match.line, ALLOW_MARKER))
                marked++;
        });
    }
    if (ignored > 0)
        log.info(`Ignored ${ignored} finding(s) listed in allow.fingerprints or the baseline.`);
    if (marked > 0) {
        log.warn(`${marked} key(s) reported on lines marked ${ALLOW_MARKER}: this change adds them, and a change cannot wave its ` +
            'own key through. The marker applies once merged; to accept a test value now, list its fingerprint under ' +
            'allow.fingerprints in the base branch.');
    }
    const sorted = sortFindings([...findings.values()]);
    const rows = settings.checks ? await startChecksOnce().finish(sorted, everAdded ?? undefined) : [];
    if (settings.verify && secrets.size > 0) {
        const verdicts = await verifyKeys(secrets, { baseUrl: settings.verifyBaseUrl, log });
        for (const finding of sorted) {
            finding.verification = verdicts.get(finding.fingerprint) ?? 'unknown';
            if (finding.verification === 'verified')
                finding.severity = 'critical';
        }
    }
    const report = {
        version: 1,
        mode: settings.mode,
        findings: sorted,
        checks: rows,
        stats: { ...stats, durationMs: Math.round(external_node_perf_hooks_.performance.now() - started) },
    };
    log.debug(`Scanned ${stats.files} file(s), ${stats.bytes} byte(s), ${stats.commits} commit(s); skipped ${stats.skipped}; ` +
        `${sorted.length} finding(s) in ${report.stats.durationMs} ms.`);
    return { report, secrets };
}
const NOTHING_OLD = Promise.resolve(new Set());
/** The fragment's matches on its added lines (whether the base version already held them is asked apart). */
function matchesOnAddedLines(fragment, detector) {
    const added = fragment.addedLines;
    // The detector judges candidates on the added lines only (the rest of the text is context).
    const matches = fragment.matches ?? detector.detect(fragment.text, { lines: added ?? undefined, mentioned: fragment.mentioned });
    // Matches a source found itself (streamed windows) should be on added lines already; cheap to make sure.
    return added && fragment.matches ? matches.filter((match) => added.has(match.line)) : matches;
}
/** Whether 1-based line `line` of `text` contains `needle` (false for a text not held: a streamed big file). */
function lineHolds(text, line, needle) {
    let start = 0;
    for (let at = 1; at < line; at++) {
        const newline = text.indexOf('\n', start);
        if (newline < 0)
            return false;
        start = newline + 1;
    }
    const end = text.indexOf('\n', start);
    return text.slice(start, end < 0 ? text.length : end).includes(needle);
}
/** Stable order: file, line, column, commit (plain code-unit comparison, the same on every machine). */
function sortFindings(findings) {
    const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return findings
        .map((finding, index) => ({ finding, index }))
        .sort((a, b) => compare(a.finding.file, b.finding.file) ||
        a.finding.line - b.finding.line ||
        a.finding.column - b.finding.column ||
        compare(a.finding.commit ?? '', b.finding.commit ?? '') ||
        a.index - b.index)
        .map(({ finding }) => finding);
}


/***/ })

};

// What test_jssdk.mjs is built on, kept apart so that the suite reads as its checks:
// starting and stopping cplocal exactly as cplocal_fixture.py does (127.0.0.1, port 0,
// the URL read from its one stdout line, --in-memory, the fixture's keys, region and
// account; SIGTERM at the end must give exit code 0 and no sanitizer report), and the
// check helpers (a failed check throws CheckFailure with a sentence).

import { spawn } from "node:child_process";
import fs from "node:fs";

export const REGION = "us-east-1";
export const ACCOUNT_ID = "123456789012";
export const ACCESS_KEY_ID = "AKIACONFORMANCE0001";
export const SECRET_ACCESS_KEY = "conformance/secret/key+0123456789abcdefghij";
const START_TIMEOUT_MS = 30000;
const STOP_TIMEOUT_MS = 30000;
const SANITIZER_MARKERS = ["ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:"];

// --- cplocal --------------------------------------------------------------------------

function cplocalPath() {
    const i = process.argv.indexOf("--cplocal");
    const file = i >= 0 ? process.argv[i + 1] : process.env.CPLOCAL;
    try {
        fs.accessSync(file, fs.constants.X_OK);
    } catch {
        throw new Error(`set CPLOCAL (or pass --cplocal PATH) to the cplocal executable; got ${file}`);
    }
    return file;
}

export class Cplocal {
    async start() {
        const args = ["--host", "127.0.0.1", "--port", "0", "--region", REGION, "--account-id", ACCOUNT_ID,
                      "--in-memory", "--access-key-id", ACCESS_KEY_ID, "--secret-access-key", SECRET_ACCESS_KEY];
        this.stderrText = "";
        this.process = spawn(cplocalPath(), args, { stdio: ["ignore", "pipe", "pipe"] });
        this.process.stderr.setEncoding("utf8");
        this.process.stderr.on("data", (chunk) => { this.stderrText += chunk; });
        this.exited = new Promise((resolve) => this.process.on("exit", (code, signal) => resolve({ code, signal })));
        const line = await new Promise((resolve) => {
            let data = "";
            const done = (value) => { clearTimeout(timer); this.process.stdout.removeAllListeners("data"); resolve(value); };
            const timer = setTimeout(() => done(data), START_TIMEOUT_MS);
            this.process.stdout.setEncoding("utf8");
            this.process.stdout.on("data", (chunk) => {
                data += chunk;
                if (data.includes("\n")) done(data);
            });
            this.process.on("exit", () => done(data));
            this.process.on("error", (err) => done(`${data}(spawn failed: ${err.message})`));
        });
        const match = /^cplocal listening on (http:\/\/127\.0\.0\.1:(\d+))\/?\n$/.exec(line);
        if (!match) {
            this.process.kill("SIGKILL");
            throw new Error(`cplocal did not start: stdout ${JSON.stringify(line)}, stderr:\n${this.stderrText}`);
        }
        this.process.stdout.resume();
        this.url = match[1];
        return this;
    }

    sanitizerReport() {
        return SANITIZER_MARKERS.some((m) => this.stderrText.includes(m)) ? this.stderrText : null;
    }

    // SIGTERM; a clean exit (code 0) and no sanitizer report, or an Error.
    async stop() {
        this.process.kill("SIGTERM");
        let timer;
        const result = await Promise.race([
            this.exited,
            new Promise((resolve) => { timer = setTimeout(() => resolve(null), STOP_TIMEOUT_MS); }),
        ]);
        clearTimeout(timer);
        if (!result) {
            this.process.kill("SIGKILL");
            throw new Error(`cplocal did not stop within ${STOP_TIMEOUT_MS / 1000}s of SIGTERM`);
        }
        const report = this.sanitizerReport();
        if (report) throw new Error(`cplocal's stderr has a sanitizer report:\n${report}`);
        if (result.code !== 0) {
            throw new Error(`cplocal exited with ${result.code ?? result.signal} after SIGTERM; stderr:\n${this.stderrText}`);
        }
    }
}

// --- Checks ---------------------------------------------------------------------------

export class CheckFailure extends Error {}

export function fail(message) {
    throw new CheckFailure(message);
}

export const show = (value) => JSON.stringify(value, (k, v) => (v instanceof Date ? `Date(${v.toISOString()})` : v));

function sortedKeys(value) {
    if (Array.isArray(value)) return value.map(sortedKeys);
    if (value && typeof value === "object" && !(value instanceof Date)) {
        return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys(value[k])]));
    }
    return value;
}

export function eq(actual, expected, what = "") {
    if (show(sortedKeys(actual)) !== show(sortedKeys(expected))) {
        fail(`${what ? what + ": " : ""}expected ${show(expected)}, got ${show(actual)}`);
    }
}

export function ok(condition, what) {
    if (!condition) fail(what);
}

// The SDK's error for a call that must fail: its name (the error type), HTTP status, a
// message and a request id. Returns the error.
export async function expectError(name, status, promise, what = name) {
    let result;
    try {
        result = await promise;
    } catch (err) {
        if (err instanceof CheckFailure) throw err;
        const got = `${err.name} ${err.$metadata?.httpStatusCode}: ${err.message}`;
        ok(err.name === name, `${what}: expected ${name}, got ${got}`);
        ok(err.$metadata?.httpStatusCode === status, `${what}: expected HTTP ${status}, got ${got}`);
        ok(err.message && err.message !== "UnknownError", `${what}: no message (${got})`);
        ok(err.$metadata.requestId, `${what}: no request id (${got})`);
        return err;
    }
    fail(`${what}: expected ${name} (${status}), the call succeeded: ${show(result)}`);
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.humanStdout = void 0;
exports.humanLine = humanLine;
/** Fields every line has, printed in the line's head rather than after it. */
const HEAD = new Set(['level', 'time', 'msg', 'context', 'requestId', 'pid', 'hostname']);
/**
 * A line of pino's JSON for a person at a terminal: `12:00:01 WARN [Accounts] message ·
 * key=value … (request 8f3a…)`, leaving out empty fields. Development only; production writes the JSON as it is.
 */
function humanLine(json) {
    let entry;
    try {
        entry = JSON.parse(json);
    }
    catch {
        return json;
    }
    const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
    const level = String(entry.level ?? '')
        .toUpperCase()
        .padEnd(5);
    const context = entry.context ? ` [${String(entry.context)}]` : '';
    const rest = Object.entries(entry)
        .filter(([key, value]) => !HEAD.has(key) && value !== null && value !== undefined)
        .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
    const request = entry.requestId ? ` (request ${String(entry.requestId)})` : '';
    return `${time} ${level}${context} ${String(entry.msg ?? '')}${rest.length ? ` · ${rest.join(' ')}` : ''}${request}\n`;
}
/** Standard output, one human-readable line per log line. */
exports.humanStdout = {
    write: (line) => process.stdout.write(humanLine(line)),
};
//# sourceMappingURL=human-lines.js.map
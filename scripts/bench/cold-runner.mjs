// One cold request: a fresh Node process imports a bundle and handles one event.
// Prints "RESULT <ms since process start> <statusCode> <peak RSS kB> <ms at import start> <ms at import end>"
// on its last line.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [bundle, eventJson] = process.argv.slice(2);
const importStart = performance.now();
const mod = await import(pathToFileURL(bundle).href);
const imported = performance.now();
const handler = mod.handler ?? mod.default?.handler;
const result = await handler(JSON.parse(eventJson), {});
const done = performance.now();
// Peak RSS of this process since exec (VmHWM); getrusage's maxRSS would carry over the parent's.
const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '0';
process.stdout.write(`\nRESULT ${done.toFixed(1)} ${result?.statusCode} ${hwm} ${importStart.toFixed(1)} ${imported.toFixed(1)}\n`);

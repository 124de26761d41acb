// One cold request: a fresh Node process imports a bundle and handles one event.
// Prints "RESULT <ms since process start> <statusCode> <maxRSS kB>" on its last line.
import { pathToFileURL } from 'node:url';
const [bundle, eventJson] = process.argv.slice(2);
const mod = bundle.endsWith('.cjs') || bundle.endsWith('.js') ? await import(pathToFileURL(bundle).href) : await import(pathToFileURL(bundle).href);
const handler = mod.handler ?? mod.default?.handler;
const result = await handler(JSON.parse(eventJson), {});
process.stdout.write(`\nRESULT ${performance.now().toFixed(1)} ${result?.statusCode} ${process.resourceUsage().maxRSS}\n`);

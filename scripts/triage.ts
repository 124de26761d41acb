import { createInterface } from 'node:readline';
import { ValidationError } from '../lambdas/domain/errors';
import { answersOf, parseIntake } from '../lambdas/domain/intake';
import { triage } from '../lambdas/domain/triage';

/**
 * `npm run --silent triage`: intake forms as JSON lines on stdin, one JSON
 * line each on stdout: { route, urgent, reasons, concerns, version } or
 * { error, fields } for a line that is not a valid intake.
 */
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let count = 0;
for await (const line of lines) {
  if (line.trim() === '') continue;
  count++;
  let out: unknown;
  try {
    const raw: unknown = JSON.parse(line);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      out = { error: 'validation', fields: { body: 'must be a JSON object' } };
    } else {
      const { route, urgent, reasons, concerns, version } = triage(answersOf(parseIntake(raw as Record<string, unknown>)));
      out = { route, urgent, reasons, concerns, version };
    }
  } catch (error) {
    out =
      error instanceof ValidationError
        ? { error: 'validation', fields: error.fields }
        : { error: 'malformed', fields: { body: `line ${count} is not valid JSON` } };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

import type { EmailRecord, IntakeRecord } from './ports';

/**
 * The intakes as CSV, for the command line's `export --csv` and the inbox's
 * download: RFC 4180, one row per intake, safe to open in a spreadsheet.
 */

/**
 * One CSV cell: RFC 4180 quoting, and a leading ' on anything a spreadsheet
 * would run as a formula (=, +, -, @, tab, carriage return: OWASP's advice on
 * CSV injection).
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The worst state of an intake's emails: failed, bounced, complained, pending, else sent. */
export function deliveryStatus(emails: Record<string, EmailRecord>): string {
  const statuses = Object.values(emails).map((e) => e.status);
  for (const s of ['failed', 'bounced', 'complained', 'pending'] as const) if (statuses.includes(s)) return s;
  return 'sent';
}

export const CSV_COLUMNS: Array<[string, (r: IntakeRecord) => unknown]> = [
  ['id', (r) => r.id],
  ['created_at', (r) => r.createdAt],
  ['route', (r) => r.route],
  ['urgent', (r) => r.route === 'crisis'],
  ['delivery', (r) => deliveryStatus(r.emails)],
  ['booked', (r) => r.booked ?? false],
  ['booked_at', (r) => r.bookedAt],
  ['contacted_at', (r) => r.contactedAt],
  ['name', (r) => r.answers.name],
  ['email', (r) => r.answers.email],
  ['phone', (r) => r.answers.phone],
  ['preference', (r) => r.answers.preference],
  ['safety', (r) => r.answers.safety],
  ['phq4_anxious', (r) => r.answers.phq4Anxious],
  ['phq4_worry', (r) => r.answers.phq4Worry],
  ['phq4_interest', (r) => r.answers.phq4Interest],
  ['phq4_down', (r) => r.answers.phq4Down],
  ['phq4_total', (r) => r.triage.screening.total],
  ['phq4_severity', (r) => r.triage.screening.severity],
  ['country', (r) => r.answers.country],
  ['region', (r) => r.answers.region],
  ['insurance', (r) => r.answers.insurance],
  ['language', (r) => r.answers.language],
  ['message', (r) => r.answers.message],
  ['goals', (r) => r.answers.goals],
  ['reasons', (r) => r.triage.reasons.join('; ')],
  ['concerns', (r) => r.triage.concerns.join(' ')],
  ['rules_version', (r) => r.triage.version],
];

/** The header line. */
export const csvHeader = (): string => `${CSV_COLUMNS.map(([h]) => h).join(',')}\r\n`;
/** One intake's line. */
export const csvRow = (record: IntakeRecord): string => `${CSV_COLUMNS.map(([, get]) => csvCell(get(record))).join(',')}\r\n`;

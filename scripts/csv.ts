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

import * as z from 'zod/mini';
import { ValidationError } from './errors';
import { LOCALES, type Locale } from './locales';

// Schemas are checked by zod's interpreter, not compiled to code on first use: an intake function
// parses one body per cold start, where generating and compiling a fast path costs more than it saves.
z.config({ jitless: true });

/**
 * The intake form contract (docs/contracts.md, "Intake form fields"). JSON and
 * urlencoded bodies share these names; urlencoded values arrive as strings, so
 * every field accepts its string form too.
 */

export const INTAKE_FIELDS = [
  'name',
  'email',
  'phone',
  'message',
  'goals',
  'preference',
  'safety',
  'phq4Anxious',
  'phq4Worry',
  'phq4Interest',
  'phq4Down',
  'country',
  'region',
  'insurance',
  'language',
  'consent',
  'submissionId',
  'website',
  'turnstileToken',
  'locale',
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

// C0/C1 controls, DEL and the Unicode line/paragraph separators: nothing that
// could split a header or hide text. Free text may still hold tabs and newlines.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

// zod/mini: the same checks as full zod at a twentieth of the bundle, which
// matters for the intake function's cold start (see the README's bench).
// 5000 → "5,000" without toLocaleString, whose first call loads ICU data (~20 ms cold).
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const text = (label: string) => z.string({ error: `${label} must be text` });

const singleLine = (max: number, label: string) =>
  text(label).check(
    z.refine((v) => !CONTROL.test(v), `${label} must not contain control characters or line breaks`),
    z.trim(),
    z.maxLength(max, `${label} must be at most ${max} characters`),
  );

const freeText = (max: number, label: string) =>
  z.pipe(
    text(label).check(
      z.maxLength(max, `${label} must be at most ${thousands(max)} characters`),
      z.refine((v) => !CONTROL_EXCEPT_NEWLINES.test(v), `${label} must not contain control characters`),
    ),
    z.transform((v: string) => v.replace(/\r\n?/g, '\n').trim()),
  );

const PHQ_MESSAGE = 'must be 0, 1, 2 or 3';
const phqItem = z.optional(
  z.pipe(
    z.union([z.number(), z.pipe(z.string().check(z.regex(/^[0-3]$/, PHQ_MESSAGE)), z.transform(Number))], { error: PHQ_MESSAGE }),
    z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= 3, PHQ_MESSAGE)),
  ),
);

const yesNo = z.pipe(
  z.union([z.boolean(), z.string()], { error: 'Please answer yes or no' }),
  z.pipe(
    z.transform((v: boolean | string) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : v.trim().toLowerCase())),
    z.enum(['yes', 'no'], { error: 'Please answer yes or no' }),
  ),
);

const code = (label: string, re: RegExp, message: string, upper: boolean) =>
  z.optional(text(label).check(z.trim(), upper ? z.toUpperCase() : z.toLowerCase(), z.regex(re, message)));

export const intakeSchema = z.object({
  name: singleLine(100, 'Name').check(z.minLength(1, 'Please tell us your name')),
  email: z.pipe(
    z.string({ error: 'Please give an email address' }).check(
      z.refine((v) => !CONTROL.test(v), 'Email must not contain control characters or line breaks'),
      z.trim(),
      z.maxLength(254, 'Email must be at most 254 characters'),
    ),
    z.email({ error: 'Please give a valid email address, like name@example.com' }),
  ),
  phone: z.optional(
    text('Phone').check(
      z.trim(),
      z.regex(/^[0-9+()\-. ]{3,30}(?: ?(?:x|ext\.?) ?[0-9]{1,6})?$/i, 'Please give a phone number using digits, spaces and + ( ) - .'),
    ),
  ),
  message: z.pipe(freeText(5000, 'Message'), z.string().check(z.minLength(1, 'Please tell us a little about what brings you here'))),
  goals: z.optional(freeText(5000, 'Goals')),
  preference: z._default(z.enum(['coaching', 'therapy', 'unsure'], { error: 'Preference must be coaching, therapy or unsure' }), 'unsure'),
  safety: yesNo,
  phq4Anxious: phqItem,
  phq4Worry: phqItem,
  phq4Interest: phqItem,
  phq4Down: phqItem,
  country: code('Country', /^[A-Z]{2}$/, 'Country must be a two-letter code such as US', true),
  region: code('Region', /^[A-Z0-9-]{1,10}$/, 'Region must be a state or province code such as NY', true),
  insurance: z.optional(singleLine(100, 'Insurance')),
  language: code('Language', /^[a-z]{2}$/, 'Language must be a two-letter code such as en', false),
  consent: z.pipe(
    z
      .union([z.boolean(), z.string()], { error: 'Please agree to be contacted and to the privacy notice' })
      .check(
        z.refine(
          (v) => v === true || (typeof v === 'string' && ['true', 'on', 'yes'].includes(v.trim().toLowerCase())),
          'Please agree to be contacted and to the privacy notice',
        ),
      ),
    z.transform(() => true as const),
  ),
  submissionId: z.optional(z.uuid({ error: 'submissionId must be a UUID' })),
  website: z.optional(z.string().check(z.maxLength(1000))),
  turnstileToken: z.optional(z.string().check(z.maxLength(4096))),
  /** The locale the form was shown in (`?lang=`); the person's emails follow it. */
  locale: z.optional(z.enum(LOCALES as [Locale, ...Locale[]], { error: `locale must be one of ${LOCALES.join(', ')}` })),
});

export type Intake = z.output<typeof intakeSchema>;
/** What the triage and the emails see: the answers without transport fields. */
export type IntakeAnswers = Omit<Intake, 'submissionId' | 'website' | 'turnstileToken' | 'locale'>;

/**
 * Picks only the contract's fields from an untrusted object (so `__proto__`,
 * `constructor` and friends are never read), drops empty optional strings the
 * way a browser sends them, and validates.
 */
export function parseIntake(raw: Record<string, unknown>): Intake {
  const picked: Record<string, unknown> = Object.create(null);
  for (const field of INTAKE_FIELDS) {
    if (!Object.hasOwn(raw, field)) continue;
    let value = raw[field];
    if (Array.isArray(value) && value.length === 1) value = value[0];
    if (value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    picked[field] = value;
  }
  const result = intakeSchema.safeParse(picked);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'body');
    fields[field] ??= field in picked ? issue.message : (REQUIRED_MESSAGES[field] ?? issue.message);
  }
  throw new ValidationError(fields);
}

// Messages for a missing required field; never echo the input.
const REQUIRED_MESSAGES: Record<string, string> = {
  name: 'Please tell us your name',
  email: 'Please give an email address',
  message: 'Please tell us a little about what brings you here',
  safety: 'Please answer yes or no',
  consent: 'Please agree to be contacted and to the privacy notice',
};

/** The answers the product keeps, without transport-only fields. */
export function answersOf(intake: Intake): IntakeAnswers {
  const { submissionId: _s, website: _w, turnstileToken: _t, locale: _l, ...answers } = intake;
  return answers;
}

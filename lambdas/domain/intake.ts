import { z } from 'zod';
import { ValidationError } from './errors';

/**
 * The intake form contract (ARCHITECTURE.md, "Intake form fields"). JSON and
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
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

// C0/C1 controls, DEL and the Unicode line/paragraph separators: nothing that
// could split a header or hide text. Free text may still hold tabs and newlines.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

const singleLine = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .refine((v) => !CONTROL.test(v), `${label} must not contain control characters or line breaks`)
    .transform((v) => v.trim())
    .pipe(z.string().max(max, `${label} must be at most ${max} characters`));

const freeText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .max(max, `${label} must be at most ${max.toLocaleString('en-US')} characters`)
    .refine((v) => !CONTROL_EXCEPT_NEWLINES.test(v), `${label} must not contain control characters`)
    .transform((v) => v.replace(/\r\n?/g, '\n').trim());

const phqItem = z
  .union([z.number(), z.string().regex(/^[0-3]$/, 'must be 0, 1, 2 or 3').transform(Number)], {
    error: 'must be 0, 1, 2 or 3',
  })
  .pipe(z.number().int('must be 0, 1, 2 or 3').min(0, 'must be 0, 1, 2 or 3').max(3, 'must be 0, 1, 2 or 3'))
  .optional();

const yesNo = z
  .union([z.boolean(), z.string()], { error: 'Please answer yes or no' })
  .transform((v) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : v.trim().toLowerCase()))
  .pipe(z.enum(['yes', 'no'], { error: 'Please answer yes or no' }));

export const intakeSchema = z.object({
  name: singleLine(100, 'Name').pipe(z.string().min(1, 'Please tell us your name')),
  email: z
    .string({ error: 'Please give an email address' })
    .refine((v) => !CONTROL.test(v), 'Email must not contain control characters or line breaks')
    .transform((v) => v.trim())
    .pipe(z.string().max(254, 'Email must be at most 254 characters'))
    .pipe(z.email({ error: 'Please give a valid email address, like name@example.com' })),
  phone: z
    .string({ error: 'Phone must be text' })
    .trim()
    .regex(/^[0-9+()\-. ]{3,30}(?: ?(?:x|ext\.?) ?[0-9]{1,6})?$/i, 'Please give a phone number using digits, spaces and + ( ) - .')
    .optional(),
  message: freeText(5000, 'Message').pipe(z.string().min(1, 'Please tell us a little about what brings you here')),
  goals: freeText(5000, 'Goals').optional(),
  preference: z
    .enum(['coaching', 'therapy', 'unsure'], { error: 'Preference must be coaching, therapy or unsure' })
    .default('unsure'),
  safety: yesNo,
  phq4Anxious: phqItem,
  phq4Worry: phqItem,
  phq4Interest: phqItem,
  phq4Down: phqItem,
  country: z
    .string({ error: 'Country must be a two-letter code' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Country must be a two-letter code such as US')
    .optional(),
  region: z
    .string({ error: 'Region must be a code' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{1,10}$/, 'Region must be a state or province code such as NY')
    .optional(),
  insurance: singleLine(100, 'Insurance').optional(),
  language: z
    .string({ error: 'Language must be a two-letter code' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, 'Language must be a two-letter code such as en')
    .optional(),
  consent: z
    .union([z.boolean(), z.string()], { error: 'Please agree to be contacted and to the privacy notice' })
    .refine(
      (v) => v === true || (typeof v === 'string' && ['true', 'on', 'yes'].includes(v.trim().toLowerCase())),
      'Please agree to be contacted and to the privacy notice',
    )
    .transform(() => true as const),
  submissionId: z.uuid({ error: 'submissionId must be a UUID' }).optional(),
  website: z.string().max(1000).optional(),
  turnstileToken: z.string().max(4096).optional(),
});

export type Intake = z.output<typeof intakeSchema>;
/** What the triage and the emails see: the answers without transport fields. */
export type IntakeAnswers = Omit<Intake, 'submissionId' | 'website' | 'turnstileToken'>;

/**
 * Picks only the contract's fields from an untrusted object (so `__proto__`,
 * `constructor` and friends are never read), drops empty optional strings the
 * way a browser sends them, and validates.
 */
export function parseIntake(raw: Record<string, unknown>): Intake {
  const picked: Record<string, unknown> = Object.create(null);
  for (const field of INTAKE_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(raw, field)) continue;
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
  const { submissionId: _s, website: _w, turnstileToken: _t, ...answers } = intake;
  return answers;
}

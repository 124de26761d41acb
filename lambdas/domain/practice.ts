import { z } from 'zod';
import { ConfigError } from './errors';

/**
 * The practice config contract (ARCHITECTURE.md, "Practice config"). It is
 * validated at `cdk synth` and at `npm start` so that a bad file fails before
 * anyone depends on it; the functions receive it already validated.
 */

// Text that may reach an email header (the practice name) or a page: no control characters.
const plain = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
const address = z.email({ error: 'must be an email address' }).max(254);
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "US"');
const phone = z.string().regex(/^[0-9+()\-. ]{2,30}$/, 'must be a phone number (digits, spaces, + ( ) - .)');

export const SPECIALTIES = [
  'anxiety',
  'depression',
  'trauma',
  'grief',
  'addiction',
  'couples',
  'family',
  'eating',
  'ocd',
  'anger',
  'mood',
  'self-harm',
  'abuse',
  'perinatal',
  'stress',
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export const referralSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be lowercase letters, digits and dashes'),
  name: plain(120),
  credentials: plain(60),
  specialties: z.array(z.enum(SPECIALTIES)).min(1),
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'must be ISO 639-1 codes such as "en"')).min(1),
  telehealth: z.boolean(),
  inPerson: z.boolean().default(true),
  serviceAreas: z
    .array(
      z.object({
        country: countryCode,
        regions: z.array(z.string().regex(/^[A-Z0-9-]{1,10}$/, 'must be region codes such as "NY"')).default([]),
      }),
    )
    .min(1),
  insurance: z.array(plain(80)).default([]),
  slidingScale: z.boolean().default(false),
  acceptingClients: z.boolean(),
  phone: phone.optional(),
  email: address.optional(),
  url: httpsUrl.optional(),
  bio: plain(400).optional(),
});
export type Referral = z.infer<typeof referralSchema>;

export const crisisLineSchema = z.object({
  name: plain(120),
  phone: phone.optional(),
  text: plain(60).optional(),
  url: httpsUrl.optional(),
  /** True for the country's emergency number (911, 999, 000, 111 …). */
  emergency: z.boolean().default(false),
  hours: plain(60).optional(),
});
export type CrisisLine = z.infer<typeof crisisLineSchema>;

export const practiceConfigSchema = z
  .object({
    practice: z.object({
      name: plain(120),
      practitioner: plain(120),
      country: countryCode,
      timezone: z.string().min(1),
      website: httpsUrl,
      privacyUrl: httpsUrl.optional(),
    }),
    email: z.object({
      from: address,
      replyTo: address.optional(),
      notify: z.array(address).min(1),
      notificationDetail: z.enum(['full', 'summary']).default('full'),
    }),
    coaching: z.object({
      bookingUrl: httpsUrl,
      prefill: z.boolean().default(true),
      firstSession: plain(400),
      pricing: plain(400),
    }),
    referrals: z.array(referralSchema).default([]),
    /** How many referrals an email offers. */
    maxReferrals: z.number().int().min(1).max(10).default(3),
    directories: z.array(z.object({ name: plain(120), url: httpsUrl })).default([]),
    crisisLines: z.record(countryCode, z.array(crisisLineSchema).min(1)),
    web: z.object({ allowedOrigins: z.array(z.url()).default([]) }).default({ allowedOrigins: [] }),
    retentionDays: z.number().int().min(1).max(3650).default(365),
    /** Deployment settings read by the CDK app only; every one has a default. */
    deploy: z
      .object({
        /** Where alarms are emailed (an SNS subscription to confirm). */
        alarmEmail: address.optional(),
        /** Route 53 zone of the sender's domain: DKIM records are then created for you. */
        hostedZone: z.object({ id: z.string().regex(/^Z[A-Z0-9]{1,32}$/, 'must be a Route 53 hosted zone id'), name: z.string().min(1) }).optional(),
        throttle: z
          .object({ rateLimit: z.number().positive().max(10_000).default(5), burstLimit: z.number().int().positive().max(5_000).default(10) })
          .default({ rateLimit: 5, burstLimit: 10 }),
        /** Reserved concurrency of the intake function; the other functions take less. */
        reservedConcurrency: z.number().int().min(1).max(1000).default(10),
        logRetentionDays: z
          .union([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653].map((n) => z.literal(n)) as unknown as [z.ZodLiteral<number>, z.ZodLiteral<number>])
          .default(90),
        retryEveryMinutes: z.number().int().min(1).max(60).default(5),
      })
      .default({ throttle: { rateLimit: 5, burstLimit: 10 }, reservedConcurrency: 10, logRetentionDays: 90, retryEveryMinutes: 5 }),
  })
  .superRefine((config, ctx) => {
    for (const [country, lines] of Object.entries(config.crisisLines)) {
      if (!lines.some((line) => line.emergency)) {
        ctx.addIssue({
          code: 'custom',
          path: ['crisisLines', country],
          message: 'must include the country’s emergency number (an entry with "emergency": true)',
        });
      }
    }
    if (!config.crisisLines[config.practice.country]) {
      ctx.addIssue({
        code: 'custom',
        path: ['crisisLines', config.practice.country],
        message: 'must list crisis lines for the practice’s own country',
      });
    }
    const ids = new Set<string>();
    config.referrals.forEach((referral, index) => {
      if (ids.has(referral.id)) {
        ctx.addIssue({ code: 'custom', path: ['referrals', index, 'id'], message: 'must be unique' });
      }
      ids.add(referral.id);
    });
  });

export type PracticeConfig = z.infer<typeof practiceConfigSchema>;

/**
 * Validates a parsed config; the error names the file and each bad field's
 * path (`referrals[2].email: must be an email address`).
 */
export function parsePracticeConfig(raw: unknown, source = 'practice config'): PracticeConfig {
  const result = practiceConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  throw new ConfigError(`${source} is invalid:\n${lines.join('\n')}`, { cause: result.error });
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

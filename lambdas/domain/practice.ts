import * as z from 'zod/mini';
import { ConfigError } from './errors';

/**
 * The practice config contract (ARCHITECTURE.md, "Practice config"). It is
 * validated at `cdk synth` and at `npm start` so that a bad file fails before
 * anyone depends on it; the functions receive it already validated.
 * Written with zod/mini, like the intake schema, to keep the bundles small.
 */

// Text that may reach an email header (the practice name) or a page: no control characters.
const plain = (max: number) =>
  z.string().check(z.minLength(1), z.maxLength(max), z.regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters'));
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
const address = z.email({ error: 'must be an email address' }).check(z.maxLength(254));
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "US"'));
const phone = z.string().check(z.regex(/^[0-9+()\-. ]{2,30}$/, 'must be a phone number (digits, spaces, + ( ) - .)'));
const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1, 'must not be empty'));

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
  id: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'must be lowercase letters, digits and dashes')),
  name: plain(120),
  credentials: plain(60),
  specialties: nonEmpty(z.enum(SPECIALTIES)),
  languages: nonEmpty(z.string().check(z.regex(/^[a-z]{2}$/, 'must be ISO 639-1 codes such as "en"'))),
  telehealth: z.boolean(),
  inPerson: z._default(z.boolean(), true),
  serviceAreas: nonEmpty(
    z.object({
      country: countryCode,
      regions: z._default(z.array(z.string().check(z.regex(/^[A-Z0-9-]{1,10}$/, 'must be region codes such as "NY"'))), []),
    }),
  ),
  insurance: z._default(z.array(plain(80)), []),
  slidingScale: z._default(z.boolean(), false),
  acceptingClients: z.boolean(),
  phone: z.optional(phone),
  email: z.optional(address),
  url: z.optional(httpsUrl),
  bio: z.optional(plain(400)),
});
export type Referral = z.infer<typeof referralSchema>;

export const crisisLineSchema = z.object({
  name: plain(120),
  phone: z.optional(phone),
  text: z.optional(plain(60)),
  url: z.optional(httpsUrl),
  /** True for the country's emergency number (911, 999, 000, 111 …). */
  emergency: z._default(z.boolean(), false),
  hours: z.optional(plain(60)),
});
export type CrisisLine = z.infer<typeof crisisLineSchema>;

const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

const deploySchema = z.object({
  /** Where alarms are emailed (an SNS subscription to confirm). */
  alarmEmail: z.optional(address),
  /** Route 53 zone of the sender's domain: DKIM records are then created for you. */
  hostedZone: z.optional(
    z.object({ id: z.string().check(z.regex(/^Z[A-Z0-9]{1,32}$/, 'must be a Route 53 hosted zone id')), name: z.string().check(z.minLength(1)) }),
  ),
  throttle: z._default(
    z.object({
      rateLimit: z._default(z.number().check(z.positive(), z.maximum(10_000)), 5),
      burstLimit: z._default(z.int().check(z.positive(), z.maximum(5_000)), 10),
    }),
    { rateLimit: 5, burstLimit: 10 },
  ),
  /** Reserved concurrency of the intake function; the other functions take less. */
  reservedConcurrency: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 10),
  logRetentionDays: z._default(
    z.int().check(z.refine((n) => RETENTION_DAYS.includes(n), `must be one of CloudWatch's retention periods: ${RETENTION_DAYS.join(', ')}`)),
    90,
  ),
  retryEveryMinutes: z._default(z.int().check(z.minimum(1), z.maximum(60)), 5),
  /** SSM Parameter Store name of the Turnstile secret (a SecureString), when web.turnstile is set. */
  turnstileSecretParameter: z.optional(z.string().check(z.regex(/^\/[A-Za-z0-9_.\-/]{1,2000}$/, 'must be an SSM parameter name starting with /'))),
});

export const practiceConfigSchema = z
  .object({
    practice: z.object({
      name: plain(120),
      practitioner: plain(120),
      country: countryCode,
      timezone: z.string().check(z.minLength(1)),
      website: httpsUrl,
      privacyUrl: z.optional(httpsUrl),
    }),
    email: z.object({
      from: address,
      replyTo: z.optional(address),
      notify: nonEmpty(address),
      notificationDetail: z._default(z.enum(['full', 'summary']), 'full'),
    }),
    coaching: z.object({
      bookingUrl: httpsUrl,
      prefill: z._default(z.boolean(), true),
      firstSession: plain(400),
      pricing: plain(400),
      /** One gentle reminder this many days after a coaching intake that has not booked. Off when absent. */
      followUpDays: z.optional(z.int().check(z.minimum(1), z.maximum(60))),
    }),
    referrals: z._default(z.array(referralSchema), []),
    /** How many referrals an email offers. */
    maxReferrals: z._default(z.int().check(z.minimum(1), z.maximum(10)), 3),
    directories: z._default(z.array(z.object({ name: plain(120), url: httpsUrl })), []),
    crisisLines: z.record(countryCode, nonEmpty(crisisLineSchema)),
    web: z._default(
      z.object({
        allowedOrigins: z._default(z.array(z.url()), []),
        /** Cloudflare Turnstile: the widget's site key. The secret never goes in this file (SSM, see deploy). */
        turnstile: z.optional(z.object({ siteKey: z.string().check(z.regex(/^[0-9A-Za-z_-]{10,100}$/, 'must be a Turnstile site key')) })),
      }),
      { allowedOrigins: [] },
    ),
    retentionDays: z._default(z.int().check(z.minimum(1), z.maximum(3650)), 365),
    /** Deployment settings read by the CDK app only; every one has a default. */
    deploy: z._default(deploySchema, { throttle: { rateLimit: 5, burstLimit: 10 }, reservedConcurrency: 10, logRetentionDays: 90, retryEveryMinutes: 5 }),
  })
  .check(
    z.superRefine((config, ctx) => {
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
        ctx.addIssue({ code: 'custom', path: ['crisisLines', config.practice.country], message: 'must list crisis lines for the practice’s own country' });
      }
      const ids = new Set<string>();
      config.referrals.forEach((referral, index) => {
        if (ids.has(referral.id)) ctx.addIssue({ code: 'custom', path: ['referrals', index, 'id'], message: 'must be unique' });
        ids.add(referral.id);
      });
    }),
  );

export type PracticeConfig = z.output<typeof practiceConfigSchema>;

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

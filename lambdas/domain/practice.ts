import * as z from 'zod/mini';
import { ConfigError } from './errors';
import { LOCALES, type Locale } from './locales';

/**
 * The practice config contract (docs/contracts.md, "Practice config"). It is
 * validated at `cdk synth` and at `npm start` so that a bad file fails before
 * anyone depends on it; the functions receive it already validated.
 * Written with zod/mini, like the intake schema, to keep the bundles small.
 */

/**
 * The schema, built on first use: the functions receive the config already
 * validated (bundled at synth), so their cold start never pays for building it.
 */
function buildSchema() {
  // Text that may reach an email header (the practice name) or a page: no control characters.
  const plain = (max: number) =>
    z.string().check(z.minLength(1), z.maxLength(max), z.regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters'));
  /** A link we show people: https is expected, but an http one is shown as text rather than refused. */
  const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' });
  const address = z.email({ error: 'must be an email address' }).check(z.maxLength(254));
  const countryCode = z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "US"'));
  // Phone numbers as people write them ("1-800-273-TALK", "988 (press 1)"); links use the digits.
  const phone = plain(60).check(z.regex(/[0-9]/, 'must contain a number'));
  const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1, 'must not be empty'));

  const referralSchema = z.object({
    id: z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be letters, digits, dashes, dots or underscores')),
    name: plain(200),
    credentials: z._default(plain(200), 'Licensed therapist'),
    // Triage's concern tags (anxiety, depression, trauma, grief, addiction, couples, family, eating, ocd,
    // anger, mood, self-harm, abuse, perinatal, psychosis) are what match; any other specialty is kept and shown.
    specialties: z._default(z.array(plain(60).check(z.trim(), z.toLowerCase())), []),
    languages: z._default(
      z.array(z.string().check(z.trim(), z.toLowerCase(), z.regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/, 'must be ISO 639-1 codes such as "en"'))),
      ['en'],
    ),
    telehealth: z._default(z.boolean(), false),
    inPerson: z._default(z.boolean(), true),
    // Missing: the practice's own country, every region (filled in by parsePracticeConfig).
    serviceAreas: z._default(
      z.array(
        z.object({
          country: countryCode,
          regions: z._default(z.array(z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9-]{1,10}$/, 'must be region codes such as "NY"'))), []),
        }),
      ),
      [],
    ),
    insurance: z._default(z.array(plain(200)), []),
    slidingScale: z._default(z.boolean(), false),
    acceptingClients: z._default(z.boolean(), true),
    phone: z.optional(phone),
    email: z.optional(address),
    url: z.optional(webUrl),
    bio: z.optional(plain(1000)),
  });

  const directory = z.object({ name: plain(200), url: webUrl });

  const crisisLineSchema = z.object({
    name: plain(200),
    phone: z.optional(phone),
    text: z.optional(plain(120)),
    url: z.optional(webUrl),
    /** True for the country's emergency number (911, 999, 000, 111 …). */
    emergency: z._default(z.boolean(), false),
    hours: z.optional(plain(120)),
    /** Languages the line answers in (ISO 639-1); a person who reads one of them sees the line first. */
    languages: z.optional(z.array(z.string().check(z.trim(), z.toLowerCase(), z.regex(/^[a-z]{2,3}$/, 'must be ISO 639-1 codes such as "es"')))),
    /** How to reach the line in another language, in that language: { "es": "llame al 988 y marque 2" }. */
    languageHelp: z.optional(z.record(z.string().check(z.regex(/^[a-z]{2,3}$/, 'must be an ISO 639-1 code such as "es"')), plain(300))),
  });

  const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

  const ssmName = z.string().check(z.regex(/^\/[A-Za-z0-9_.\-/]{1,2000}$/, 'must be an SSM parameter name starting with /'));

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
    turnstileSecretParameter: z.optional(ssmName),
    /** SSM SecureString holding the Cal.com webhook secret: POST /webhooks/cal-com verifies with it. */
    calComWebhookSecretParameter: z.optional(ssmName),
    /** SSM SecureString holding the Calendly webhook signing key: POST /webhooks/calendly verifies with it. */
    calendlyWebhookSigningKeyParameter: z.optional(ssmName),
  });

  const practiceConfigSchema = z
    .object({
      practice: z.object({
        name: plain(120),
        practitioner: plain(200),
        /** The language the practitioner reads Signpost's notifications in. */
        language: z._default(z.enum(LOCALES as [Locale, ...Locale[]]), 'en'),
        /** Minutes a crisis intake may wait to be marked contacted before the practitioner is reminded (up to 3 reminders). */
        crisisReminderMinutes: z._default(z.int().check(z.minimum(5), z.maximum(24 * 60)), 120),
        country: countryCode,
        timezone: z.string().check(z.minLength(1)),
        website: webUrl,
        privacyUrl: z.optional(webUrl),
      }),
      email: z.object({
        from: address,
        replyTo: z.optional(address),
        notify: nonEmpty(address),
        notificationDetail: z._default(z.enum(['full', 'summary']), 'full'),
      }),
      coaching: z.object({
        bookingUrl: webUrl,
        prefill: z._default(z.boolean(), true),
        firstSession: z._default(plain(2000), 'A first conversation to get to know each other and see whether coaching fits.'),
        pricing: z._default(plain(2000), 'Coaching is paid privately; we will tell you the fees before the first session.'),
        /** One gentle reminder this many days after a coaching intake that has not booked. Off when absent. */
        followUpDays: z.optional(z.int().check(z.minimum(1), z.maximum(60))),
      }),
      referrals: z._default(z.array(referralSchema), []),
      /** How many referrals an email offers. */
      maxReferrals: z._default(z.int().check(z.minimum(1), z.maximum(10)), 3),
      // A list (the practice's country) or lists by country; countries not named get the built-in ones (next-steps.ts).
      directories: z._default(z.union([z.array(directory), z.record(countryCode, z.array(directory))]), []),
      // Countries without lines, or lists without an emergency number, are completed at run time (next-steps.ts).
      crisisLines: z._default(z.record(countryCode, z.array(crisisLineSchema)), {}),
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
        // Missing emergency numbers or countries are filled in at run time (next-steps.ts), not refused.
        const ids = new Set<string>();
        config.referrals.forEach((referral, index) => {
          if (ids.has(referral.id)) ctx.addIssue({ code: 'custom', path: ['referrals', index, 'id'], message: 'must be unique' });
          ids.add(referral.id);
        });
      }),
    );
  return practiceConfigSchema;
}

let schema: ReturnType<typeof buildSchema> | undefined;

export type PracticeConfig = z.output<ReturnType<typeof buildSchema>>;
export type Referral = PracticeConfig['referrals'][number];
export type CrisisLine = PracticeConfig['crisisLines'][string][number];

/**
 * Validates a parsed config; the error names the file and each bad field's
 * path (`referrals[2].email: must be an email address`).
 */
export function parsePracticeConfig(raw: unknown, source = 'practice config'): PracticeConfig {
  schema ??= buildSchema();
  const result = schema.safeParse(raw);
  if (result.success) {
    const config = result.data;
    for (const referral of config.referrals) {
      if (referral.serviceAreas.length === 0) referral.serviceAreas.push({ country: config.practice.country, regions: [] });
    }
    return config;
  }
  const lines = result.error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  throw new ConfigError(`${source} is invalid:\n${lines.join('\n')}`, { cause: result.error });
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

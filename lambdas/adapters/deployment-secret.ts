/**
 * The per-deployment secret that keys intake ids (so nobody can compute an
 * intake's id, and so open its next-steps page, from an email and a message).
 * Deployed, it is created at deploy in Secrets Manager (never in the
 * template or the bundle) and read through AWS's Parameters and Secrets
 * Lambda extension, which caches it (no SDK client in the intake bundle).
 * Locally and in tests it comes from SIGNING_SECRET; without either, ids are
 * unkeyed hashes, as before.
 */
let cached: { value: Promise<string | undefined>; until: number } | undefined;

/** Read again after five minutes (the extension caches too), so a rotated secret takes over within minutes. */
const CACHE_MS = 5 * 60 * 1000;

export function deploymentSecret(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const now = Date.now();
  if (!cached || now >= cached.until) {
    const value = read(env).catch((error: unknown) => {
      cached = undefined; // try again on the next request
      throw error;
    });
    cached = { value, until: now + CACHE_MS };
  }
  return cached.value;
}

async function read(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.SIGNING_SECRET) return env.SIGNING_SECRET;
  const arn = env.SIGNING_SECRET_ARN;
  if (!arn) return undefined;
  const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT || '2773';
  const response = await fetch(`http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(arn)}`, {
    headers: { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' },
    signal: AbortSignal.timeout(2000),
  });
  if (!response.ok) throw new Error(`signing secret unavailable (HTTP ${response.status})`);
  const body = (await response.json()) as { SecretString?: string };
  if (!body.SecretString) throw new Error('signing secret is empty');
  return body.SecretString;
}

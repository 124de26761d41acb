import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  DependencyUnavailableError,
  HumanCheckFailedError,
  MalformedBodyError,
  PayloadTooLargeError,
  SignpostError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../domain/errors';

/**
 * Reading an HTTP API (payload v2) request and writing its answer. The body
 * limit is 32 KB: five thousand characters of message and goals fit with room
 * to spare, and nothing bigger is read.
 */
export const BODY_LIMIT_BYTES = 32 * 1024;
/** JSON nested deeper than this is refused before it is parsed. */
export const MAX_JSON_DEPTH = 8;

export type Result = APIGatewayProxyStructuredResultV2 & { statusCode: number; headers: Record<string, string> };

export function header(event: APIGatewayProxyEventV2, name: string): string {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === wanted) return value ?? '';
  return '';
}

/** Counts bracket nesting outside strings, so a hostile body never reaches JSON.parse. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

export type BodyKind = 'json' | 'form';

/** Reads the body as a plain object of fields. Throws the 400/413/415 errors. */
export function readBody(event: APIGatewayProxyEventV2): { kind: BodyKind; fields: Record<string, unknown> } {
  const contentType = header(event, 'content-type').split(';')[0]?.trim().toLowerCase() ?? '';
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Math.floor((raw.length * 3) / 4) : Buffer.byteLength(raw, 'utf8');
  if (bytes > BODY_LIMIT_BYTES) throw new PayloadTooLargeError(BODY_LIMIT_BYTES);
  const kind: BodyKind | undefined =
    contentType === 'application/json' || contentType.endsWith('+json') ? 'json' : contentType === 'application/x-www-form-urlencoded' ? 'form' : undefined;
  if (!kind) throw new UnsupportedMediaTypeError();
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text, 'utf8') > BODY_LIMIT_BYTES) throw new PayloadTooLargeError(BODY_LIMIT_BYTES);
  if (kind === 'form') {
    const fields: Record<string, unknown> = Object.create(null);
    for (const [key, value] of new URLSearchParams(text)) if (!(key in fields)) fields[key] = value;
    return { kind, fields };
  }
  if (text.trim() === '') throw new MalformedBodyError('empty body');
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) throw new MalformedBodyError('nested too deeply');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new MalformedBodyError('not valid JSON', { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new MalformedBodyError('must be a JSON object');
  return { kind, fields: parsed as Record<string, unknown> };
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function json(statusCode: number, body: unknown, extra: Record<string, string> = {}): Result {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, ...extra },
    body: JSON.stringify(body),
  };
}

export function html(statusCode: number, body: string, extra: Record<string, string> = {}, cookies?: string[]): Result {
  return {
    statusCode,
    ...(cookies ? { cookies } : {}),
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      ...SECURITY_HEADERS,
      ...extra,
    },
    body,
  };
}

/** Known errors → their 4xx/503 with a body naming the fields; anything else → a 500 that reveals nothing. */
export function errorResult(error: unknown): Result {
  if (error instanceof ValidationError) return json(400, { error: 'validation', fields: error.fields });
  if (error instanceof MalformedBodyError) return json(400, { error: 'malformed', message: `The body could not be read: ${error.reason}.` });
  if (error instanceof PayloadTooLargeError) return json(413, { error: 'too_large', message: `The body must be at most ${error.limitBytes} bytes.` });
  if (error instanceof UnsupportedMediaTypeError)
    return json(415, { error: 'unsupported_media_type', message: 'Send application/json or application/x-www-form-urlencoded.' });
  if (error instanceof DependencyUnavailableError)
    return json(
      503,
      { error: 'unavailable', message: 'We could not take your form just now. Nothing was saved; please try again in a minute.' },
      { 'retry-after': '30' },
    );
  if (error instanceof HumanCheckFailedError)
    return json(403, { error: 'verification', message: 'We could not confirm the form was sent by a person. Please reload the page and try again.' });
  if (error instanceof SignpostError) return json(error.status, { error: error.name.replace(/Error$/, '').toLowerCase(), message: error.message });
  return json(500, { error: 'internal', message: 'Something went wrong on our side. Please try again later.' });
}

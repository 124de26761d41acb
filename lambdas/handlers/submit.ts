import type { PracticeConfig } from '../domain/practice';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ValidationError } from '../domain/errors';
import { localeFor, translator } from '../domain/locales';
import { crisisLinesFor } from '../domain/next-steps';
import { renderFixPage, renderProblemPage } from '../domain/pages';
import { logger } from '../adapters/log';
import { publishMetrics } from '../adapters/metrics';
import { runtime } from '../adapters/runtime';
import { submitIntake } from '../use-cases/submit-intake';
import { errorResult, header, html, json, readBody, type Result } from './http';

/**
 * POST /intake. JSON in, JSON out; a plain HTML form post (urlencoded,
 * Accept: text/html) is redirected (303) to its next-steps page, so a reload
 * asks nothing of this endpoint again.
 */
export async function handler(event: APIGatewayProxyEventV2): Promise<Result> {
  const started = Date.now();
  logger.appendKeys({ requestId: event.requestContext?.requestId });
  let wantsHtml = false;
  let fields: Record<string, unknown> = {};
  try {
    const body = readBody(event);
    fields = body.fields;
    wantsHtml = body.kind === 'form' && header(event, 'accept').includes('text/html');
    const deps = runtime();
    const result = await submitIntake(deps, fields, { sourceIp: event.requestContext?.http?.sourceIp });
    logger.info('intake answered', { status: result.status, route: result.route, ms: Date.now() - started });
    if (wantsHtml) return html(303, '', { location: `${event.rawPath?.replace(/\/$/, '') || '/intake'}/${result.id}` });
    return json(result.status, { id: result.id, route: result.route, urgent: result.urgent, nextSteps: result.nextSteps });
  } catch (error) {
    const answer = errorResult(error);
    const log = answer.statusCode >= 500 ? logger.error.bind(logger) : logger.info.bind(logger);
    log('intake refused', { status: answer.statusCode, code: error instanceof Error ? error.name : 'Unknown', ms: Date.now() - started });
    if (!wantsHtml) return answer;
    let config: PracticeConfig;
    try {
      config = runtime().config;
    } catch {
      return answer; // not even the config loads: the JSON answer is all we can give
    }
    const locale = localeFor({
      locale: typeof fields.locale === 'string' ? fields.locale : undefined,
      language: typeof fields.language === 'string' ? fields.language : undefined,
    });
    const tr = translator(locale);
    if (error instanceof ValidationError) return html(400, renderFixPage(config, Object.keys(error.fields), locale));
    // Someone who answered yes to the safety question sees their crisis lines whatever went wrong.
    const country = typeof fields.country === 'string' && /^[A-Za-z]{2}$/.test(fields.country) ? fields.country.toUpperCase() : config.practice.country;
    const lines = fields.safety === 'yes' ? crisisLinesFor(config, country, locale) : undefined;
    return html(
      answer.statusCode,
      renderProblemPage(config, tr('page.couldNotSend'), tr('page.couldNotSendHow'), lines, locale),
      answer.headers['retry-after'] ? { 'retry-after': answer.headers['retry-after'] } : {},
    );
  } finally {
    logger.removeKeys(['requestId']);
    publishMetrics();
  }
}

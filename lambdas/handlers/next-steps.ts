import type { PracticeConfig } from '../domain/practice';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { NotFoundError } from '../domain/errors';
import { renderNextStepsPage, renderProblemPage } from '../domain/pages';
import { logger } from '../adapters/log';
import { runtime } from '../adapters/runtime';
import { localeOf, nextStepsOf } from '../use-cases/compose-email';
import { localeForPage } from '../domain/locales';
import { stepsTranslator } from '../domain/locales/steps';
import { errorResult, header, html, json, type Result } from './http';

/** How long the next-steps page answers after the intake: 24 hours (the email keeps the next steps). */
export const NEXT_STEPS_PAGE_MS = 24 * 60 * 60 * 1000;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * GET /intake/{id}: the next steps of a stored intake, the page a plain form
 * post is redirected to. The id is a hash of the page's random submission id,
 * so only the person who sent the form has the link.
 */
export async function handler(event: APIGatewayProxyEventV2): Promise<Result> {
  const id = event.pathParameters?.id ?? event.rawPath?.split('/').pop() ?? '';
  const wantsHtml = !header(event, 'accept').includes('application/json');
  try {
    if (!ID.test(id)) throw new NotFoundError();
    const deps = runtime();
    const record = await deps.store.get(id);
    // The page holds a name, an email and a route: it answers only for a day, long enough to read it.
    if (!record || deps.now() - Date.parse(record.createdAt) > NEXT_STEPS_PAGE_MS) throw new NotFoundError();
    const steps = nextStepsOf(deps.config, record);
    if (wantsHtml) return html(200, renderNextStepsPage(deps.config, steps, localeOf(record)));
    return json(200, { id, route: record.route, urgent: record.route === 'crisis', nextSteps: steps });
  } catch (error) {
    const answer = errorResult(error);
    logger.info('next steps refused', { status: answer.statusCode, code: error instanceof Error ? error.name : 'Unknown' });
    if (!wantsHtml) return answer;
    const locale = localeForPage(undefined, header(event, 'accept-language'));
    const tr = stepsTranslator(locale);
    let config: PracticeConfig;
    try {
      config = runtime().config;
    } catch {
      return answer;
    }
    return html(
      answer.statusCode,
      renderProblemPage(config, tr(answer.statusCode === 404 ? 'page.notFound' : 'page.somethingWrong'), tr('page.alsoInEmail'), undefined, locale),
    );
  }
}

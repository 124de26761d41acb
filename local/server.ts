import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { handler as nextStepsHandler } from '../lambdas/handlers/next-steps';
import { handler as practitionerHandler } from '../lambdas/handlers/practitioner';
import { handler as submitHandler } from '../lambdas/handlers/submit';
import { handler as webHandler } from '../lambdas/handlers/web';
import { handler as webhooksHandler } from '../lambdas/handlers/webhooks';
import { BODY_LIMIT_BYTES, type Result } from '../lambdas/handlers/http';
import { toApiGatewayEvent } from './api-gateway-event';

/**
 * The dev server: every route through the exported Lambda handlers, as the
 * deployed HTTP API routes them (nothing is re-implemented here): the form
 * page, its privacy notice and assets, the intake API, the next-steps page,
 * the booking webhooks and the practitioner's action links and inbox.
 */

/** The web function's routes (see lib/constructs/intake-api.ts). */
const WEB_ROUTES = new Set(['/', '/index.html', '/privacy', '/privacy.html', '/form.js', '/form.css']);
const ID_PATH = /^\/intake\/([0-9a-f-]{36})\/?$/;

export interface DevServerOptions {
  allowedOrigins: string[];
}

/** Reads at most limit + 1 bytes: enough for the handler to answer 413, never more. */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).subarray(0, limit + 1)));
    req.on('error', reject);
  });
}

function write(res: ServerResponse, result: Result, extra: Record<string, string> = {}): void {
  const headers: Record<string, string | string[]> = { ...result.headers, ...extra };
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  res.writeHead(result.statusCode, headers);
  res.end(result.body ?? '');
}

export function createDevServer(options: DevServerOptions): Server {
  const cors = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    if (!origin || !options.allowedOrigins.includes(origin)) return {};
    return { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'retry-after', vary: 'Origin' };
  };
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (req.method === 'GET' && WEB_ROUTES.has(path)) {
        return write(res, await webHandler(toApiGatewayEvent(req, Buffer.alloc(0), { routeKey: `GET ${path}` })));
      }
      if (path === '/intake' || path === '/intake/') {
        if (req.method === 'OPTIONS') {
          res.writeHead(204, {
            ...cors(req),
            'access-control-allow-methods': 'POST',
            'access-control-allow-headers': 'content-type',
            'access-control-max-age': '600',
          });
          return res.end();
        }
        if (req.method === 'POST') {
          const body = await readLimited(req, BODY_LIMIT_BYTES);
          const event: APIGatewayProxyEventV2 = toApiGatewayEvent(req, body, { routeKey: 'POST /intake' });
          return write(res, await submitHandler(event), cors(req));
        }
      }
      if (req.method === 'POST' && (path === '/webhooks/cal-com' || path === '/webhooks/calendly')) {
        const body = await readLimited(req, BODY_LIMIT_BYTES);
        return write(res, await webhooksHandler(toApiGatewayEvent(req, body, { routeKey: `POST ${path}` })));
      }
      // The practitioner's action links and inbox (one function, as deployed).
      if ((path.startsWith('/actions/') || path === '/inbox' || path.startsWith('/inbox/')) && (req.method === 'GET' || req.method === 'POST')) {
        const body = req.method === 'POST' ? await readLimited(req, BODY_LIMIT_BYTES) : Buffer.alloc(0);
        return write(res, await practitionerHandler(toApiGatewayEvent(req, body, { routeKey: `${req.method} ${path.split('/').slice(0, 2).join('/')}` })));
      }
      const match = ID_PATH.exec(path);
      if (match && req.method === 'GET') {
        const event = toApiGatewayEvent(req, Buffer.alloc(0), { routeKey: 'GET /intake/{id}', pathParameters: { id: match[1] ?? '' } });
        return write(res, await nextStepsHandler(event), cors(req));
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    }
  });
}

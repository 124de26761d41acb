import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { handler as nextStepsHandler } from '../lambdas/handlers/next-steps';
import { handler as submitHandler } from '../lambdas/handlers/submit';
import { BODY_LIMIT_BYTES, type Result } from '../lambdas/handlers/http';
import { toApiGatewayEvent } from './api-gateway-event';

/**
 * The dev server: the form page and its assets from web/, and the API routes
 * through the exported Lambda handlers (nothing is re-implemented here).
 */

const WEB_DIR = resolve(import.meta.dirname, '..', 'web');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const STATIC = new Set(['form.js', 'form.css', 'privacy.html', 'favicon.svg']);
const ID_PATH = /^\/intake\/([0-9a-f-]{36})\/?$/;

export interface DevServerOptions {
  allowedOrigins: string[];
  webDir?: string;
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
  res.writeHead(result.statusCode, { ...result.headers, ...extra });
  res.end(result.body ?? '');
}

async function serveStatic(res: ServerResponse, webDir: string, name: string): Promise<void> {
  let body = await readFile(join(webDir, name), 'utf8');
  if (name === 'index.html') {
    // Without JavaScript the page still needs an idempotency key: one per page view.
    body = body.replace('<!-- submission-id -->', `<input type="hidden" name="submissionId" value="${randomUUID()}">`);
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
    'cache-control': name === 'index.html' ? 'no-store' : 'max-age=60',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

export function createDevServer(options: DevServerOptions): Server {
  const webDir = options.webDir ?? WEB_DIR;
  const cors = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    if (!origin || !options.allowedOrigins.includes(origin)) return {};
    return { 'access-control-allow-origin': origin, vary: 'Origin' };
  };
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (req.method === 'GET' && (path === '/' || path === '/index.html')) return await serveStatic(res, webDir, 'index.html');
      if (req.method === 'GET' && STATIC.has(path.slice(1))) return await serveStatic(res, webDir, path.slice(1));
      if (path === '/intake' || path === '/intake/') {
        if (req.method === 'OPTIONS') {
          res.writeHead(204, { ...cors(req), 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' });
          return res.end();
        }
        if (req.method === 'POST') {
          const body = await readLimited(req, BODY_LIMIT_BYTES);
          const event: APIGatewayProxyEventV2 = toApiGatewayEvent(req, body, { routeKey: 'POST /intake' });
          return write(res, await submitHandler(event), cors(req));
        }
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

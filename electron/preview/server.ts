import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { CATALOG_VERSION } from '../../shared/catalog/index';
import { contract, type Method } from '../../shared/contract/contract';
import type { Service } from '../core/service/index';
import type { RecoveryInfo } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/results';
import { CONTENT_TYPES, resolveInside } from '../shell/app/protocol';
import { CONTENT_SECURITY_POLICY } from '../shell/app/security';

export interface PreviewOptions {
  service: Service;
  /** The built renderer (dist/renderer). */
  root: string;
  port: number;
  dataDir: string;
  version: string;
  token?: string;
  /** While the database is damaged: what the page's recovery screen shows. */
  recovery?: () => RecoveryInfo | null;
  /** Swaps in a backup; without it the page is told to use the desktop app or the CLI. */
  restore?: (name: string) => Result<{ restored: string }>;
}

export interface Preview {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/** Large enough for a JSON import (about 20 MB), small enough to refuse a flood. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function refuse(res: ServerResponse, status: number, message: string) {
  sendJson(res, status, { ok: false, error: { code: 'forbidden', message } });
}

function sameToken(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Serves the built renderer and the service on 127.0.0.1 only. It protects itself as a local app
 * must: a foreign Host header is refused (DNS rebinding), every API call needs the per-run token that
 * only the served page carries, and no CORS header is ever sent.
 */
export function startPreview(opts: PreviewOptions): Promise<Preview> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  let port = opts.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server: Server = createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 403, 'This server only answers to 127.0.0.1 or localhost.');
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname.startsWith('/api/')) return await api(req, res, url.pathname.slice('/api/'.length));
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain', { Allow: 'GET, HEAD' });
      return await file(res, url.pathname);
    } catch (e) {
      sendJson(res, 500, { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } });
    }
  });

  async function api(req: IncomingMessage, res: ServerResponse, name: string) {
    if (req.method !== 'POST') return send(res, 405, 'Method not allowed', 'text/plain', { Allow: 'POST' });
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) return refuse(res, 403, 'Cross-origin requests are refused.');
    if (!sameToken(req.headers['x-pathwise-token'] as string | undefined, token)) return refuse(res, 401, 'Missing or wrong API token.');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'Send JSON.');
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message: `Request larger than ${MAX_BODY_BYTES} bytes.` } });
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch (e) {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: `Body is not valid JSON (${(e as Error).message}).` } });
    }
    if (name === 'app/info') {
      return sendJson(res, 200, {
        version: opts.version,
        dataDir: opts.dataDir,
        catalogVersion: CATALOG_VERSION,
        shell: 'preview',
        recovery: opts.recovery?.() ?? null,
      });
    }
    if (name === 'app/restore') {
      const backup = (input as { name?: unknown } | null)?.name;
      if (typeof backup !== 'string') return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'name: is required', field: 'name' } });
      if (!opts.restore) return sendJson(res, 200, { ok: false, error: { code: 'unavailable', message: 'This server cannot restore backups.' } });
      return sendJson(res, 200, opts.restore(backup));
    }
    if (!Object.hasOwn(contract, name)) return sendJson(res, 404, { ok: false, error: { code: 'not_found', message: `No API method "${name}".` } });
    return sendJson(res, 200, opts.service.call(name as Method, input));
  }

  async function file(res: ServerResponse, pathname: string) {
    const path = resolveInside(opts.root, pathname);
    if (!path) return send(res, 403, 'Forbidden', 'text/plain');
    let body: Buffer;
    try {
      body = await readFile(path);
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
    const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
    if (extname(path) === '.html') {
      // The token travels only inside the page: another site can neither read this HTML nor guess it.
      const html = body.toString('utf8').replace('</head>', `  <meta name="pathwise-token" content="${token}" />\n  </head>`);
      return send(res, 200, html, type);
    }
    return send(res, 200, body, type, { 'Cache-Control': 'public, max-age=31536000, immutable' });
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : opts.port;
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        token,
        port,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            // Idle keep-alive connections from an open page would otherwise hold the port.
            server.closeAllConnections();
          }),
      });
    });
  });
}

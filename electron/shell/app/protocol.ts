import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Maps `app://pathwise/<path>` to a file inside `root`, or null: another host, an encoded or plain
 * `..`, a backslash, a NUL, or anything that resolves outside `root` is refused.
 */
export function resolveAppFile(requestUrl: string, root: string): string | null {
  let u: URL;
  try {
    u = new URL(requestUrl);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  return resolveInside(root, u.pathname);
}

/** A URL path (still percent-encoded) to a file inside `root`, or null if it could escape it. */
export function resolveInside(root: string, encodedPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(encodedPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const base = resolve(root);
  const file = resolve(base, '.' + path);
  return file.startsWith(base + sep) ? file : null;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** Answers one request for the app's own files, with the CSP on every response. */
export async function serveAppFile(requestUrl: string, root: string): Promise<AppResponse> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  const file = resolveAppFile(requestUrl, root);
  if (!file) return { status: 403, headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'Forbidden' };
  try {
    const body = await readFile(file);
    return { status: 200, headers: { ...headers, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }, body };
  } catch {
    return { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'Not found' };
  }
}

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { startApp, type RunningApp } from './harness';

function send(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser preview protects itself', () => {
  let app: RunningApp;
  let token: string;
  let port: number;
  const json = { 'Content-Type': 'application/json' };

  beforeAll(async () => {
    app = await startApp(tempDir('file'));
    token = app.preview.token;
    port = app.preview.port;
  });
  afterAll(() => app?.stop());

  it('listens on 127.0.0.1 and puts the token only in the served page', async () => {
    expect(app.preview.url).toBe(`http://127.0.0.1:${port}/`);
    const page = await send(port, '/', { headers: { Host: `127.0.0.1:${port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="pathwise-token" content="${token}"`);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    const js = await send(port, '/assets/', { headers: { Host: `localhost:${port}` } });
    expect(js.body).not.toContain(token);
  });

  it('refuses API calls without the token or with a wrong one, and changes nothing', async () => {
    const body = JSON.stringify({ title: 'x', url: 'https://x.example', hours: 1 });
    for (const headers of [{ ...json }, { ...json, 'X-Pathwise-Token': 'wrong' }, { ...json, 'X-Pathwise-Token': token.slice(1) }]) {
      const r = await send(port, '/api/addCustomResource', { method: 'POST', headers: { Host: `127.0.0.1:${port}`, ...headers }, body });
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(app.db.prepare('SELECT COUNT(*) FROM resources WHERE custom = 1').pluck().get()).toBe(0);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1.evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `localhost.:${port}`,
      `[::1]:${port}`,
    ]) {
      const r = await send(port, '/api/listGoals', { method: 'POST', headers: { ...json, Host: host, 'X-Pathwise-Token': token }, body: '{}' });
      expect(r.status, host).toBe(403);
      expect((await send(port, '/', { headers: { Host: host } })).status, host).toBe(403);
    }
  });

  it('refuses cross-origin calls and answers no CORS preflight', async () => {
    const r = await send(port, '/api/listGoals', {
      method: 'POST',
      headers: { ...json, Host: `127.0.0.1:${port}`, Origin: 'https://evil.example', 'X-Pathwise-Token': token },
      body: '{}',
    });
    expect(r.status).toBe(403);
    const pre = await send(port, '/api/listGoals', { method: 'OPTIONS', headers: { Host: `127.0.0.1:${port}`, Origin: 'https://evil.example' } });
    expect(pre.status).toBe(405);
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a good call, and bad input as data', async () => {
    const h = { ...json, Host: `localhost:${port}`, 'X-Pathwise-Token': token, Origin: `http://localhost:${port}` };
    expect(JSON.parse((await send(port, '/api/listGoals', { method: 'POST', headers: h, body: '{}' })).body)).toEqual({ ok: true, value: [] });
    expect(JSON.parse((await send(port, '/api/getGoal', { method: 'POST', headers: h, body: '{"goalId":"1"}' })).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect((await send(port, '/api/getGoal', { method: 'POST', headers: h, body: '{bad' })).status).toBe(400);
    expect((await send(port, '/api/__proto__', { method: 'POST', headers: h, body: '{}' })).status).toBe(404);
    expect((await send(port, '/api/listGoals', { method: 'POST', headers: { ...h, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
  });

  it('never serves files outside the built renderer', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json']) {
      const r = await send(port, path, { headers: { Host: `127.0.0.1:${port}` } });
      expect([403, 404], path).toContain(r.status);
      expect(r.body).not.toContain('"name": "pathwise"');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isTrustedSenderUrl, secureWebPreferences } from '../../electron/shell/app/security';

describe('web preferences', () => {
  it('isolate the renderer: context isolation, sandbox, no Node, web security on', () => {
    const p = secureWebPreferences('/x/preload.cjs');
    expect(p).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [k, ...v] = d.trim().split(/\s+/);
      return [k!, v];
    }),
  );
  it('allows nothing by default and scripts only from the app', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
  it('never reaches the network: no scheme or host sources and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval|wss?:/);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
  it('is the same policy the page declares in its meta tag', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
    // frame-ancestors is ignored in a meta tag, so the page leaves it to the response header.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});

describe('IPC sender check', () => {
  it.each([
    ['app://pathwise/index.html', true],
    ['app://pathwise/', true],
    ['app://evil/index.html', false],
    ['file:///index.html', false],
    ['https://pathwise/', false],
    ['http://127.0.0.1:5199/', false],
    ['', false],
    [undefined, false],
    ['not a url', false],
  ])('%s → %s', (url, trusted) => expect(isTrustedSenderUrl(url)).toBe(trusted));
});

describe('openExternal allowlist', () => {
  const hostile = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'javascript://https://example.com/%0Aalert(1)',
    'file:///etc/passwd',
    'FILE:///C:/Windows/system32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.com',
    'HTTP://example.com',
    'ftp://example.com/file',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=calc',
    'chrome://settings',
    'about:blank',
    'app://pathwise/index.html',
    'https://user:pass@example.com/',
    'https://user@example.com/',
    'https://127.0.0.1/',
    'https://localhost/',
    'https://169.254.169.254/latest/meta-data',
    'https://example.com:8443/',
    'https://example.com /path',
    'https://exa mple.com/',
    ' https://example.com/',
    'https://example.com/\n',
    'https://example.com\\@evil.com',
    'https:example.com',
    'https:/example.com',
    'https://',
    'https://.com',
    'https://example..com',
    'https://printer.local/',
    'https://0x7f.0x0.0x0.0x1/',
    'https://[::1]/',
    '',
    'https://' + 'a'.repeat(2100) + '.com',
  ];
  const valid = [
    'https://www.tensorflow.org/tutorials',
    'https://docs.pytorch.org/tutorials/beginner/basics/intro.html',
    'https://www.coursera.org/specializations/deep-learning',
    'https://huggingface.co/learn/llm-course',
    'https://keras.io/getting_started?ref=pathwise#install',
  ];
  it(`refuses ${hostile.length} hostile URLs`, () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
    const wrong = hostile.filter((u) => isAllowedExternalUrl(u));
    expect(wrong).toEqual([]);
  });
  it('opens plain https links to named hosts', () => {
    expect(valid.filter((u) => !isAllowedExternalUrl(u))).toEqual([]);
  });
  it('refuses anything that is not a string', () => {
    for (const v of [null, undefined, 42, {}, ['https://example.com']]) expect(isAllowedExternalUrl(v)).toBe(false);
  });
});

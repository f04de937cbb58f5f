import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profile, tempDir } from './helpers';

const BIN = join(import.meta.dirname, '..', 'electron', 'cli', 'bin.mjs');

function cli(dataDir: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, PATHWISE_DATA_DIR: dataDir, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pathwise CLI, end to end in a child process', () => {
  it('recommends, creates a goal, shows the plan, tracks progress and adds resources', () => {
    const dir = tempDir();
    const file = join(dir, 'profile.json');
    writeFileSync(file, JSON.stringify(profile({ purpose: 'research', domains: ['nlp'], pythonLevel: 'fluent', targetDate: '2027-12-31' })));

    const rec = cli(dir, ['recommend', '--profile', file]);
    expect(rec.code).toBe(0);
    expect(JSON.parse(rec.stdout)).toMatchObject({ framework: 'pytorch' });

    const created = cli(
      dir,
      ['goal', 'create', '--profile', '-', '--title', 'LLM research'],
      JSON.stringify(profile({ purpose: 'research', domains: ['nlp'] })),
    );
    expect(created.code, created.stderr).toBe(0);
    const goal = JSON.parse(created.stdout);
    expect(goal).toMatchObject({ id: 1, title: 'LLM research', framework: 'pytorch' });

    const list = cli(dir, ['goal', 'list']);
    expect(list.stdout).toMatch(/ID\s+TITLE\s+FRAMEWORK/);
    expect(list.stdout).toMatch(/1\s+LLM research\s+PyTorch/);
    expect(JSON.parse(cli(dir, ['goal', 'list', '--json']).stdout)).toHaveLength(1);

    const shown = JSON.parse(cli(dir, ['plan', 'show', '1', '--json']).stdout);
    expect(Object.keys(shown)).toEqual(['goal', 'items', 'finishDate', 'paceFinishDate']);
    expect(Object.keys(shown.items[0])).toEqual([
      'id',
      'resourceId',
      'title',
      'kind',
      'framework',
      'hours',
      'status',
      'startWeek',
      'endWeek',
      'prerequisites',
      'reason',
      'partOf',
    ]);
    for (const it of shown.items) expect(it.reason, it.resourceId).toMatch(/\w/);
    const at = new Map<string, number>(shown.items.map((i: { resourceId: string }, n: number) => [i.resourceId, n]));
    for (const [n, it] of shown.items.entries()) for (const p of it.prerequisites) expect(at.get(p)).toBeLessThan(n);
    expect(cli(dir, ['plan', 'show', '1']).stdout).toMatch(/Hugging Face LLM Course/);

    const basics = shown.items.find((i: { resourceId: string }) => i.resourceId === 'pytorch-learn-basics');
    expect(cli(dir, ['item', 'log', String(basics.id), '--minutes', '90', '--note', 'tensors']).code).toBe(0);
    expect(cli(dir, ['item', 'status', String(basics.id), 'done']).code).toBe(0);
    const progress = JSON.parse(cli(dir, ['progress', '1', '--json']).stdout);
    expect(progress).toMatchObject({ hoursDone: basics.hours, hoursLogged: 1.5, streakDays: 1, targetDate: null, onTrack: null });
    for (const key of ['percentDone', 'hoursDone', 'hoursPlanned', 'streakDays', 'projectedFinish', 'targetDate', 'onTrack'])
      expect(progress).toHaveProperty(key);
    expect(cli(dir, ['progress', '1']).stdout).toMatch(/Done: \d+(\.\d)?% \(4 of/);

    const res = cli(dir, [
      'resource',
      'add',
      '--title',
      'Attention paper club',
      '--url',
      'https://example.com/club',
      '--hours',
      '6',
      '--framework',
      'pytorch',
      '--prereq',
      'pytorch-learn-basics',
      '--topic',
      'nlp-transformers',
    ]);
    expect(res.code, res.stderr).toBe(0);
    const added = JSON.parse(res.stdout);
    expect(added).toMatchObject({ id: 'custom-attention-paper-club', custom: true, prerequisites: ['pytorch-learn-basics'], topics: ['nlp-transformers'] });
    const plan = cli(dir, ['plan', 'add', '1', added.id]);
    expect(JSON.parse(plan.stdout).added).toEqual([added.id]);
  });

  it('exits 2 with one line naming the problem for every kind of bad input, and never prints a stack', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"purpose": "production",');
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...profile(), hoursPerWeek: 100 }));
    const cases: [string[], RegExp, string?][] = [
      [['goal', 'create', '--profile', bad], /profile: .*bad\.json is not valid JSON/],
      [['goal', 'create', '--profile', wrong], /profile\.hoursPerWeek: must be at most 60/],
      [['goal', 'create', '--profile', join(dir, 'missing.json')], /cannot read .*missing\.json \(no such file\)/],
      [['goal', 'create'], /--profile FILE is required/],
      [['recommend', '--profile', '-'], /standard input is not valid JSON/, 'nope'],
      [['plan', 'show', '42'], /goalId: no goal with id 42/],
      [['plan', 'show', 'abc'], /GOAL must be a positive whole number, got "abc"/],
      [['plan', 'add', '1', 'torchserve'], /no goal with id 1|discontinued/],
      [['item', 'status', '7', 'finished'], /status/],
      [['item', 'log', '7', '--minutes', 'ten'], /--minutes must be a number, got "ten"/],
      [['resource', 'add', '--title', 'x', '--url', 'ftp://x', '--hours', '1'], /url: must be an http\(s\) URL/],
      [
        ['resource', 'add', '--title', 'x', '--url', 'https://example.com/x', '--hours', '1', '--topic', 'knitting'],
        /topics\.0: must be a topic id such as "cnns"/,
      ],
      [['goal', 'list', '--bogus'], /Unknown option '--bogus'/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['plan', 'show'], /missing GOAL/],
    ];
    for (const [args, message, input] of cases) {
      const r = cli(dir, args, input ?? '');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/\s+at .*\.(ts|js|mjs):\d+/);
    }
  });

  it('exits 1, untouched, on a database from a newer version', async () => {
    const dir = tempDir();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(dir, 'pathwise.db'));
    db.pragma('user_version = 999');
    db.close();
    const r = cli(dir, ['goal', 'list']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/newer Pathwise .* left untouched/);
  });

  it('honours --data-dir over PATHWISE_DATA_DIR', () => {
    const a = tempDir();
    const b = tempDir();
    const made = cli(a, ['goal', 'create', '--profile', '-', '--data-dir', b], JSON.stringify(profile()));
    expect(made.code).toBe(0);
    expect(JSON.parse(cli(b, ['goal', 'list', '--json']).stdout)).toHaveLength(1);
    expect(JSON.parse(cli(a, ['goal', 'list', '--json']).stdout)).toHaveLength(0);
  });

  it('prints help with every command', () => {
    const r = cli(tempDir(), ['--help']);
    expect(r.code).toBe(0);
    for (const c of ['recommend', 'goal create', 'goal list', 'plan show', 'plan add', 'item status', 'item log', 'progress', 'resource add'])
      expect(r.stdout).toContain(c);
  });
});

describe('pathwise CLI: export, import and backups', () => {
  it('exports to stdout or atomically to a file, imports it back, and keeps verified backups', () => {
    const dir = tempDir();
    expect(cli(dir, ['goal', 'create', '--profile', '-'], JSON.stringify(profile())).code).toBe(0);
    const md = cli(dir, ['export', '1', '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# PyTorch for vision/);
    const out = join(dir, 'goal.json');
    const written = cli(dir, ['export', '1', '--format', 'json', '--out', out]);
    expect(written.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/"format": "pathwise-goal"/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const imported = cli(dir, ['import', out]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ id: 2, title: 'PyTorch for vision' });

    const made = cli(dir, ['backup', 'create']);
    expect(made.code).toBe(0);
    const list = JSON.parse(cli(dir, ['backup', 'list', '--json']).stdout) as { name: string; reason: string }[];
    expect(list.map((b) => b.reason).sort()).toEqual(['import', 'manual']);
    expect(cli(dir, ['backup', 'list']).stdout).toMatch(/NAME\s+CREATED\s+REASON/);

    const importBackup = list.find((b) => b.reason === 'import')!.name;
    const restored = cli(dir, ['backup', 'restore', importBackup]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse(cli(dir, ['goal', 'list', '--json']).stdout)).toHaveLength(1);
  });

  it('refuses bad export and import requests in one line', () => {
    const dir = tempDir();
    cli(dir, ['goal', 'create', '--profile', '-'], JSON.stringify(profile()));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"pathwise-goal","version":9}');
    const cases: [string[], RegExp][] = [
      [['export', '1'], /--format is required/],
      [['export', '1', '--format', 'docx'], /format/],
      [['export', '7', '--format', 'md'], /no goal with id 7/],
      [['import', join(dir, 'missing.json')], /cannot read .*missing\.json/],
      [['import', bad], /newer Pathwise/],
      [['backup', 'restore', '../../etc/passwd'], /not a Pathwise backup name/],
    ];
    for (const [args, message] of cases) {
      const r = cli(dir, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });
});

import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service/index';
import { createBackup, listBackups } from '../../electron/core/store/backup';
import { openDatabase } from '../../electron/core/store/open';
import { ok, profile, snapshot, tempDir } from '../helpers';
import { report } from './scale';

/** A valid goal file with one custom resource, exported by the app itself, as the base to spoil. */
function setup() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'pathwise.db'), { backupDir: dir });
  const service = createService(db, undefined, { dataDir: dir });
  const custom = ok(service.call('addCustomResource', { title: 'My notes', url: 'https://example.com/notes', hours: 2, prerequisites: ['keras-guides'] }));
  const goal = ok(service.call('createGoal', { profile: profile(), title: 'Source' })).goal.id;
  ok(service.call('addToPlan', { goalId: goal, resourceId: custom.id }));
  const item = ok(service.call('getPlan', { goalId: goal })).items[0]!.id;
  ok(service.call('logTime', { itemId: item, minutes: 30 }));
  const file = JSON.parse(ok(service.call('exportGoal', { goalId: goal, format: 'json' })).content);
  return { dir, db, service, file };
}

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Each spoiled file, and the record and field the refusal must name. */
const HOSTILE: { name: string; spoil(d: Doc): void; field: RegExp }[] = [
  { name: 'control characters in the goal title', spoil: (d) => (d.goal.title = 'Plan\u0007bell'), field: /^goal\.title: must not contain control characters/ },
  {
    name: 'ANSI escape in the goal title',
    spoil: (d) => (d.goal.title = '\u001b[2J\u001b[31mred'),
    field: /^goal\.title: must not contain control characters/,
  },
  {
    name: 'ANSI escape in a custom resource title',
    spoil: (d) => (d.customResources[0].title = 'x\u001b]8;;https://evil\u0007y'),
    field: /^customResources\.0\.title: must not contain control characters/,
  },
  { name: 'blank goal title', spoil: (d) => (d.goal.title = '   '), field: /^goal\.title: must not be empty/ },
  {
    name: 'duplicate custom-resource ids',
    spoil: (d) => d.customResources.push({ ...d.customResources[0], title: 'Twin' }),
    field: /^customResources\.1\.id: "[a-z0-9-]+" is already used by customResources\.0/,
  },
  {
    name: 'a prerequisite cycle',
    spoil: (d) => {
      const a = d.customResources[0];
      d.customResources.push({ ...a, id: 'cycle-b', title: 'B', prerequisites: [a.id] });
      a.prerequisites = ['cycle-b'];
    },
    field: /^customResources\.\d\.prerequisites: ".+" is its own prerequisite through a cycle/,
  },
  {
    name: 'endWeek before startWeek',
    spoil: (d) => ((d.items[0].startWeek = 5), (d.items[0].endWeek = 2)),
    field: /^items\.0\.endWeek: week 2 is before startWeek 5/,
  },
  {
    name: 'time logged in 2999',
    spoil: (d) => ((d.log[0].day = '2999-01-01'), (d.log[0].at = '2999-01-01T10:00:00.000Z')),
    field: /^log\.\d+\.day: 2999-01-01 is in the future/,
  },
];

describe('hostile imports: refused like the forms refuse them, naming record and field; nothing written, no backup made', () => {
  for (const h of HOSTILE) {
    it(h.name, () => {
      const { dir, db, service, file } = setup();
      h.spoil(file);
      const before = snapshot(db);
      const r = service.call('importGoal', { content: JSON.stringify(file) });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.message).toMatch(h.field);
      expect(r.error.message).not.toMatch(/[\u0000-\u001f]/);
      expect(snapshot(db)).toEqual(before);
      expect(listBackups(dir)).toEqual([]);
    });
  }

  it('a UTF-8 byte-order mark is accepted', () => {
    const { service, file } = setup();
    const r = service.call('importGoal', { content: '\uFEFF' + JSON.stringify(file) });
    expect(r.ok && r.value.goal.title).toBe('Source');
  });

  it("eleven refused files neither make backups nor push the learner's manual backup out", () => {
    const { dir, db, service, file } = setup();
    const manual = createBackup(db, dir, 'manual').name;
    file.goal.title = '';
    for (let i = 0; i < 11; i++) expect(service.call('importGoal', { content: JSON.stringify(file) }).ok).toBe(false);
    expect(listBackups(dir).map((b) => b.name)).toEqual([manual]);
  });

  it('parse errors quote no file bytes: /etc/passwd through a symlink prints no part of it', () => {
    const { dir, service } = setup();
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n\u001b[31mdaemon:x:1:1\n');
    const link = join(dir, 'goal.json');
    symlinkSync(secret, link);
    const r = service.call('importGoal', { content: 'root:x:0:0:root:/root:/bin/bash\n' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('The file is not valid JSON (an unexpected character; a Pathwise goal file is JSON from its first byte).');
    const cli = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'electron', 'cli', 'bin.mjs'), 'import', link, '--data-dir', dir], {
      encoding: 'utf8',
    });
    expect(cli.status).toBe(2);
    expect(cli.stderr).not.toMatch(/root|daemon|\u001b/);
    expect(cli.stderr).toMatch(/^pathwise: The file is not valid JSON/);
    const format = service.call('importGoal', { content: JSON.stringify({ format: 'root:x:0:0:root:/root:/bin/bash/and/a/long/tail\u001b[31m' }) });
    expect(!format.ok && format.error.message).toBe('The file is not a Pathwise goal file (format is "root:x:0:0:root:/root:/bin/bash/and/a/l…").');
    report('hostile imports', { cases: HOSTILE.length + 3, refusedNamingField: HOSTILE.length, backupsFromRefusedFiles: 0 });
  });
});

import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(__dirname, '..') });

/** The restricted-import messages ESLint gives `code` if it were the file at `path`. */
async function walls(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, '..', path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the walls the linter holds', () => {
  it('the renderer may not import main-process code, Electron, SQLite or Node', async () => {
    expect(
      await walls('renderer/src/screens/X.tsx', "import { createService } from '../../../electron/core/service/index';\nexport const x = createService;\n"),
    ).toEqual([expect.stringMatching(/renderer may not import main-process code/)]);
    expect(await walls('renderer/src/lib/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toHaveLength(1);
    expect(await walls('renderer/src/lib/x.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n")).toHaveLength(1);
    expect(await walls('renderer/src/lib/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
  });

  it('shared/ may not import Node built-ins, Electron or main-process code', async () => {
    expect(await walls('shared/planner/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([
      expect.stringMatching(/no Node built-ins/),
    ]);
    expect(await walls('shared/planner/x.ts', "import { join } from 'path';\nexport const x = join;\n")).toHaveLength(1);
    expect(await walls('shared/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await walls('shared/x.ts', "import { storeFor } from '../electron/core/store/index';\nexport const x = storeFor;\n")).toHaveLength(1);
  });

  it('the Electron-free core may not import Electron or the shell', async () => {
    expect(await walls('electron/core/service/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await walls('electron/cli/x.ts', "import { harden } from '../shell/app/harden';\nexport const x = harden;\n")).toHaveLength(1);
  });

  it('allowed imports pass, so the walls are not simply shut', async () => {
    expect(await walls('renderer/src/lib/x.ts', "import { FRAMEWORK_LABEL } from '../../../shared/constants';\nexport const x = FRAMEWORK_LABEL;\n")).toEqual(
      [],
    );
    expect(await walls('electron/core/service/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([]);
    expect(await walls('electron/shell/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
  });
});

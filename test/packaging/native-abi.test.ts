import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { assertModuleVersion, moduleVersionOf } from '../../scripts/abi.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const nodeBuilt = join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const electronAbi = readFileSync(join(ROOT, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();

describe('native module ABI check', () => {
  it('reads the ABI a binary was built for from its registration symbol', () => {
    expect(moduleVersionOf(nodeBuilt)).toBe(Number(process.versions.modules));
  });

  it('stops a build that would ship a Node-built module inside Electron', () => {
    expect(Number(electronAbi)).not.toBe(Number(process.versions.modules));
    expect(() => assertModuleVersion(nodeBuilt, electronAbi, 'Electron 45')).toThrow(
      new RegExp(`built for NODE_MODULE_VERSION ${process.versions.modules}, but Electron 45 needs ${electronAbi}`),
    );
    expect(() => assertModuleVersion(nodeBuilt, process.versions.modules, 'Node')).not.toThrow();
  });
});

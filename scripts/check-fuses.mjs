// Reads the fuses back from a packaged Electron binary and checks them against package.json's
// electronFuses. Usage: node scripts/check-fuses.mjs path/to/Pathwise[.exe|.app] [--e2e]
import { FuseV1Options, FuseState, getCurrentFuseWire } from '@electron/fuses';
import { readFileSync } from 'node:fs';

const KEYS = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

export function expectedFuses(e2e = false) {
  const fuses = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).build.electronFuses;
  // The end-to-end build keeps the --inspect arguments, which Playwright's Electron driver uses.
  return e2e ? { ...fuses, enableNodeCliInspectArguments: true } : fuses;
}

export async function checkFuses(binary, e2e = false) {
  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.entries(expectedFuses(e2e)).filter(([key, want]) => {
    const state = wire[KEYS[key]];
    // Embedded asar integrity is only honoured on macOS and Windows; elsewhere the bit is informative.
    return state !== (want ? FuseState.ENABLE : FuseState.DISABLE);
  });
  if (wrong.length) throw new Error(`fuses differ from package.json in ${binary}: ${wrong.map(([k, v]) => `${k} should be ${v ? 'on' : 'off'}`).join(', ')}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [binary, flag] = process.argv.slice(2);
  if (!binary) {
    console.error('usage: node scripts/check-fuses.mjs path/to/binary [--e2e]');
    process.exit(2);
  }
  try {
    await checkFuses(binary, flag === '--e2e');
    console.log(`fuses of ${binary} match package.json`);
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    process.exit(1);
  }
}

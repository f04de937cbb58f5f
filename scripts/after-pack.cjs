// electron-builder afterPack hook: put a better-sqlite3 built for Electron's ABI into the package and
// prove it, so a module built for Node can never ship (it would crash with NODE_MODULE_VERSION).
const { copyFileSync, existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

function findUnpacked(appOutDir) {
  // Linux and Windows keep resources beside the binary; macOS inside the .app bundle.
  const candidates = [join(appOutDir, 'resources')];
  for (const entry of readdirSync(appOutDir)) if (entry.endsWith('.app')) candidates.push(join(appOutDir, entry, 'Contents', 'Resources'));
  for (const dir of candidates) {
    const file = join(dir, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    if (existsSync(file)) return file;
  }
  throw new Error(`afterPack: better_sqlite3.node is not unpacked beside app.asar in ${appOutDir}`);
}

exports.default = async function afterPack(context) {
  const shipped = findUnpacked(context.appOutDir);
  const { assertModuleVersion } = await import('./abi.mjs');
  const { electronTarget, ensureElectronBinding } = await import('./electron-binding.mjs');
  const { abi, version } = electronTarget();
  if (process.env.PATHWISE_LAYOUT_ONLY === '1') {
    // A layout check with a stand-in Electron (tests): it is never shipped, and says so.
    console.log(`  • afterPack: layout-only build; ${shipped} is NOT rebuilt for Electron and must not ship`);
    return;
  }
  if (context.arch !== undefined && context.electronPlatformName !== process.platform) {
    throw new Error(`afterPack: build ${context.electronPlatformName} installers on ${context.electronPlatformName}; the native module is built for the host`);
  }
  copyFileSync(ensureElectronBinding(), shipped);
  assertModuleVersion(shipped, abi, `Electron ${version}`);
  console.log(`  • afterPack: better_sqlite3.node built for Electron ${version} (NODE_MODULE_VERSION ${abi}), ${statSync(shipped).size} bytes`);
};

// Logs time in a loop and prints each entry's number only after its commit returned: an acknowledged write.
import { createService } from '../../../electron/core/service/index';
import { openDataFolder } from '../../../electron/core/store/folder';

const [dataDir, itemId, from] = process.argv.slice(2);
const folder = openDataFolder(dataDir!, 'cli');
const service = createService(folder.db);
for (let n = Number(from); ; n++) {
  const r = service.call('logTime', { itemId: Number(itemId), minutes: 1, note: `w${n}` });
  if (!r.ok) {
    process.stderr.write(`write ${n} failed: ${r.error.code} ${r.error.message}\n`);
    process.exit(3);
  }
  process.stdout.write(`${n}\n`);
}

// Restores one backup, announcing the moment it starts, for the SIGKILL loop to interrupt.
import { restoreBackup } from '../../../electron/core/store/restore';

const [dataDir, name] = process.argv.slice(2);
process.stdout.write('ready\n');
restoreBackup(dataDir!, name!);
process.stdout.write('done\n');

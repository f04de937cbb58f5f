// Reads which Node ABI a native module was built for, from the registration symbol in its binary:
// `node_register_module_v<N>`, where N is process.versions.modules of the runtime it targets.
import { readFileSync } from 'node:fs';

export function moduleVersionOf(file) {
  const text = readFileSync(file).toString('latin1');
  const match = /node_register_module_v(\d+)/.exec(text);
  return match ? Number(match[1]) : null;
}

/** Throws a loud, specific error unless `file` was built for `expected`. */
export function assertModuleVersion(file, expected, runtime) {
  const found = moduleVersionOf(file);
  if (found !== Number(expected)) {
    throw new Error(
      `${file} was built for NODE_MODULE_VERSION ${found ?? 'unknown'}, but ${runtime} needs ${expected}. ` +
        'It would crash at start-up with a NODE_MODULE_VERSION mismatch, so the build stops here.',
    );
  }
}

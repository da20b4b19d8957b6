import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stagedGate } from './gate.js';

/** `npm run build:gate`: writes the hook's gate, dist/staged.sh (hooks/gate.ts), executable. */
const out = path.join(process.env.OUT_DIR || 'dist', 'staged.sh');
writeFileSync(out, stagedGate(), { mode: 0o755 });
chmodSync(out, 0o755);

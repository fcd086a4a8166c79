/**
 * The node flags `npm start` gives the service (package.json's start script), so benches and scripts that
 * start it in a process of their own run it exactly as production does, from one place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const m = /node ((?:--\S+ )*)dist\/server\/server\.js/.exec(pkg.scripts.start);
  if (!m) throw new Error('package.json start script does not run node … dist/server/server.js');
  return m[1]!.trim().split(/\s+/).filter(Boolean);
}

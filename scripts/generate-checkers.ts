/**
 * Regenerates knowledge/schema/checkers.generated.ts after a schema change:
 * `npm run knowledge:checkers`. The unit tests fail while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkerModuleSource, GENERATED_FILE } from '../knowledge/schema/aot';

const file = path.join(__dirname, '..', GENERATED_FILE);
writeFileSync(file, checkerModuleSource());
console.log(`wrote ${GENERATED_FILE}`);

/**
 * A trained model saved in the data directory: read back if it is there and parses, written through a
 * temp file renamed into place, so a crash mid-write leaves no half file behind. The intent model and
 * the emergency net both keep theirs this way.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The saved model, or null when there is none or it cannot be read back — a corrupt file (disk full, a
 * manual edit) must not stop the service: the caller retrains over it. Other read errors are thrown.
 */
export async function readSavedModel<T>(
  file: string,
  what: string,
  parse: (json: string) => T,
  log: (msg: string) => void,
): Promise<T | null> {
  let json: string;
  try {
    json = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    return parse(json);
  } catch (err) {
    log(`${what} ${file} unreadable (${(err as Error).message}); retraining`);
    return null;
  }
}

export async function writeAtomically(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.writeFile(tmp, content, 'utf8');
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

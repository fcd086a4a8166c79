/**
 * Prisma's unique-constraint violation, whichever driver adapter raised it, from a model query
 * (P2002), a raw statement (P2010 carrying the driver's UniqueConstraintViolation), or the driver
 * itself (SQLSTATE 23505).
 */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, meta } = err as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (code === 'P2002' || code === '23505') return true; // 23505: straight from the driver
  return code === 'P2010' && meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}

/** Prisma's "no record matched" of an update or delete (also a conditional one whose condition failed). */
export function isRecordNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2025';
}

/**
 * Prisma's unique-constraint violation, whichever driver adapter raised it, from a model query
 * (P2002) or a raw statement (P2010 carrying the driver's UniqueConstraintViolation, SQLSTATE 23505).
 */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, meta } = err as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (code === 'P2002') return true;
  return code === 'P2010' && meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}

/**
 * An account's scope (core/staff.ts) as the WHERE clause of a ticket query, in Prisma's form and in
 * raw SQL for the queries Prisma cannot express (sorting by priority, counting per day). The two are
 * kept side by side so they cannot drift; every staff query goes through one of them.
 */
import { Prisma } from './generated/client';
import type { TicketScope } from '../core/staff';

/** Conditions on a row's place (community, street, district): the same for a ticket and a key person. */
export interface PlaceWhere {
  communityId?: { in: string[] };
  district?: string;
  street?: string;
  id?: { in: string[] };
}

/** The scope as conditions on a row's place, for any table that stores community, street and district. */
export function placeWhere(scope: TicketScope): PlaceWhere {
  switch (scope.kind) {
    case 'all':
      return {};
    case 'communities':
      return { communityId: { in: scope.communityIds } };
    case 'street':
      return { district: scope.district, street: scope.street };
    case 'district':
      return { district: scope.district };
    case 'none':
      return { id: { in: [] } };
  }
}

export function scopeWhere(scope: TicketScope): Prisma.TicketWhereInput {
  return placeWhere(scope);
}

/** The same, for a query whose Ticket table is aliased `t`. */
export function scopeSql(scope: TicketScope): Prisma.Sql {
  switch (scope.kind) {
    case 'all':
      return Prisma.sql`TRUE`;
    case 'communities':
      return scope.communityIds.length
        ? Prisma.sql`t."communityId" IN (${Prisma.join(scope.communityIds)})`
        : Prisma.sql`FALSE`;
    case 'street':
      return Prisma.sql`(t."district" = ${scope.district} AND t."street" = ${scope.street})`;
    case 'district':
      return Prisma.sql`t."district" = ${scope.district}`;
    case 'none':
      return Prisma.sql`FALSE`;
  }
}

/**
 * Staff accounts and what each may see (CONTRACT.md "Staff accounts"): a commissioner works the
 * tickets of the communities named, a lead those of a street or a whole district, an admin everything.
 * The scope is data here; db/ turns it into the WHERE clause of every staff query.
 */

export const STAFF_ROLES = ['commissioner', 'lead', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/** An account as the dashboard sees it: never its password hash. */
export interface StaffAccount {
  id: string;
  username: string | null;
  name: string;
  phone: string | null;
  role: StaffRole;
  /** A lead's street (with its district), or null for a district lead. */
  street: string | null;
  district: string | null;
  /** A commissioner's community ids. */
  communities: string[];
  active: boolean;
}

export type TicketScope =
  | { kind: 'all' }
  | { kind: 'communities'; communityIds: string[] }
  | { kind: 'street'; district: string; street: string }
  | { kind: 'district'; district: string }
  /** An account that may see nothing (a commissioner of no community, an inactive account). */
  | { kind: 'none' };

export function scopeOf(account: StaffAccount): TicketScope {
  if (!account.active) return { kind: 'none' };
  if (account.role === 'admin') return { kind: 'all' };
  if (account.role === 'lead') {
    if (!account.district) return { kind: 'none' };
    return account.street
      ? { kind: 'street', district: account.district, street: account.street }
      : { kind: 'district', district: account.district };
  }
  return account.communities.length ? { kind: 'communities', communityIds: account.communities } : { kind: 'none' };
}

/** Where a ticket sits: its community queue, or its district's own queue (community null). */
export interface TicketPlace {
  communityId: string | null;
  street: string | null;
  district: string;
}

/** The same rule as the database's WHERE clause, for checks on places rather than rows (reassigning). */
export function scopeCovers(scope: TicketScope, place: TicketPlace): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'communities':
      return place.communityId !== null && scope.communityIds.includes(place.communityId);
    case 'street':
      return place.district === scope.district && place.street === scope.street;
    case 'district':
      return place.district === scope.district;
    case 'none':
      return false;
  }
}

/** Whether the whole district's figures (every contact of the hotline, not only tickets) are the account's. */
export function seesWholeDistrict(scope: TicketScope): boolean {
  return scope.kind === 'all' || scope.kind === 'district';
}

import type { PrismaClient } from './generated/client';
import type { NewStaffMember, StaffContact, StaffDirectory } from '../conversation/tickets.port';

/** Staff who are texted about tickets: a community's commissioners, a street's and a district's leads. */
export class PrismaStaffDirectory implements StaffDirectory {
  constructor(private readonly prisma: PrismaClient) {}

  async add(m: NewStaffMember): Promise<StaffContact> {
    const row = await this.prisma.staffMember.create({
      data: {
        name: m.name,
        phone: m.phone,
        role: m.role,
        street: m.street,
        district: m.district,
        communities: { create: (m.communities ?? []).map((communityId) => ({ communityId })) },
      },
    });
    return contact(row);
  }

  async commissionersOf(communityId: string): Promise<StaffContact[]> {
    const rows = await this.prisma.staffMember.findMany({
      where: { active: true, role: 'commissioner', communities: { some: { communityId } } },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(contact);
  }

  async streetLeads(district: string, street: string): Promise<StaffContact[]> {
    const rows = await this.prisma.staffMember.findMany({
      where: { active: true, role: 'lead', district, street },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(contact);
  }

  async districtLeads(district: string): Promise<StaffContact[]> {
    const rows = await this.prisma.staffMember.findMany({
      where: { active: true, role: 'lead', district, street: null },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(contact);
  }
}

function contact(row: { id: string; name: string; phone: string | null }): StaffContact {
  return { id: row.id, name: row.name, phone: row.phone };
}

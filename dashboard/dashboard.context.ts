import type { Clock } from '../core/clock';
import type { ServiceCatalog } from '../knowledge/services/catalog';
import type { AccountAdmin, StaffAuth } from '../domains/staff';
import type { StaffDesk } from '../domains/staff';
import type { KeyPeopleDesk } from '../domains/key-people';

export interface DashboardSettings {
  sessionMaxHours: number;
  loginWindowMinutes: number;
}

/** What the dashboard's routes get: the services (once started) and their settings. */
export interface DashboardContext {
  services: () => { auth: StaffAuth; desk: StaffDesk; admin: AccountAdmin; clock: Clock; keyPeople: KeyPeopleDesk };
  catalog: ServiceCatalog;
  settings: DashboardSettings;
}

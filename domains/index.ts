/**
 * The handler table: every domain module exports `createHandlers(deps) → handlers`, and this is the
 * one place they are put together. A new domain is a folder here plus one line below.
 */
import type { HandlerTable } from '../core/types';
import * as clinics from './clinics';
import * as hotline from './hotline';
import * as isolation from './isolation';
import * as keyPeople from './key-people';
import * as medication from './medication';
import * as symptoms from './symptoms';
import * as tickets from './tickets';

export interface DomainDeps {
  emergencyNumber: string;
  operatorNumber?: string;
  /** Community service tickets: the desk and the communities directory. */
  tickets: tickets.TicketService;
  communities: tickets.CommunityDirectory;
  /** ISOLATION_RULES: the rule set isolation release dates follow where the directory names none. */
  isolationRuleSetId: string;
  clinics: clinics.ClinicDirectory;
  /** Key people's check-ins: their answers come back to it. */
  checkIns?: keyPeople.CheckInService;
}

export function createDomainHandlers(deps: DomainDeps): HandlerTable {
  return {
    ...hotline.createHandlers(deps),
    ...medication.createHandlers(),
    ...isolation.createHandlers({ ruleSetId: deps.isolationRuleSetId, communities: deps.communities }),
    ...symptoms.createHandlers(),
    ...clinics.createHandlers({ clinics: deps.clinics }),
    // After hotline: with no operator, "a person" is a call-back ticket.
    ...tickets.createHandlers(deps),
    ...keyPeople.createHandlers(deps),
  };
}

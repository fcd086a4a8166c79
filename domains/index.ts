/**
 * The handler table: every domain module exports `createHandlers(deps) → handlers`, and this is the
 * one place they are put together. A new domain is a folder here plus one line below.
 */
import type { Bilingual, HandlerTable } from '../core/types';
import * as clinics from './clinics';
import * as hotline from './hotline';
import * as isolation from './isolation';
import * as medication from './medication';
import * as symptoms from './symptoms';

export interface DomainDeps {
  emergencyNumber: string;
  operatorNumber?: string;
  /** The community service desk, as people should hear it. */
  serviceDesk: Bilingual;
  /** ISOLATION_RULES: the rule set isolation release dates follow. */
  isolationRuleSetId: string;
  clinics: clinics.ClinicDirectory;
}

export function createDomainHandlers(deps: DomainDeps): HandlerTable {
  return {
    ...hotline.createHandlers(deps),
    ...medication.createHandlers(),
    ...isolation.createHandlers({ ruleSetId: deps.isolationRuleSetId }),
    ...symptoms.createHandlers(),
    ...clinics.createHandlers({ clinics: deps.clinics }),
  };
}

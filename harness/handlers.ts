/** The domain handlers that answer from clinical knowledge, as the service builds them, for tests. */
import type { HandlerTable } from '../core/types';
import type { ClinicDirectory } from '../domains/clinics';
import * as clinics from '../domains/clinics';
import * as isolation from '../domains/isolation';
import * as medication from '../domains/medication';
import * as symptoms from '../domains/symptoms';

export function knowledgeHandlers(deps: { isolationRuleSetId: string; clinics: ClinicDirectory }): HandlerTable {
  return {
    ...medication.createHandlers(),
    ...isolation.createHandlers({ ruleSetId: deps.isolationRuleSetId }),
    ...symptoms.createHandlers(),
    ...clinics.createHandlers({ clinics: deps.clinics }),
  };
}

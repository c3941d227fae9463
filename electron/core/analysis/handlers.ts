import type { analysisMethods } from '../contract/analysis';
import type { complaintsMethods } from '../contract/complaints';
import { policySettings, resetFlag, setExtraHolidays, updateFlag } from '../policy/settings';
import type { DomainHandlers } from '../services';
import { complaintsHistory } from './complaints-service';
import { caseFlags, dashboard, pairing } from './flags-service';

export const analysisHandlers: DomainHandlers<typeof analysisMethods> = ({ db, writer }) => ({
  'flags.forCase': (input) => caseFlags(writer(), input),
  'flags.dashboard': (input) => dashboard(writer(), input),
  'pairing.get': (input) => pairing(writer(), input),
  'policy.get': () => policySettings(db()),
  'policy.updateFlag': (input) => updateFlag(writer(), input),
  'policy.resetFlag': (input) => resetFlag(writer(), input.id),
  'policy.setExtraHolidays': (input) => setExtraHolidays(writer(), input),
});

export const complaintsHandlers: DomainHandlers<typeof complaintsMethods> = ({ writer }) => ({
  'complaints.history': (input) => complaintsHistory(writer(), input),
});

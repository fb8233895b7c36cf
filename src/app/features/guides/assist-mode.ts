import { startVisit, useVisit } from "../../lib/assist-visit";

/**
 * Whether a team member is helping a resident right now: guides then open in the one-step-per-screen
 * walk-through. It is the assist visit (lib/assist-visit.ts), not a phone-wide switch, so it
 * ends with "Kết thúc, trả máy" and never outlives the visit.
 */
export function useAssistMode() {
  const visit = useVisit();
  return { on: visit !== null, start: () => startVisit() };
}

// "Save briefing as PDF": Electron's printToPDF through the preload when
// present; in browser mode the browser's own print dialog (Save as PDF).
import { getBridge } from '../api/client';

export async function saveBriefing(suggestedName: string): Promise<string | null> {
  const native = window.planner?.native ?? getBridge().native;
  if (native) return native.printToPdf(suggestedName);
  window.print();
  return null;
}

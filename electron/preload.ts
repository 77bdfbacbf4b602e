// The one object the renderer sees: named functions over IPC, never ipcRenderer
// itself. Built as CommonJS because a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiEvents, NativeBridge, PlannerBridge } from './api/contract';

const native: NativeBridge = {
  openFileDialog: (kind) => ipcRenderer.invoke('planner:dialog', kind === 'plan' ? 'open-plan' : 'open-import'),
  saveFileDialog: (kind, suggestedName) => ipcRenderer.invoke('planner:dialog', kind === 'plan' ? 'save-plan' : 'save-export', suggestedName),
  printToPdf: (suggestedName) => ipcRenderer.invoke('planner:printToPdf', suggestedName),
  onMenu: (listener) => {
    const wrapped = (_e: unknown, command: string) => listener(command);
    ipcRenderer.on('planner:menu', wrapped);
    return () => ipcRenderer.removeListener('planner:menu', wrapped);
  },
};

const planner = {
  call: (name, args) => ipcRenderer.invoke('planner:call', name, args),
  on: (event, listener) => {
    const wrapped = (_e: unknown, name: keyof ApiEvents, payload: unknown) => {
      // Main sends only ApiEvents payloads on this channel (see backend.emit).
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on('planner:event', wrapped);
    return () => ipcRenderer.removeListener('planner:event', wrapped);
  },
  native,
} satisfies PlannerBridge;

contextBridge.exposeInMainWorld('planner', planner);

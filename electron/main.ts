// The Electron shell: a window, a locked session, native menus and dialogs,
// and one IPC gate into the same handlers the browser mode and CLI use.
// Everything it calls is testable without Electron; this file only wires.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, utilityProcess, type IpcMainInvokeEvent } from 'electron';
import { dispatch } from './api/gate';
import { Backend } from './backend';
import { hardenContents, hardenSession, isTrustedSender } from './main/harden';
import { APP_ORIGIN, APP_SCHEME, resolveAppFile, windowOptions } from './main/window-options';
import { ABOUT_TEXT, MENU_LABELS, menuTemplate, type MenuCommand } from './main/menu-template';
import { openSamplePlan } from './services/sample';
import { setParserLauncher } from './services/import/launcher';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

const backend = new Backend({ mode: 'electron', userDataDir: app.getPath('userData') });
const rendererDir = path.join(__dirname, '../renderer');
let mainWindow: BrowserWindow | null = null;

// Parsing runs in a utility process so a hostile file can kill only the parser.
// electron-vite builds the worker as its own entry beside main (out/main/parse-worker.cjs).
setParserLauncher((_sourcePath, args, execArgv) =>
  utilityProcess.fork(path.join(__dirname, 'parse-worker.cjs'), args, { execArgv, stdio: 'pipe', serviceName: 'Inventory parser' }),
);

function lockSession(): void {
  hardenSession(session.defaultSession); // policies in main/harden.ts, unit-tested with fakes
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppFile(request.url, rendererDir, path.sep, path.resolve);
    if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
    return net.fetch(`file://${file}`);
  });
}

app.on('web-contents-created', (_event, contents) => hardenContents(contents));

function trustedSender(event: IpcMainInvokeEvent): boolean {
  return isTrustedSender(event.senderFrame, mainWindow?.webContents.mainFrame);
}

function registerIpc(): void {
  ipcMain.handle('planner:call', async (event, name: unknown, args: unknown) => {
    if (!trustedSender(event)) return { ok: false, error: { code: 'FORBIDDEN', message: 'Call refused: unknown sender.' } };
    const result = await dispatch(backend, name, args);
    // Opening or creating a plan changes File › Open recent.
    if (result.ok && typeof name === 'string' && name.startsWith('plan:')) buildMenu();
    return result;
  });
  ipcMain.handle('planner:dialog', async (event, kind: unknown, suggested: unknown) => {
    if (!trustedSender(event) || !mainWindow) return null;
    const name = typeof suggested === 'string' ? path.basename(suggested) : 'plan';
    switch (kind) {
      case 'open-plan': {
        const r = await dialog.showOpenDialog(mainWindow, { properties: ['openFile'], filters: [{ name: 'Plan', extensions: ['sqlite', 'db'] }] });
        return r.canceled ? null : r.filePaths[0];
      }
      case 'open-import': {
        const r = await dialog.showOpenDialog(mainWindow, {
          properties: ['openFile'],
          filters: [{ name: 'Inventories', extensions: ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'tsv', 'txt', 'xml'] }],
        });
        return r.canceled ? null : r.filePaths[0];
      }
      case 'save-export':
      case 'save-plan': {
        const r = await dialog.showSaveDialog(mainWindow, { defaultPath: name });
        return r.canceled ? null : (r.filePath ?? null);
      }
      default:
        return null;
    }
  });
  ipcMain.handle('planner:printToPdf', async (event, suggested: unknown) => {
    if (!trustedSender(event) || !mainWindow) return null;
    const r = await dialog.showSaveDialog(mainWindow, { defaultPath: typeof suggested === 'string' ? path.basename(suggested) : 'briefing.pdf' });
    if (r.canceled || !r.filePath) return null;
    const pdf = await mainWindow.webContents.printToPDF({ printBackground: true, landscape: true, pageSize: 'Letter' });
    fs.writeFileSync(r.filePath, pdf);
    return r.filePath;
  });
  backend.onEvent((event, payload) => mainWindow?.webContents.send('planner:event', event, payload));
}

function buildMenu(): void {
  const lang = app.getLocale().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const send = (command: MenuCommand) => {
    if (command === 'about') void showAbout(lang);
    else mainWindow?.webContents.send('planner:menu', command);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(MENU_LABELS[lang], backend.recentPlans(), send, process.platform === 'darwin')));
}

async function showAbout(lang: 'en' | 'fr'): Promise<void> {
  if (!mainWindow) return;
  const text = ABOUT_TEXT[lang];
  await dialog.showMessageBox(mainWindow, { type: 'info', title: text.title, message: `${text.title} ${app.getVersion()}`, detail: text.detail, buttons: ['OK'] });
}

async function createWindow(): Promise<void> {
  const options = windowOptions(path.join(__dirname, '../preload/index.cjs'));
  // windowOptions() already sets these (tests/electron/window-options.test.ts); they are restated
  // as literals here so static checkers (Electronegativity in CI) see them at the constructor.
  // Auxclick is off so a middle-click cannot even ask for a new window (the open handler denies it anyway).
  mainWindow = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.whenReady().then(async () => {
  lockSession();
  registerIpc();
  // A new user sees a real plan at once: open the last plan, else the sample.
  const recent = backend.recentPlans()[0];
  try {
    if (recent) backend.open(recent);
    else openSamplePlan(backend);
  } catch {
    openSamplePlan(backend);
  }
  buildMenu();
  await createWindow();
});

app.on('window-all-closed', () => {
  backend.close();
  if (process.platform !== 'darwin') app.quit();
});
app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) void createWindow();
});

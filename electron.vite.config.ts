// electron-vite: main, preload and renderer in one place. Main and preload are
// CommonJS (a sandboxed preload cannot be an ES module); better-sqlite3 stays
// outside the bundle as a native module.
import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main.ts'),
          // The spreadsheet parser runs in its own (utility) process, started by main; the
          // import worker thread checks and writes what it read, so main never stalls on it.
          'parse-worker': resolve(__dirname, 'electron/services/import/parse-worker.ts'),
          'import-thread-worker': resolve(__dirname, 'electron/services/import/import-thread-worker.ts'),
          // Plan regeneration, import undo and policy switches (plan-tasks.ts) off main.
          'plan-task-worker': resolve(__dirname, 'electron/services/plan-task-worker.ts'),
          // Builds and writes report workbooks off main (5 s of CPU at 100,000 devices).
          'export-thread-worker': resolve(__dirname, 'electron/services/export/export-thread-worker.ts'),
          // Copies the WAL into the plan file off main (main's connection never checkpoints on commit).
          'checkpoint-worker': resolve(__dirname, 'electron/services/checkpoint-worker.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});

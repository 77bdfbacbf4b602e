// The renderer's build, shared by the browser mode (vite build) and electron-vite.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

export const rendererConfig: UserConfig = {
  root: resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    // No inline scripts or styles as data: URLs: the CSP forbids them.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
  },
};

export default rendererConfig;

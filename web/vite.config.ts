import { defineConfig } from 'vite';

// The console is built into the web module's classes, under gridcharge-console/, which the api module serves at /
// (issue 8). No React plugin: esbuild compiles TSX with the automatic runtime, and the build stays small.
export default defineConfig({
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'target/classes/gridcharge-console',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // ECharts is big and only the dashboard and the transaction page need it: its own chunk keeps the
        // first paint (login, lists) small.
        manualChunks: { echarts: ['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'] },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    restoreMocks: true,
  },
} as never);

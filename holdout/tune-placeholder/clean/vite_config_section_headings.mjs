import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // --- plugins ---
  plugins: [vue()],

  // --- dev server ---
  server: {
    port: 5174,
    strictPort: true,
  },

  // --- build options ---
  build: {
    target: 'es2020',
    sourcemap: true,
    rollupOptions: {
      output: { manualChunks: { vendor: ['vue', 'vue-router', 'pinia'] } },
    },
  },
});

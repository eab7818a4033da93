import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The NestJS API listens on :3000; in development Vite proxies the API paths to it so the
// dashboard can call `/graphql` same-origin, exactly as in production.
const api = 'http://localhost:3000';
const proxy = { '/graphql': api, '/health': api };

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});

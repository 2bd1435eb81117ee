import { defineConfig } from 'vite';

// The build lands in the jar's META-INF/resources, which the gateway serves at "/" beside the API.
export default defineConfig({
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    // The gateway's CSP allows no inline script or style: every asset is a file of its own.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 400,
  },
});

// @ts-check
import { defineConfig } from 'astro/config';

// Static output: one build serves every stage; runtime settings come from /config.json.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
  vite: { build: { target: 'es2022', assetsInlineLimit: 0 } },
});

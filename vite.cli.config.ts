/**
 * Build of the Node side: the `bounce-explain` CLI (dist/cli/bounce-explain.mjs, with a
 * shebang and the executable bit) and the engine as a plain ES module for scripts
 * (dist/lib/index.mjs). The CLI imports the engine from dist/lib, so there is one copy.
 * Run with `vite build --config vite.cli.config.ts`. It never empties dist/ (the app is
 * built into dist/app).
 */
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const CLI_CHUNK = 'cli/bounce-explain';
const OUT_DIR = 'dist';

/** Make the CLI executable once written. */
function executableCli(): Plugin {
  return {
    name: 'bounce-explain:chmod',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry && file.name === CLI_CHUNK) {
          chmodSync(resolve(options.dir ?? OUT_DIR, file.fileName), 0o755);
        }
      }
    },
  };
}

export default defineConfig({
  // Nothing from public/ belongs next to the CLI.
  publicDir: false,
  plugins: [executableCli()],
  build: {
    ssr: true,
    target: 'node20',
    outDir: OUT_DIR,
    emptyOutDir: false,
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      input: {
        [CLI_CHUNK]: 'src/cli/bounce-explain.ts',
        'lib/index': 'src/lib/core/index.ts',
      },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        chunkFileNames: 'lib/[name].mjs',
        banner: (chunk) => (chunk.isEntry && chunk.name === CLI_CHUNK ? '#!/usr/bin/env node' : ''),
      },
    },
  },
  ssr: {
    target: 'node',
    noExternal: true,
  },
});

import { defineConfig } from 'tsup';

// One entry per capability so a bundle that only normalises pulls in only normalisation.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'normalize/index': 'src/normalize/index.ts',
      'tokenize/index': 'src/tokenize/index.ts',
      'segment/index': 'src/segment/index.ts',
      'entities/index': 'src/entities/index.ts',
      'summarize/index': 'src/summarize/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);

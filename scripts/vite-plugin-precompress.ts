import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files worth compressing. Source maps are left as they are: only developer tools ask. */
const compressible = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;

/**
 * Files an operator edits after the build (config.json points a build at a backend): a
 * precompressed copy would go on being served after the edit, so none is made.
 */
const editedAfterBuild = new Set(['config.json']);

/** Smaller files gain too little to be worth a second request path. */
const minBytes = 1024;

/** The files of a built app that get a precompressed copy, as paths inside the build. */
export function precompressedFiles(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(outDir)
    .map((path) => relative(outDir, path))
    .filter((path) => compressible.test(path) && !editedAfterBuild.has(path))
    .filter((path) => statSync(join(outDir, path)).size >= minBytes);
}

/** Writes the brotli (.br) and gzip (.gz) copies of one file, at the highest quality. */
export function compressFile(file: string): void {
  const bytes = readFileSync(file);
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
}

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside each text file of the build, once, at build
 * time and at the highest quality, so that a server (the reference server's `--static`, or any
 * that serves precompressed files) sends compressed bytes without compressing on every request.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // Only the app is served; the renderer built for Node (see vite-plugin-first-view.ts) is not.
    applyToEnvironment: (environment) => environment.name === 'client',
    // After every file is written, public/ included, so that each one is found on disk.
    closeBundle() {
      for (const path of precompressedFiles(outDir)) compressFile(join(outDir, path));
    },
  };
}

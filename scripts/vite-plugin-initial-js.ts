import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface ChunkInfo {
  code: string;
  imports: string[];
  /** The entry, or a chunk loaded at start-up beside it (ECharts, see src/app/main.tsx). */
  isEntry: boolean;
}

/**
 * The entry chunks, the ECharts chunk and everything they import statically: what the browser
 * loads at start-up (as scripts/initial-javascript.ts counts it).
 */
export function initialChunks(bundle: Record<string, ChunkInfo>): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!chunk || seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const [fileName, chunk] of Object.entries(bundle)) if (chunk.isEntry) visit(fileName);
  return [...seen].sort();
}

/** Prints the initial JavaScript (entry plus static imports), raw and gzip, after each build. */
export function reportInitialJavaScript(): Plugin {
  return {
    name: 'report-initial-javascript',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      const chunks: Record<string, ChunkInfo> = {};
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') {
          chunks[fileName] = {
            code: output.code,
            imports: output.imports,
            isEntry: output.isEntry || output.name === 'echarts',
          };
        }
      }
      const files = initialChunks(chunks);
      let raw = 0;
      let gzip = 0;
      for (const fileName of files) {
        const code = chunks[fileName]?.code ?? '';
        raw += Buffer.byteLength(code);
        gzip += gzipSync(code, { level: 9 }).length;
      }
      const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
      this.info(
        `initial JavaScript: ${kB(raw)} raw, ${kB(gzip)} gzip, in ${files.length} file(s): ${files.join(', ')}`,
      );
    },
  };
}

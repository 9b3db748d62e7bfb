import type { Plugin } from 'vite';
import { bootScript } from '../server/boot-script.ts';

/**
 * Inlines the page's head script (src/boot/first-view.js) as the first element of the head, so
 * that it runs before the style sheet is applied and before anything is painted. It is inlined
 * byte for byte: the CSP allows it by the hash of exactly this text (server/boot-script.ts).
 */
export function bootScriptInHead(): Plugin {
  return {
    name: 'boot-script-in-head',
    transformIndexHtml: () => [{ tag: 'script', children: bootScript, injectTo: 'head-prepend' }],
  };
}

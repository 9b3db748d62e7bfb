import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'rolldown/utils';
import { describe, expect, it } from 'vitest';
import { en } from './messages-en';
import { zhCN } from './messages-zh-cn';

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogues', () => {
  it('have the same keys in English and Chinese, none empty', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries({ ...en, ...zhCN }).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('fill in the same values in both languages', () => {
    const differing = Object.keys(en).filter(
      (key) =>
        placeholders(en[key as keyof typeof en]).join() !==
        placeholders(zhCN[key as keyof typeof en]).join(),
    );
    expect(differing).toEqual([]);
  });
});

function tsxFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') && !path.endsWith('.test.tsx') ? [path] : [];
  });
}

const humanText = /[A-Za-z\u4e00-\u9fff]/;
const textAttributes = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label', 'message']);

/** Words written straight into components: JSX text, and text attributes given as literals. */
function stringsIn(expression: unknown): string[] {
  const node = expression as {
    type?: string;
    value?: unknown;
    quasis?: { value: { cooked: string } }[];
    consequent?: unknown;
    alternate?: unknown;
    right?: unknown;
  } | null;
  if (node?.type === 'Literal' && typeof node.value === 'string') return [node.value];
  if (node?.type === 'TemplateLiteral')
    return (node.quasis ?? []).map((quasi) => quasi.value.cooked);
  if (node?.type === 'ConditionalExpression')
    return [...stringsIn(node.consequent), ...stringsIn(node.alternate)];
  if (node?.type === 'LogicalExpression') return stringsIn(node.right);
  return [];
}

/**
 * Words written straight into components: JSX text, string expressions among a tag's children
 * ({'Hello'}, {ok ? 'Yes' : 'No'}), and text attributes (aria-label, title, ...) given literally.
 * Other attributes (className, href, keys) are code, not words for a reader.
 */
function hardCodedStrings(path: string, source = readFileSync(path, 'utf8')): string[] {
  const found: string[] = [];
  const report = (kind: string, text: string) => {
    if (humanText.test(text)) found.push(`${path}: ${kind} "${text.trim()}"`);
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown> & { type?: string };
    if (record.type === 'JSXText') report('text', String(record.value));
    if (record.type === 'JSXAttribute') {
      const name = (record.name as { name?: string }).name ?? '';
      const value = record.value as { type?: string; value?: unknown; expression?: unknown } | null;
      if (textAttributes.has(name)) {
        const texts =
          value?.type === 'Literal' ? [String(value.value)] : stringsIn(value?.expression);
        for (const text of texts) report(name, text);
      }
      return;
    }
    if (record.type === 'JSXExpressionContainer') {
      for (const text of stringsIn(record.expression)) report('expression', text);
    }
    for (const child of Object.values(record)) visit(child);
  };
  visit(parseSync(path, source, { lang: 'tsx' }).program);
  return found;
}

describe('components', () => {
  it('take every word they show from the catalogues', () => {
    const files = tsxFiles('src');
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => hardCodedStrings(file))).toEqual([]);
  });

  it('would notice a word written into a component', () => {
    const source = `export const X = () => <p aria-label="Close" className="x">Hello {name} · 2012</p>;`;
    expect(hardCodedStrings('x.tsx', source)).toEqual([
      'x.tsx: aria-label "Close"',
      'x.tsx: text "Hello"',
    ]);
  });
});

/**
 * JSON to put inside a `<script type="application/json">` element. JSON.stringify alone is not
 * enough: a string holding "</script>" would end the element early, and "<!--" would change how
 * the HTML parser reads the rest. Escaping every <, > and & (and the two line separators that old
 * JavaScript parsers took for line ends) as \u sequences leaves JSON.parse's result unchanged.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

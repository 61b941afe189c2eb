/**
 * Escaping for the derived report formats. Much of a report is what the target said — its name, the
 * answers a check quotes, the evidence, findings on its records — so every string goes through the
 * escape of the format it lands in; only the writers' own markup stays markup.
 */

/** Characters XML 1.0 forbids (C0 controls but tab, newline and return; lone surrogates; U+FFFE/U+FFFF); HTML shows them as noise. */
const NOT_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value in HTML or XML. */
export const escapeMarkup = (s: string): string => s.replace(NOT_XML_CHARS, "").replace(/[<>&"']/g, (c) => ENTITIES[c]!);

/**
 * Text inside a Markdown table cell or line: no HTML (entities for < > &), no Markdown markup (a
 * backslash before every punctuation mark that could open some), and no line break or pipe that would
 * end the cell.
 */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(NOT_XML_CHARS, "")
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[\\`*_[\]{}()#+!|~]/g, "\\$&")
    .replace(/[<>&]/g, (c) => ENTITIES[c]!);

/** A line for a terminal: no control characters (escape sequences could rewrite what the screen shows). */
export const terminalText = (s: string): string => s.replace(/[\u0000-\u001F\u007F-\u009F]+/g, " ");

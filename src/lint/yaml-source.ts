/** A YAML spec file read for linting: its data, and the line of any path inside it (yaml's CST positions). */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

export type YamlPath = Array<string | number>;

export class YamlSource {
  readonly doc: Document;
  readonly data: any;
  /** The first syntax error, if the file does not parse. */
  readonly error?: { message: string; line: number };
  private readonly lines = new LineCounter();

  constructor(
    /** Path relative to the folder that holds specs/ (e.g. specs/norms/access/auth.yaml). */
    readonly file: string,
    readonly text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false });
    const e = this.doc.errors[0];
    if (e) this.error = { message: e.message.split("\n")[0]!, line: this.lines.linePos(e.pos[0]).line };
    this.data = e ? undefined : this.doc.toJS();
  }

  /**
   * The 1-based line of the node at `path` (map keys and sequence indexes); when the path does not go
   * all the way (a missing key), the line of the deepest node that exists.
   */
  line(path: YamlPath): number {
    let node: unknown = this.doc.contents;
    let at = 0;
    for (const seg of path) {
      // A map entry is found at its key (a block value starts on the next line), a list item at the item.
      let next: Node | undefined;
      let pos: number | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
        next = (pair?.value ?? undefined) as Node | undefined;
        pos = (pair?.key as Node | undefined)?.range?.[0];
      } else if (isSeq(node) && typeof seg === "number") {
        next = node.items[seg] as Node | undefined;
        pos = next?.range?.[0];
      }
      if (pos === undefined) break;
      at = pos;
      if (!next?.range) break;
      node = next;
    }
    if (node === this.doc.contents) at = (node as Node | null)?.range?.[0] ?? 0;
    return this.lines.linePos(at).line;
  }
}

/** Parses YAML text once per distinct content (lint tests lint many copies of one bundle). */
const cache = new Map<string, YamlSource>();

export function yamlSource(file: string, text: string): YamlSource {
  const key = `${file}\0${text}`;
  let s = cache.get(key);
  if (!s) {
    s = new YamlSource(file, text);
    if (cache.size > 400) cache.clear();
    cache.set(key, s);
  }
  return s;
}

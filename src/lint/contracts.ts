/**
 * The data contracts (specs/reporting/contracts/*.ts) read for linting with TypeScript's parser alone
 * (no type checking, no program): interfaces, their JSDoc tags, `extends`, and each property's tags,
 * optionality and line. The `typescript` package is loaded on first use.
 */
import type * as TS from "typescript";

export interface ContractProperty {
  name: string;
  optional: boolean;
  line: number;
  tags: Record<string, string>;
}

export interface ContractInterface {
  name: string;
  file: string;
  line: number;
  tags: Record<string, string>;
  extends: string[];
  properties: ContractProperty[];
}

export interface ContractFile {
  file: string;
  interfaces: ContractInterface[];
  /** Syntax errors, with their lines. */
  errors: Array<{ line: number; message: string }>;
}

let ts: typeof TS | undefined;

async function typescript(): Promise<typeof TS> {
  ts ??= ((await import("typescript")) as unknown as { default: typeof TS }).default;
  return ts;
}

function tagsOf(t: typeof TS, node: TS.Node): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of t.getJSDocTags(node)) {
    const text = typeof tag.comment === "string" ? tag.comment : (t.getTextOfJSDocComment(tag.comment) ?? "");
    out[tag.tagName.text] = text.trim();
  }
  return out;
}

const cache = new Map<string, ContractFile>();

/** Parses one contract file (cached by content). */
export async function parseContract(file: string, text: string): Promise<ContractFile> {
  const key = `${file}\0${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const t = await typescript();
  const sf = t.createSourceFile(file, text, t.ScriptTarget.Latest, true, t.ScriptKind.TS);
  const lineOf = (node: TS.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const interfaces: ContractInterface[] = [];
  for (const st of sf.statements) {
    if (!t.isInterfaceDeclaration(st)) continue;
    const properties: ContractProperty[] = [];
    for (const m of st.members)
      if (t.isPropertySignature(m) && m.name && (t.isIdentifier(m.name) || t.isStringLiteral(m.name)))
        properties.push({ name: m.name.text, optional: !!m.questionToken, line: lineOf(m.name), tags: tagsOf(t, m) });
    interfaces.push({
      name: st.name.text,
      file,
      line: lineOf(st.name),
      tags: tagsOf(t, st),
      extends: (st.heritageClauses ?? []).flatMap((h) => h.types.map((x) => x.expression.getText(sf))),
      properties,
    });
  }
  const diagnostics = (sf as unknown as { parseDiagnostics?: TS.Diagnostic[] }).parseDiagnostics ?? [];
  const errors = diagnostics.map((d) => ({ line: d.start === undefined ? 1 : sf.getLineAndCharacterOfPosition(d.start).line + 1, message: t.flattenDiagnosticMessageText(d.messageText, " ") }));
  const parsed = { file, interfaces, errors };
  if (cache.size > 200) cache.clear();
  cache.set(key, parsed);
  return parsed;
}

/** An interface's properties with those it inherits (nearest first), resolved by name among `all`. */
export function allProperties(iface: ContractInterface, all: Map<string, ContractInterface>, seen = new Set<string>()): Array<ContractProperty & { owner: ContractInterface }> {
  if (seen.has(iface.name)) return [];
  seen.add(iface.name);
  const own = iface.properties.map((p) => ({ ...p, owner: iface }));
  const inherited = iface.extends.flatMap((n) => (all.get(n) ? allProperties(all.get(n)!, all, seen) : []));
  return [...own, ...inherited.filter((p) => !own.some((o) => o.name === p.name))];
}

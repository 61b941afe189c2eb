/**
 * The RFC 6570 URI templates of the access standard's module deep links: simple string expansion
 * `{var}`, form-style query `{?a,b}` and query continuation `{&a,b}` (levels 1 and 3, the forms the
 * standard uses). Undefined variables are left out, as RFC 6570 says.
 */
export function expandUriTemplate(template: string, vars: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{([?&]?)([A-Za-z0-9_,]+)\}/g, (_m, op: string, names: string) => {
    const defined = names.split(",").filter((n) => vars[n] !== undefined);
    if (op === "") return defined.map((n) => encodeURIComponent(vars[n]!)).join(",");
    if (defined.length === 0) return "";
    return op + defined.map((n) => `${n}=${encodeURIComponent(vars[n]!)}`).join("&");
  });
}

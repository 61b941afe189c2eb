/**
 * The one slug function of the site: headings of guides (markdown-it-anchor) and of generated pages get
 * their ids from it. It keeps Chinese (and any letter or digit of any script) as it is, so that
 * `## 校验数据` becomes `#校验数据`, not a percent-encoded string; ASCII letters are lower-cased, spaces
 * become dashes, and punctuation other than `-`, `_` and `.` is dropped.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_.-]/gu, "")
    .replace(/\s+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
  return slug || "section";
}

import { escapeMarkup } from "./escape.ts";
import type { CertificationReport } from "./model.ts";

const esc = escapeMarkup;

/** JUnit XML: one testsuite per suite, one testcase per check, named by the requirements it verifies. */
export function reportJUnit(r: CertificationReport): string {
  const suites = [...new Set(r.checks.map((c) => c.suite))];
  const count = (o: string, list = r.checks) => list.filter((c) => c.outcome === o).length;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="ywjy certification ${esc(r.target.url)}" tests="${r.checks.length}" failures="${count("fail")}" errors="${count("error")}" skipped="${count("skip") + count("manual")}" time="${(r.durationMs / 1000).toFixed(3)}">`,
  );
  for (const s of suites) {
    const checks = r.checks.filter((c) => c.suite === s);
    out.push(
      `  <testsuite name="${esc(s)}" tests="${checks.length}" failures="${count("fail", checks)}" errors="${count("error", checks)}" skipped="${count("skip", checks)}" timestamp="${esc(checks[0]?.startedAt ?? r.startedAt)}" time="${(checks.reduce((n, c) => n + c.durationMs, 0) / 1000).toFixed(3)}">`,
    );
    for (const c of checks) {
      const name = `${c.requirements.join(" ") || "(no requirement)"} · ${c.id}`;
      const open = `    <testcase classname="${esc(`${c.suite}.${c.group}`)}" name="${esc(name)}" time="${(c.durationMs / 1000).toFixed(3)}"`;
      const msg = esc(`${c.reason.en} / ${c.reason.zh}`);
      if (c.outcome === "fail") out.push(`${open}>\n      <failure message="${msg}" type="fail"/>\n    </testcase>`);
      else if (c.outcome === "error") out.push(`${open}>\n      <error message="${msg}" type="error"/>\n    </testcase>`);
      else if (c.outcome === "skip") out.push(`${open}>\n      <skipped message="${msg}"/>\n    </testcase>`);
      else if (c.outcome === "warn") out.push(`${open}>\n      <system-out>${esc(`warning: ${c.reason.en} / ${c.reason.zh}`)}</system-out>\n    </testcase>`);
      else out.push(`${open}/>`);
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}

import type { CertificationReport, CheckResult } from "../../specs/conformance/report.ts";
import { countOutcomes } from "../../conformance/report/model.ts";

const check = (id: string, outcome: CheckResult["outcome"], requirements: string[]): CheckResult => ({
  id,
  suite: "access",
  group: id.split(".")[0]!,
  title: { zh: `检查 ${id}`, en: `Check ${id}` },
  requirements,
  outcome,
  reason: { zh: `原因 <${outcome}>`, en: `Reason <${outcome}> & more` },
  evidence: [
    {
      request: { method: "GET", url: "http://127.0.0.1:1/records/501", headers: { authorization: "<redacted>" } },
      response: { status: 401, headers: { "content-type": "application/problem+json" }, body: '{"type":"about:blank"}', bytes: 22, durationMs: 3 },
    },
  ],
  startedAt: "2026-11-27T00:00:00.000Z",
  durationMs: 5,
});

/** A small report with every outcome, for the writer and verification tests. */
export function sampleReport(): CertificationReport {
  const checks = [
    check("discovery.document", "pass", ["ACC-DISC-01"]),
    check("auth.expired-token", "fail", ["ACC-AUTH-02"]),
    check("auth.wrong-audience", "warn", ["ACC-AUTH-03"]),
    check("records.pagination", "skip", ["ACC-DATA-02"]),
    check("audit.chain", "error", ["ACC-AUDIT-01"]),
  ];
  const requirements: CertificationReport["requirements"] = [
    { id: "ACC-DISC-01", zh: "应提供发现文档。", en: "shall serve discovery", level: "应", levelEn: "MUST", method: "automated", checks: ["discovery.document"], outcome: "pass" },
    { id: "ACC-AUTH-02", zh: "应拒绝过期令牌。", en: "shall reject expired tokens", level: "应", levelEn: "MUST", method: "automated", checks: ["auth.expired-token"], outcome: "fail" },
    { id: "OPS-AVAIL-01", zh: "宜提供7×24服务。", en: "should run 24/7", level: "宜", levelEn: "SHOULD", method: "evidence", checks: [], outcome: "manual", evidence: { zh: "运行记录", en: "operating records" } },
  ];
  return {
    format: "ywjy-certification-report/1",
    id: "00000000-0000-4000-8000-000000000001",
    specBundle: { id: "cn.xiamen.ggzy.ywjy", version: "0.1.0", digest: "sha256:" + "0".repeat(64) },
    runner: { name: "ywjy", version: "0.1.0", node: "v20" },
    target: { url: "http://127.0.0.1:1/", identity: { SYSTEM_NO: "0201", name: { zh: "参考交易系统", en: "Reference trading system" } } },
    options: { level: "access" },
    startedAt: "2026-11-27T00:00:00.000Z",
    finishedAt: "2026-11-27T00:00:01.000Z",
    durationMs: 1000,
    summary: {
      checks: countOutcomes(checks.map((c) => c.outcome)),
      requirements: countOutcomes(requirements.map((r) => r.outcome)),
      requestedLevel: "access",
      achievedLevel: null,
      certified: false,
    },
    levels: [{ id: "access", zh: "接入级", en: "Access level", met: false, blocking: ["ACC-AUTH-02"], outstanding: ["OPS-AVAIL-01"] }],
    requirements,
    checks,
  };
}

/** Markup, Markdown, table breakers and control characters, as a hostile target would put them in what it answers. */
export const HOSTILE =
  '</td></tr></table><script>window.pwned=1</script><img src=x onerror="window.pwned=2"> | ** [x](javascript:window.pwned=3) `code` _em_ \n# a heading\r\n<iframe src="javascript:window.pwned=4"></iframe> &amp; \u0007\u001b[31mred\u0000 \uFFFE';

/** The sample report with HOSTILE in every string a target can supply. */
export function hostileReport(): CertificationReport {
  const r = sampleReport();
  r.target = { url: `http://127.0.0.1:1/${encodeURIComponent(HOSTILE)}`, identity: { SYSTEM_NO: HOSTILE, name: { zh: HOSTILE, en: HOSTILE } } };
  r.options.rerunOf = HOSTILE;
  for (const c of r.checks) {
    c.reason = { zh: `原因：${HOSTILE}`, en: `Reason: ${HOSTILE}` };
    c.previousOutcome = HOSTILE as never;
    c.evidence = [
      {
        label: HOSTILE,
        note: HOSTILE,
        request: { method: "GET", url: `http://127.0.0.1:1/${HOSTILE}`, headers: { [HOSTILE]: HOSTILE }, body: HOSTILE },
        response: { status: 200, headers: { "x-hostile": HOSTILE, [HOSTILE]: "1" }, body: HOSTILE, bytes: 1, durationMs: 1, error: HOSTILE },
      },
    ];
    c.validation = {
      records: 1,
      findingsTotal: 1,
      findings: [{ ruleId: HOSTILE, severity: "error", path: HOSTILE, DATA_NO: HOSTILE as never, DATA_KEY: HOSTILE, message: { zh: HOSTILE, en: HOSTILE } }],
    };
  }
  return r;
}

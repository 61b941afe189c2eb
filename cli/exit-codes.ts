/** What the `ywjy` command's exit code says. Documented in README.md and `ywjy --help`. */
export const ExitCode = {
  /** Done, nothing at error severity (validate, quality, lint) or the target met the level (certify). */
  ok: 0,
  /** Done, and the input has error findings, or the target did not meet the level, or a report failed verification. */
  findings: 1,
  /** Usage error or unreadable input: bad options, a missing file. */
  usage: 2,
  /** ywjy itself failed: a bug; the message says where. */
  internal: 3,
} as const;

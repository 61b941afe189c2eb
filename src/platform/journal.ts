/**
 * The mock platform's durable state: an append-only NDJSON journal of what changed (clients
 * registered at run time, messages that used up a sequence number, their application), replayed at
 * start. A torn last line (a crash while writing) is ignored.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import type { IntakeJournalEntry } from "./intake.ts";
import type { ClientConfig } from "./registry.ts";

export type PlatformJournalEntry = IntakeJournalEntry | { t: "client"; client: ClientConfig };

export class Journal {
  constructor(readonly path: string) {}

  /** The entries written so far; cuts off a torn last line so that appending goes on cleanly. */
  read(): PlatformJournalEntry[] {
    if (!existsSync(this.path)) return [];
    let text = readFileSync(this.path, "utf8");
    if (text && !text.endsWith("\n")) {
      text = text.slice(0, text.lastIndexOf("\n") + 1);
      writeFileSync(this.path, text);
    }
    return text
      .split("\n")
      .filter((line) => line.trim())
      .map((line, i) => {
        try {
          return JSON.parse(line) as PlatformJournalEntry;
        } catch (e) {
          throw new Error(`${this.path}:${i + 1}: not a journal entry (${(e as Error).message})`);
        }
      });
  }

  write(e: PlatformJournalEntry): void {
    appendFileSync(this.path, JSON.stringify(e) + "\n");
  }
}

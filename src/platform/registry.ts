/**
 * Who the platform knows: OAuth clients (a trading system's pushing client with its SYSTEM_NO and
 * signing keys, a relying party of single sign-on with its redirect URIs, the conformance runner…)
 * and the test users of single sign-on. Client secrets are kept as SHA-256 digests only.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { PUSH_SCOPE } from "../../generated/sdk/channel.ts";
import type { Jwks } from "../auth/index.ts";
import type { RegisteredSystem, SystemDirectory } from "./intake.ts";

export interface ClientConfig {
  clientId: string;
  /** The secret in plain (a configuration file) or its digest (`sha256:` + hex, as the journal keeps it). */
  clientSecret?: string;
  clientSecretSha256?: string;
  name?: string;
  /** The trading system this client pushes for (grants the push scope). */
  systemNo?: string;
  /** The public keys the trading system signs its messages with. */
  jwks?: Jwks;
  /** Further scopes the client may ask for (e.g. the access standard's records:read for the runner). */
  scopes?: string[];
  /** Audiences (RFC 8707 resources) the client may ask tokens for, besides the intake. */
  audiences?: string[];
  /** Redirect URIs of a relying party of single sign-on. */
  redirectUris?: string[];
}

/** A user the mock's authorisation endpoint logs in without a form. */
export interface TestUser {
  sub: string;
  name: string;
  preferred_username?: string;
  [claim: string]: unknown;
}

export const DEFAULT_TEST_USER: TestUser = { sub: "ywjy-test-user", name: "测试用户", preferred_username: "test" };

const digest = (secret: string) => `sha256:${createHash("sha256").update(secret).digest("hex")}`;

export class Registry implements SystemDirectory {
  private readonly clients = new Map<string, ClientConfig>();
  /** Per SYSTEM_NO, built on first use and dropped when a client changes (its JWKS object keeps its imported keys). */
  private readonly systems = new Map<string, RegisteredSystem | undefined>();
  readonly users: TestUser[];

  constructor(clients: ClientConfig[] = [], users: TestUser[] = [DEFAULT_TEST_USER]) {
    for (const c of clients) this.register(c);
    this.users = users.length ? users : [DEFAULT_TEST_USER];
  }

  /** Adds or replaces a client; returns it as stored (without the plain secret). */
  register(c: ClientConfig): ClientConfig {
    if (!c.clientId) throw new Error("a client needs a clientId");
    if (c.systemNo !== undefined && !/^[0-9A-Za-z]{4}$/.test(c.systemNo)) throw new Error(`client ${c.clientId}: systemNo ${JSON.stringify(c.systemNo)} is not 4 letters or digits`);
    const { clientSecret, ...rest } = c;
    const stored: ClientConfig = { ...rest, ...(clientSecret !== undefined ? { clientSecretSha256: digest(clientSecret) } : {}) };
    this.clients.set(c.clientId, stored);
    this.systems.clear();
    return stored;
  }

  client(clientId: string): ClientConfig | undefined {
    return this.clients.get(clientId);
  }

  list(): ClientConfig[] {
    return [...this.clients.values()];
  }

  /** The client if the secret is its secret (compared in constant time). */
  authenticate(clientId: string, secret: string): ClientConfig | undefined {
    const c = this.clients.get(clientId);
    if (!c?.clientSecretSha256) return undefined;
    const a = Buffer.from(c.clientSecretSha256);
    const b = Buffer.from(digest(secret));
    return a.length === b.length && timingSafeEqual(a, b) ? c : undefined;
  }

  /** The scopes a client may be granted. */
  scopesOf(c: ClientConfig): string[] {
    return [...new Set([...(c.systemNo ? [PUSH_SCOPE] : []), ...(c.scopes ?? [])])];
  }

  system(systemNo: string): RegisteredSystem | undefined {
    if (!this.systems.has(systemNo)) {
      const clients = this.list().filter((c) => c.systemNo === systemNo);
      this.systems.set(
        systemNo,
        clients.length ? { systemNo, jwks: { keys: clients.flatMap((c) => c.jwks?.keys ?? []) }, clientIds: new Set(clients.map((c) => c.clientId)) } : undefined,
      );
    }
    return this.systems.get(systemNo);
  }

  user(hint?: string): TestUser {
    return (hint && this.users.find((u) => u.sub === hint || u.preferred_username === hint)) || this.users[0]!;
  }
}

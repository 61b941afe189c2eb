/**
 * The credentials file of `ywjy certify --credentials FILE` (JSON). It tells the runner how to act
 * as the city platform towards the target: which audience the target expects, which client id to
 * put in tokens, and — when the target already trusts a sandbox platform key — that private key and
 * its issuer. Without a key the runner makes one per run and serves it at its own platform URL,
 * which the target must be started with. Nothing from this file is ever written to a report or log.
 */
import { readFileSync } from "node:fs";
import type { JWK } from "jose";
import type { ClientConfig } from "../src/platform/registry.ts";

export interface Credentials {
  /** The `aud` the target expects (its discovery document names it too). */
  audience?: string;
  clientId: string;
  /** The issuer the target trusts, when it is not the runner's own platform URL. */
  issuer?: string;
  /** The private JWK of the platform key the target trusts. */
  platformKey?: JWK;
  /** The target's push-signing public keys, when they are not published in its discovery document. */
  systemJwks?: { keys: JWK[] };
  /**
   * The target's own clients at the runner's platform (the mock platform's client shape): its push
   * client (clientId, clientSecret, systemNo; jwks, else systemJwks) and its single sign-on client
   * (clientId, clientSecret, redirectUris).
   */
  platformClients?: ClientConfig[];
}

export class CredentialsError extends Error {}

export function loadCredentials(path: string): Credentials {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CredentialsError(`${path}: ${code === "ENOENT" ? "no such file" : code ? code : "not valid JSON"}`);
  }
  const c = raw as Partial<Credentials>;
  if (typeof c !== "object" || c === null || Array.isArray(c)) throw new CredentialsError(`${path}: expected a JSON object`);
  if (typeof c.clientId !== "string" || c.clientId === "") throw new CredentialsError(`${path}: /clientId must be a non-empty string`);
  if (c.audience !== undefined && typeof c.audience !== "string") throw new CredentialsError(`${path}: /audience must be a string`);
  if (c.issuer !== undefined && typeof c.issuer !== "string") throw new CredentialsError(`${path}: /issuer must be a string`);
  if (c.platformKey !== undefined && (typeof c.platformKey !== "object" || !("d" in c.platformKey)))
    throw new CredentialsError(`${path}: /platformKey must be a private JWK`);
  if (c.platformKey && !c.issuer) throw new CredentialsError(`${path}: /issuer is required with /platformKey`);
  if (c.platformClients !== undefined && !Array.isArray(c.platformClients)) throw new CredentialsError(`${path}: /platformClients must be a list`);
  c.platformClients?.forEach((x, i) => {
    if (typeof x !== "object" || x === null || typeof x.clientId !== "string" || x.clientId === "") throw new CredentialsError(`${path}: /platformClients/${i}/clientId must be a non-empty string`);
    if (x.clientSecret !== undefined && typeof x.clientSecret !== "string") throw new CredentialsError(`${path}: /platformClients/${i}/clientSecret must be a string`);
    if (x.systemNo !== undefined && !/^[0-9A-Za-z]{4}$/.test(String(x.systemNo))) throw new CredentialsError(`${path}: /platformClients/${i}/systemNo must be 4 letters or digits`);
  });
  return c as Credentials;
}

/**
 * The keys a report verifier trusts: the trading centre's public keys, never the key that travels
 * in the report folder. They come from the caller — one JWK or JWKS file (`--key`), or the centre's
 * published key set as a file or an http(s) URL (`--trust`, or the YWJY_TRUST environment variable).
 *
 * A key of the set may carry a validity period, as the JWK parameters `nbf` and `exp` (NumericDate:
 * seconds since 1970, as OpenID Federation 1.0 registers them for JWKs): the key verifies only reports
 * signed (the `iat` of report.jws's protected header) at or after `nbf` and before `exp`. A centre that
 * rotates its key keeps the old key in its set with an `exp`, so that the reports it signed still verify.
 */
import { calculateJwkThumbprint, type JWK } from "jose";
import type { Jwks } from "../../src/auth/index.ts";
import { HttpProbe } from "../runner/http-probe.ts";

export interface TrustedKey {
  kid: string;
  /** RFC 7638 JWK thumbprint (SHA-256, base64url). */
  thumbprint: string;
  /** NumericDate (seconds); the key verifies reports signed from then on. */
  nbf?: number;
  /** NumericDate (seconds); the key verifies reports signed before then. */
  exp?: number;
  jwk: JWK;
}

export interface TrustStore {
  /** Where the keys came from: a file path or a URL. */
  source: string;
  keys: TrustedKey[];
}

/** A trust store that cannot be read or is not a key set: a usage error, naming the source. */
export class TrustStoreError extends Error {}

export const TRUST_FETCH = { timeoutMs: 10_000, maxBytes: 1 << 20 };

/** The private members of JWKs: a trust store keeps the public half only, whatever the file held. */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

/** RFC 7638 thumbprint of a key's public half. */
export const thumbprintOf = (jwk: JWK): Promise<string> => calculateJwkThumbprint(publicHalf(jwk));

function publicHalf(jwk: JWK): JWK {
  const out: Record<string, unknown> = { ...jwk };
  for (const m of PRIVATE_MEMBERS) delete out[m];
  return out as JWK;
}

const isNumericDate = (v: unknown) => v === undefined || (typeof v === "number" && Number.isFinite(v));

/** The keys of a parsed JWK or JWKS document. A key without kid gets its thumbprint as kid (as `ywjy certify --key` does). */
export async function trustStoreOf(doc: unknown, source: string): Promise<TrustStore> {
  const entries = doc && typeof doc === "object" && Array.isArray((doc as Jwks).keys) ? (doc as Jwks).keys : doc && typeof doc === "object" && "kty" in doc ? [doc as JWK] : undefined;
  if (!entries) throw new TrustStoreError(`${source}: not a JWK or a JWKS (expected "kty" or a "keys" array)`);
  const keys: TrustedKey[] = [];
  for (const [i, entry] of entries.entries()) {
    const where = `${source}: keys[${i}]`;
    if (!entry || typeof entry !== "object" || typeof entry.kty !== "string") throw new TrustStoreError(`${where}: not a JWK`);
    const { nbf, exp } = entry as { nbf?: unknown; exp?: unknown };
    if (!isNumericDate(nbf) || !isNumericDate(exp)) throw new TrustStoreError(`${where}: nbf and exp must be NumericDate (seconds since 1970)`);
    const jwk = publicHalf(entry);
    let thumbprint: string;
    try {
      thumbprint = await thumbprintOf(jwk);
    } catch (e) {
      throw new TrustStoreError(`${where}: not a usable public key (${(e as Error).message})`);
    }
    keys.push({ kid: entry.kid ?? thumbprint, thumbprint, ...(nbf !== undefined ? { nbf: nbf as number } : {}), ...(exp !== undefined ? { exp: exp as number } : {}), jwk: { ...jwk, kid: entry.kid ?? thumbprint } });
  }
  if (keys.length === 0) throw new TrustStoreError(`${source}: the key set holds no key`);
  return { source, keys };
}

/** Reads a trust store from a JWK or JWKS file, or fetches it from an http(s) URL (bounded in time and size). */
export async function loadTrustStore(source: string, readFile: (path: string) => string, fetchLimits = TRUST_FETCH): Promise<TrustStore> {
  if (/^https?:\/\//i.test(source)) {
    const probe = new HttpProbe(source, { timeoutMs: fetchLimits.timeoutMs, maxBodyBytes: fetchLimits.maxBytes, deadline: Date.now() + fetchLimits.timeoutMs });
    const res = await probe.send({ path: source });
    if (res.error) throw new TrustStoreError(`${source}: the key set could not be fetched (${res.error.code}: ${res.error.message})`);
    if (res.status !== 200) throw new TrustStoreError(`${source}: the key set could not be fetched (HTTP ${res.status})`);
    if (res.json === undefined) throw new TrustStoreError(`${source}: not JSON (${res.jsonError ?? "empty body"})`);
    return trustStoreOf(res.json, source);
  }
  let text: string;
  try {
    text = readFile(source);
  } catch (e) {
    throw new TrustStoreError(`${source}: not readable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new TrustStoreError(`${source}: not JSON (${(e as Error).message})`);
  }
  return trustStoreOf(doc, source);
}

const iso = (s: number) => new Date(s * 1000).toISOString();

/** Whether a key may verify a report signed at `signedAt` (seconds), and if not, why. */
export function validityProblem(key: TrustedKey, signedAt: number | undefined): string | undefined {
  if (key.nbf === undefined && key.exp === undefined) return undefined;
  const period = `${key.nbf !== undefined ? iso(key.nbf) : "…"} – ${key.exp !== undefined ? iso(key.exp) : "…"}`;
  if (signedAt === undefined) return `the signature names no signing time (iat), and key ${key.kid} is trusted only for ${period}`;
  if ((key.nbf !== undefined && signedAt < key.nbf) || (key.exp !== undefined && signedAt >= key.exp))
    return `signed at ${iso(signedAt)}, outside the period key ${key.kid} is trusted for (${period})`;
  return undefined;
}

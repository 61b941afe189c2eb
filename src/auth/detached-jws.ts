/**
 * Detached JWS (RFC 7515 Appendix F): a signature over a body that travels separately — a pushed
 * report message, a certification report. The compact form is `header..signature`.
 */
import { compactVerify, createLocalJWKSet, CompactSign, type JWTHeaderParameters } from "jose";
import type { Jwks, SigningKey } from "./keys.ts";

const encoder = new TextEncoder();

export async function signDetached(body: string | Uint8Array, key: SigningKey, extraHeader: Record<string, unknown> = {}): Promise<string> {
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  const jws = await new CompactSign(bytes).setProtectedHeader({ ...extraHeader, alg: key.alg, kid: key.kid }).sign(key.privateKey);
  const [header, , signature] = jws.split(".");
  return `${header}..${signature}`;
}

/** The key set of a JWKS object, built once per object (importing a key costs more than verifying with it). */
const keySets = new WeakMap<Jwks, ReturnType<typeof createLocalJWKSet>>();
function keySetOf(keys: Jwks): ReturnType<typeof createLocalJWKSet> {
  let set = keySets.get(keys);
  if (!set) keySets.set(keys, (set = createLocalJWKSet(keys)));
  return set;
}

/**
 * Verifies a detached JWS over `body`; returns the protected header, or throws with a reason.
 * Pass the same `keys` object again to reuse its imported keys (do not mutate it afterwards).
 */
export async function verifyDetached(detached: string, body: string | Uint8Array, keys: Jwks): Promise<JWTHeaderParameters> {
  const parts = detached.split(".");
  if (parts.length !== 3 || parts[1] !== "") throw new Error("not a detached JWS (expected header..signature)");
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  const payload = Buffer.from(bytes).toString("base64url");
  const { protectedHeader } = await compactVerify(`${parts[0]}.${payload}.${parts[2]}`, keySetOf(keys), { algorithms: ["ES256", "EdDSA"] });
  return protectedHeader as JWTHeaderParameters;
}

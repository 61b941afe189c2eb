/**
 * Signing keys: the platform's token-signing key, a trading system's push-signing key, the
 * certification report's signing key. Keys are JWKs; private ones stay in files and memory only.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";

export type SigningAlg = "ES256" | "EdDSA";

export interface SigningKey {
  alg: SigningAlg;
  kid: string;
  privateKey: CryptoKey;
  /** The public half as a JWK with kid, alg and use, fit for a JWKS. */
  publicJwk: JWK;
}

export interface Jwks {
  keys: JWK[];
}

export async function generateSigningKey(alg: SigningAlg = "ES256"): Promise<SigningKey & { privateJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, ...(alg === "EdDSA" ? { crv: "Ed25519" } : {}) });
  const pub = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(pub);
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg, use: "sig" };
  return { alg, kid, privateKey, publicJwk: { ...pub, kid, alg, use: "sig" }, privateJwk };
}

/** Reads a private JWK (JSON) from a file; the error names the file, never the key. */
export async function loadSigningKey(path: string): Promise<SigningKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(readFileSync(path, "utf8")) as JWK;
  } catch (e) {
    throw new Error(`${path}: not a readable JSON Web Key (${(e as NodeJS.ErrnoException).code ?? "invalid JSON"})`);
  }
  if (!jwk.d) throw new Error(`${path}: the JWK has no private part ("d")`);
  const alg: SigningAlg = jwk.crv === "Ed25519" ? "EdDSA" : "ES256";
  const privateKey = (await importJWK(jwk, alg)) as CryptoKey;
  const { d: _d, ...pub } = jwk;
  const kid = jwk.kid ?? (await calculateJwkThumbprint(pub));
  return { alg, kid, privateKey, publicJwk: { ...pub, kid, alg, use: "sig" } };
}

export function saveSigningKey(path: string, key: { privateJwk: JWK }): void {
  writeFileSync(path, JSON.stringify(key.privateJwk, null, 2) + "\n", { mode: 0o600 });
}

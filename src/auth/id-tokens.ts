/**
 * OpenID Connect ID tokens (OpenID Connect Core 1.0 §2, §3.1.3.7): the platform, as the OpenID
 * provider of single sign-on, signs them; a connecting system (the relying party) verifies them
 * against the platform's JWKS, its own client id as audience, and the nonce it sent.
 */
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { KeySource } from "./access-tokens.ts";
import type { SigningKey } from "./keys.ts";

export interface IdTokenClaims extends JWTPayload {
  sub: string;
  nonce?: string;
  auth_time?: number;
  name?: string;
}

export interface IdTokenOptions {
  issuer: string;
  /** The relying party's client id. */
  clientId: string;
  subject: string;
  nonce?: string;
  authTime?: number;
  /** Further claims of the user (name, organisation, …). */
  claims?: Record<string, unknown>;
  ttlSeconds?: number;
  now?: number;
}

export async function issueIdToken(key: SigningKey, o: IdTokenOptions): Promise<string> {
  const now = o.now ?? Math.floor(Date.now() / 1000);
  return new SignJWT({ ...o.claims, ...(o.nonce !== undefined ? { nonce: o.nonce } : {}), auth_time: o.authTime ?? now })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "JWT" })
    .setIssuer(o.issuer)
    .setAudience(o.clientId)
    .setSubject(o.subject)
    .setIssuedAt(now)
    .setExpirationTime(now + (o.ttlSeconds ?? 300))
    .sign(key.privateKey);
}

/** A verifier of ID tokens for one relying party; throws with the reason when a token is not valid. */
export function idTokenVerifier(keys: KeySource, expected: { issuer: string; clientId: string; clockToleranceSeconds?: number }) {
  const keySet = keys instanceof URL ? createRemoteJWKSet(keys, { timeoutDuration: 5000, cooldownDuration: 30_000 }) : createLocalJWKSet(keys);
  return async function verify(idToken: string, nonce?: string): Promise<IdTokenClaims> {
    const { payload } = await jwtVerify(idToken, keySet, {
      issuer: expected.issuer,
      audience: expected.clientId,
      clockTolerance: expected.clockToleranceSeconds ?? 30,
      algorithms: ["ES256", "EdDSA"],
      requiredClaims: ["sub", "iat", "exp"],
    });
    if (nonce !== undefined && payload.nonce !== nonce) throw new Error("the ID token's nonce is not the one sent");
    return payload as IdTokenClaims;
  };
}

/**
 * Platform-issued OAuth 2.0 access tokens (RFC 9068 JWT profile, client-credentials grant):
 * the platform signs them, connecting trading systems verify them against the platform's JWKS.
 * Every way a token can be wrong has its own stable error code, which the access standard's
 * problem+json responses carry (401, or 403 for a missing scope).
 */
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { ACCESS_PARAMETERS } from "../../generated/sdk/access.ts";
import type { Jwks, SigningKey } from "./keys.ts";

export interface AccessTokenClaims extends JWTPayload {
  client_id: string;
  scope: string;
}

export interface IssueOptions {
  issuer: string;
  audience: string;
  clientId: string;
  scopes: string[];
  ttlSeconds?: number;
  /** The subject: the user of a login's token; the client itself (the default) for client credentials. */
  subject?: string;
  /** Overrides for tests and for the conformance runner's deliberately bad tokens. */
  now?: number;
  notBefore?: number;
}

export async function issueAccessToken(key: SigningKey, o: IssueOptions): Promise<string> {
  const now = o.now ?? Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ client_id: o.clientId, scope: o.scopes.join(" ") })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "at+jwt" })
    .setIssuer(o.issuer)
    .setAudience(o.audience)
    .setSubject(o.subject ?? o.clientId)
    .setIssuedAt(now)
    .setJti(crypto.randomUUID())
    .setExpirationTime(now + (o.ttlSeconds ?? 300));
  if (o.notBefore !== undefined) jwt.setNotBefore(o.notBefore);
  return jwt.sign(key.privateKey);
}

export type TokenErrorCode =
  | "token-missing"
  | "token-malformed"
  | "token-expired"
  | "token-not-yet-valid"
  | "token-wrong-audience"
  | "token-wrong-issuer"
  | "token-bad-signature"
  | "scope-missing";

export class TokenError extends Error {
  constructor(
    readonly code: TokenErrorCode,
    message: string,
  ) {
    super(message);
  }
  get status(): 401 | 403 {
    return this.code === "scope-missing" ? 403 : 401;
  }
}

export type KeySource = Jwks | URL;

/** The algorithms of the platform's keys: the only ones a token may be signed with (ACC-AUTH-08), whatever its header says. */
const TOKEN_ALGORITHMS = ["ES256", "EdDSA"];

/** The longest remaining lifetime of a token that is accepted (ACC-AUTH-09, maxTokenLifetime). */
export const MAX_TOKEN_LIFETIME_SECONDS = ACCESS_PARAMETERS.maxTokenLifetime.value;

/**
 * How long after a fetch of the platform's JWKS a token with an unknown key id is refused without
 * fetching it again: short enough for the access standard (ACC-AUTH-05: the JWKS is fetched again
 * within jwksRefetchWithin of meeting the new key id), long enough that tokens with made-up key ids
 * cannot make the system hammer the platform.
 */
export const JWKS_REFETCH_COOLDOWN_MS = 1000;

/** A verifier bound to one issuer's keys (a local JWKS, or the platform's JWKS URL, fetched and cached). */
export function accessTokenVerifier(keys: KeySource, expected: { issuer: string; audience: string; clockToleranceSeconds?: number; jwksCooldownMs?: number }) {
  const keySet = keys instanceof URL ? createRemoteJWKSet(keys, { timeoutDuration: 5000, cooldownDuration: expected.jwksCooldownMs ?? JWKS_REFETCH_COOLDOWN_MS }) : createLocalJWKSet(keys);
  return async function verify(authorization: string | undefined, requiredScope?: string): Promise<AccessTokenClaims> {
    const m = authorization?.match(/^Bearer ([A-Za-z0-9_.~+/=-]+)$/);
    if (!authorization) throw new TokenError("token-missing", "no Authorization: Bearer token");
    if (!m) throw new TokenError("token-malformed", "the Authorization header is not a Bearer token");
    const token = m[1]!;
    let alg: unknown;
    try {
      ({ alg } = decodeProtectedHeader(token));
    } catch {
      throw new TokenError("token-malformed", "the bearer token is not a JWT");
    }
    // Refused before any key is looked at: alg none, and HS256 keyed with a public key, never reach a verifier.
    if (typeof alg !== "string" || !TOKEN_ALGORITHMS.includes(alg)) throw new TokenError("token-bad-signature", `the token's algorithm ${String(alg)} is not that of the platform's keys`);
    const tolerance = expected.clockToleranceSeconds ?? 30;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keySet, {
        issuer: expected.issuer,
        audience: expected.audience,
        clockTolerance: tolerance,
        algorithms: TOKEN_ALGORITHMS,
        requiredClaims: ["exp"],
      }));
    } catch (e) {
      throw toTokenError(e);
    }
    if (payload.exp! - Date.now() / 1000 > MAX_TOKEN_LIFETIME_SECONDS + tolerance)
      throw new TokenError("token-malformed", `the token's exp is more than maxTokenLifetime (${MAX_TOKEN_LIFETIME_SECONDS} s) away`);
    const claims = payload as AccessTokenClaims;
    if (requiredScope && !String(claims.scope ?? "").split(" ").includes(requiredScope))
      throw new TokenError("scope-missing", `the token lacks the scope ${requiredScope}`);
    return claims;
  };
}

function toTokenError(e: unknown): TokenError {
  if (e instanceof errors.JWTExpired) return new TokenError("token-expired", "the token has expired");
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === "nbf") return new TokenError("token-not-yet-valid", "the token is not valid yet");
    if (e.claim === "aud") return new TokenError("token-wrong-audience", "the token is for another audience");
    if (e.claim === "iss") return new TokenError("token-wrong-issuer", "the token is from another issuer");
    if (e.claim === "exp") return new TokenError("token-malformed", "the token has no valid exp claim");
    return new TokenError("token-malformed", `the token's ${e.claim} claim is invalid`);
  }
  if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey)
    return new TokenError("token-bad-signature", "the token's signature does not verify against the platform's keys");
  if (e instanceof errors.JOSEAlgNotAllowed) return new TokenError("token-bad-signature", "the token's algorithm is not allowed");
  return new TokenError("token-malformed", "the token cannot be read");
}

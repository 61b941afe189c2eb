/** What every conformance check gets: a safe HTTP probe of the target, tokens, the runner's platform side, and shared state. */
import { exportSPKI, importJWK, SignJWT, UnsecuredJWT, type CryptoKey } from "jose";
import { issueAccessToken, MAX_TOKEN_LIFETIME_SECONDS, type SigningKey } from "../src/auth/index.ts";
import type { Credentials } from "./credentials.ts";
import type { HttpProbe } from "./runner/http-probe.ts";

/** The platform side of a certification run: the issuer whose tokens the target must accept. */
export interface PlatformSession {
  /** The URL the target is configured with as its platform (JWKS at /.well-known/jwks.json). */
  url: string;
  issuer: string;
  tokenKey: SigningKey;
  close(): Promise<void>;
}

export interface CheckContext {
  probe: HttpProbe;
  target: string;
  credentials: Credentials;
  platform: PlatformSession;
  tokens: TokenKit;
  /** Results one check leaves for others (the discovery document, records seen, …), keyed by name. */
  state: Map<string, unknown>;
  deadline: number;
}

/** Good and deliberately bad platform tokens, for the authentication checks and every authorised call. */
export class TokenKit {
  private readonly cache = new Map<string, { token: string; exp: number }>();
  constructor(
    private readonly platform: PlatformSession,
    private readonly credentials: Credentials,
    private readonly audience: () => string,
    private readonly foreignKey: SigningKey,
  ) {}

  private base(scopes: string[]) {
    return { issuer: this.platform.issuer, audience: this.audience(), clientId: this.credentials.clientId, scopes };
  }

  /** A valid token with these scopes, reused until shortly before it expires. */
  async good(...scopes: string[]): Promise<string> {
    const key = scopes.join(" ") + "|" + this.audience();
    const hit = this.cache.get(key);
    const now = Math.floor(Date.now() / 1000);
    if (hit && hit.exp - now > 30) return hit.token;
    const token = await issueAccessToken(this.platform.tokenKey, { ...this.base(scopes), ttlSeconds: 300 });
    this.cache.set(key, { token, exp: now + 300 });
    return token;
  }
  async bearer(...scopes: string[]): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.good(...scopes)}` };
  }
  expired(...scopes: string[]) {
    const now = Math.floor(Date.now() / 1000);
    return issueAccessToken(this.platform.tokenKey, { ...this.base(scopes), now: now - 3600, ttlSeconds: 600 });
  }
  notYetValid(...scopes: string[]) {
    const now = Math.floor(Date.now() / 1000);
    return issueAccessToken(this.platform.tokenKey, { ...this.base(scopes), notBefore: now + 3600 });
  }
  wrongAudience(...scopes: string[]) {
    return issueAccessToken(this.platform.tokenKey, { ...this.base(scopes), audience: "urn:ywjy:system:not-this-one" });
  }
  wrongIssuer(...scopes: string[]) {
    return issueAccessToken(this.platform.tokenKey, { ...this.base(scopes), issuer: "https://not-the-platform.invalid" });
  }
  /** A valid token signed with another key of the platform (one it has just published, for key rotation). */
  signedWith(key: SigningKey, ...scopes: string[]) {
    return issueAccessToken(key, { ...this.base(scopes), ttlSeconds: 300 });
  }
  /** The claims of a good token, with `exp` as given (undefined: none). */
  private claims(scopes: string[], exp: number | undefined) {
    const now = Math.floor(Date.now() / 1000);
    const b = this.base(scopes);
    return { client_id: b.clientId, scope: scopes.join(" "), iss: b.issuer, aud: b.audience, sub: b.clientId, iat: now, jti: crypto.randomUUID(), ...(exp === undefined ? {} : { exp }) };
  }
  /** Good claims under the header alg: none, without a signature. */
  algNone(...scopes: string[]) {
    return Promise.resolve(new UnsecuredJWT(this.claims(scopes, Math.floor(Date.now() / 1000) + 300)).encode());
  }
  /** Good claims signed HS256 with the platform's public key (SPKI PEM) as the secret, under its kid: algorithm confusion. */
  async hmacWithPlatformPublicKey(...scopes: string[]) {
    const { tokenKey } = this.platform;
    const pem = await exportSPKI((await importJWK(tokenKey.publicJwk, tokenKey.alg)) as CryptoKey);
    return new SignJWT(this.claims(scopes, Math.floor(Date.now() / 1000) + 300)).setProtectedHeader({ alg: "HS256", kid: tokenKey.kid, typ: "at+jwt" }).sign(new TextEncoder().encode(pem));
  }
  /** Signed by the platform key, with `exp` as given (undefined: no exp claim). */
  withExpiry(exp: number | undefined, ...scopes: string[]) {
    const { tokenKey } = this.platform;
    return new SignJWT(this.claims(scopes, exp)).setProtectedHeader({ alg: tokenKey.alg, kid: tokenKey.kid, typ: "at+jwt" }).sign(tokenKey.privateKey);
  }
  /** Signed by the platform key, valid for a day past maxTokenLifetime. */
  tooLong(...scopes: string[]) {
    return this.withExpiry(Math.floor(Date.now() / 1000) + MAX_TOKEN_LIFETIME_SECONDS + 86_400, ...scopes);
  }
  /** Signed by a key the platform never published, under the platform key's kid. */
  badSignature(...scopes: string[]) {
    return issueAccessToken({ ...this.foreignKey, kid: this.platform.tokenKey.kid }, this.base(scopes));
  }
}

/**
 * The platform as OAuth 2.0 authorisation server and OpenID Connect provider: discovery
 * (OpenID Connect Discovery 1.0), the JWKS, the token endpoint (client-credentials grant for pushes and
 * for calls to trading systems, authorisation-code grant with PKCE for single sign-on) and an
 * authorisation endpoint that logs in a configured test user without a form and redirects with a code.
 */
import { createHash, randomBytes } from "node:crypto";
import { PUSH_SCOPE } from "../../generated/sdk/channel.ts";
import { PLATFORM_PATHS } from "../../generated/sdk/platform.ts";
import { accessTokenVerifier, issueAccessToken, issueIdToken, TokenError, type Jwks, type SigningKey } from "../auth/index.ts";
import type { ClientConfig, Registry } from "./registry.ts";

/** The provider's paths, from the platform's endpoints (specs/platform/endpoints.yaml). */
export const OIDC_PATHS = {
  discovery: PLATFORM_PATHS.openidConfiguration,
  jwks: PLATFORM_PATHS.jwks,
  authorize: PLATFORM_PATHS.authorize,
  token: PLATFORM_PATHS.token,
  userinfo: PLATFORM_PATHS.userinfo,
} as const;

export interface OAuthReply {
  status: number;
  body?: unknown;
  /** For the authorisation endpoint: where to send the browser. */
  location?: string;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  sub: string;
  scope: string;
  nonce?: string;
  codeChallenge?: string;
  authTime: number;
  expiresAt: number;
}

const ACCESS_TOKEN_TTL = 300;
const CODE_TTL_MS = 60_000;

const oauthError = (status: number, error: string, description: string): OAuthReply => ({ status, body: { error, error_description: description } });
const s256 = (verifier: string) => createHash("sha256").update(verifier).digest("base64url");

export class AuthorizationServer {
  private readonly codes = new Map<string, PendingCode>();
  private readonly userinfoVerifier;

  constructor(
    private readonly o: {
      issuer: string;
      key: SigningKey;
      registry: Registry;
      /** The audience of push tokens: the intake's URL. */
      intakeAudience: string;
    },
  ) {
    this.userinfoVerifier = accessTokenVerifier(this.jwks(), { issuer: o.issuer, audience: this.url("userinfo") });
  }

  url(path: keyof typeof OIDC_PATHS): string {
    return this.o.issuer + OIDC_PATHS[path];
  }

  /** Keys published ahead of signing with them (key rotation). */
  private readonly nextKeys: SigningKey["publicJwk"][] = [];

  jwks(): Jwks {
    return { keys: [this.o.key.publicJwk, ...this.nextKeys] };
  }

  /** Publishes another public key in the JWKS, next to the signing key. */
  publishKey(publicJwk: SigningKey["publicJwk"]): void {
    this.nextKeys.push(publicJwk);
  }

  discovery(): Record<string, unknown> {
    return {
      issuer: this.o.issuer,
      authorization_endpoint: this.url("authorize"),
      token_endpoint: this.url("token"),
      userinfo_endpoint: this.url("userinfo"),
      jwks_uri: this.url("jwks"),
      response_types_supported: ["code"],
      response_modes_supported: ["query"],
      grant_types_supported: ["authorization_code", "client_credentials"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: [this.o.key.alg],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      code_challenge_methods_supported: ["S256"],
      scopes_supported: ["openid", "profile", PUSH_SCOPE],
      claims_supported: ["sub", "name", "preferred_username", "nonce", "auth_time"],
    };
  }

  /** GET authorize: logs in the test user (login_hint picks one) and redirects back with a code. */
  authorize(q: URLSearchParams): OAuthReply {
    const client = this.o.registry.client(q.get("client_id") ?? "");
    const redirectUri = q.get("redirect_uri") ?? "";
    if (!client) return oauthError(400, "invalid_request", "unknown client_id");
    if (!client.redirectUris?.includes(redirectUri)) return oauthError(400, "invalid_request", "redirect_uri is not registered for the client");
    const back = (params: Record<string, string | undefined>): OAuthReply => {
      const u = new URL(redirectUri);
      for (const [k, v] of Object.entries({ ...params, state: q.get("state") ?? undefined })) if (v !== undefined) u.searchParams.set(k, v);
      return { status: 302, location: u.toString() };
    };
    if (q.get("response_type") !== "code") return back({ error: "unsupported_response_type", error_description: "only response_type=code is supported" });
    const scope = q.get("scope") ?? "";
    if (!scope.split(" ").includes("openid")) return back({ error: "invalid_scope", error_description: "scope must include openid" });
    const challenge = q.get("code_challenge") ?? undefined;
    if (challenge && (q.get("code_challenge_method") ?? "plain") !== "S256") return back({ error: "invalid_request", error_description: "code_challenge_method must be S256" });
    const user = this.o.registry.user(q.get("login_hint") ?? undefined);
    const code = randomBytes(24).toString("base64url");
    this.codes.set(code, {
      clientId: client.clientId,
      redirectUri,
      sub: user.sub,
      scope,
      nonce: q.get("nonce") ?? undefined,
      codeChallenge: challenge,
      authTime: Math.floor(Date.now() / 1000),
      expiresAt: Date.now() + CODE_TTL_MS,
    });
    return back({ code });
  }

  private clientOf(form: URLSearchParams, authorization: string | undefined): ClientConfig | undefined {
    let id = form.get("client_id") ?? "";
    let secret = form.get("client_secret") ?? "";
    const basic = authorization?.match(/^Basic\s+(.+)$/i);
    if (basic) {
      const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
      const i = decoded.indexOf(":");
      id = decodeURIComponent(decoded.slice(0, i));
      secret = decodeURIComponent(decoded.slice(i + 1));
    }
    return this.o.registry.authenticate(id, secret);
  }

  /** POST token (application/x-www-form-urlencoded). */
  async token(form: URLSearchParams, authorization: string | undefined): Promise<OAuthReply> {
    const client = this.clientOf(form, authorization);
    if (!client) return oauthError(401, "invalid_client", "unknown client or wrong secret");
    const grant = form.get("grant_type");
    if (grant === "client_credentials") return this.clientCredentials(client, form);
    if (grant === "authorization_code") return this.authorizationCode(client, form);
    return oauthError(400, "unsupported_grant_type", "grant_type must be client_credentials or authorization_code");
  }

  private async clientCredentials(client: ClientConfig, form: URLSearchParams): Promise<OAuthReply> {
    const allowed = this.o.registry.scopesOf(client);
    const asked = (form.get("scope") ?? allowed.join(" ")).split(" ").filter(Boolean);
    const refused = asked.filter((s) => !allowed.includes(s));
    if (refused.length) return oauthError(400, "invalid_scope", `the client may not have ${refused.join(" ")}`);
    const audiences = [...(client.systemNo ? [this.o.intakeAudience] : []), ...(client.audiences ?? [])];
    const audience = form.get("resource") ?? form.get("audience") ?? audiences[0];
    if (!audience || !audiences.includes(audience)) return oauthError(400, "invalid_target", "the client may not have tokens for that audience");
    const token = await issueAccessToken(this.o.key, { issuer: this.o.issuer, audience, clientId: client.clientId, scopes: asked, ttlSeconds: ACCESS_TOKEN_TTL });
    return { status: 200, body: { access_token: token, token_type: "Bearer", expires_in: ACCESS_TOKEN_TTL, scope: asked.join(" ") } };
  }

  private async authorizationCode(client: ClientConfig, form: URLSearchParams): Promise<OAuthReply> {
    const code = form.get("code") ?? "";
    const pending = this.codes.get(code);
    this.codes.delete(code);
    if (!pending || pending.expiresAt < Date.now() || pending.clientId !== client.clientId) return oauthError(400, "invalid_grant", "the code is unknown, used, expired or not this client's");
    if (form.get("redirect_uri") !== pending.redirectUri) return oauthError(400, "invalid_grant", "redirect_uri differs from the authorisation request's");
    if (pending.codeChallenge && s256(form.get("code_verifier") ?? "") !== pending.codeChallenge) return oauthError(400, "invalid_grant", "code_verifier does not match the code_challenge");
    const user = this.o.registry.user(pending.sub);
    const { sub, ...claims } = user;
    const idToken = await issueIdToken(this.o.key, { issuer: this.o.issuer, clientId: client.clientId, subject: sub, nonce: pending.nonce, authTime: pending.authTime, claims });
    const accessToken = await issueAccessToken(this.o.key, { issuer: this.o.issuer, audience: this.url("userinfo"), clientId: client.clientId, subject: sub, scopes: pending.scope.split(" "), ttlSeconds: ACCESS_TOKEN_TTL });
    return { status: 200, body: { access_token: accessToken, token_type: "Bearer", expires_in: ACCESS_TOKEN_TTL, id_token: idToken, scope: pending.scope } };
  }

  /** GET userinfo with the access token of a login. */
  async userinfo(authorization: string | undefined): Promise<OAuthReply> {
    try {
      const claims = await this.userinfoVerifier(authorization, "openid");
      const user = this.o.registry.users.find((u) => u.sub === claims.sub);
      return user ? { status: 200, body: user } : oauthError(401, "invalid_token", "the user is gone");
    } catch (e) {
      if (e instanceof TokenError) return { status: e.status, body: { error: "invalid_token", error_description: e.message } };
      throw e;
    }
  }
}

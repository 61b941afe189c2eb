/**
 * The trading system's side of single sign-on (access standard, ACC-SSO): an OpenID Connect relying
 * party of the platform, authorisation-code flow with state, nonce and PKCE (S256).
 * `begin` makes the redirect to the platform's authorisation endpoint and keeps what the callback needs;
 * `complete` checks the state, exchanges the code at the token endpoint and verifies the ID token
 * against the platform's JWKS (signature, iss, aud, exp, nonce). Failures are ProblemErrors with the
 * standard's codes: sso-state-invalid (400) and sso-login-failed (401).
 */
import { createHash, randomBytes } from "node:crypto";
import type { KeySource } from "../auth/access-tokens.ts";
import { idTokenVerifier, type IdTokenClaims } from "../auth/id-tokens.ts";
import { ProblemError } from "./server.ts";
import { PLATFORM_PATHS } from "../../generated/sdk/platform.ts";

export interface OidcProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

/** What `begin` keeps for the callback, under its state. `data` is the caller's (module, deep-link parameters). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  createdAt: number;
  data: Record<string, string>;
}

/** Where pending logins wait for their callback; a system with several instances shares one. */
export interface PendingLoginStore {
  put(login: PendingLogin): void;
  /** Removes and returns the login of `state` (undefined when unknown or expired). */
  take(state: string): PendingLogin | undefined;
}

export function memoryPendingLoginStore(ttlMs = 10 * 60_000, now: () => number = Date.now): PendingLoginStore {
  const logins = new Map<string, PendingLogin>();
  return {
    put(login) {
      for (const [s, l] of logins) if (now() - l.createdAt > ttlMs) logins.delete(s);
      logins.set(login.state, login);
    },
    take(state) {
      const l = logins.get(state);
      logins.delete(state);
      return l && now() - l.createdAt <= ttlMs ? l : undefined;
    },
  };
}

export interface RelyingPartyOptions {
  /** The platform's issuer identifier (its OpenID provider). */
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** This system's callback URL, registered at the platform. */
  redirectUri: string;
  /** The provider's metadata; fetched from {issuer}/.well-known/openid-configuration when not given. */
  metadata?: OidcProviderMetadata;
  /** Keys for the ID token; the metadata's jwks_uri when not given. */
  keys?: KeySource;
  scopes?: string[];
  store?: PendingLoginStore;
  fetch?: typeof fetch;
  clockToleranceSeconds?: number;
}

export interface CallbackParams {
  code?: string;
  state?: string;
  error?: string;
  error_description?: string;
}

const b64url = (b: Buffer) => b.toString("base64url");

export function createRelyingParty(o: RelyingPartyOptions) {
  const doFetch = o.fetch ?? fetch;
  const store = o.store ?? memoryPendingLoginStore();
  let metadata: Promise<OidcProviderMetadata> | undefined = o.metadata ? Promise.resolve(o.metadata) : undefined;
  let verifier: ReturnType<typeof idTokenVerifier> | undefined;

  const providerMetadata = () =>
    (metadata ??= (async () => {
      const url = `${o.issuer.replace(/\/$/, "")}${PLATFORM_PATHS.openidConfiguration}`;
      const res = await doFetch(url, { signal: AbortSignal.timeout(10_000) });
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
      return (await res.json()) as OidcProviderMetadata;
    })().catch((e) => {
      metadata = undefined;
      throw e;
    }));

  async function verifyIdToken(idToken: string, nonce: string): Promise<IdTokenClaims> {
    const m = await providerMetadata();
    verifier ??= idTokenVerifier(o.keys ?? new URL(m.jwks_uri), { issuer: m.issuer, clientId: o.clientId, clockToleranceSeconds: o.clockToleranceSeconds });
    return verifier(idToken, nonce);
  }

  const failed = (detail: string) => new ProblemError("sso-login-failed", detail);

  return {
    store,

    /** Starts a login: the URL to redirect the browser to, and its state. */
    async begin(data: Record<string, string>): Promise<{ location: string; state: string }> {
      const m = await providerMetadata();
      const login: PendingLogin = {
        state: b64url(randomBytes(24)),
        nonce: b64url(randomBytes(24)),
        codeVerifier: b64url(randomBytes(32)),
        createdAt: Date.now(),
        data,
      };
      store.put(login);
      const url = new URL(m.authorization_endpoint);
      url.search = new URLSearchParams({
        response_type: "code",
        client_id: o.clientId,
        redirect_uri: o.redirectUri,
        scope: (o.scopes ?? ["openid", "profile"]).join(" "),
        state: login.state,
        nonce: login.nonce,
        code_challenge: b64url(createHash("sha256").update(login.codeVerifier).digest()),
        code_challenge_method: "S256",
      }).toString();
      return { location: url.toString(), state: login.state };
    },

    /** Completes a login at the callback: the ID token's claims and the data `begin` was given. */
    async complete(params: CallbackParams): Promise<{ claims: IdTokenClaims; data: Record<string, string> }> {
      const login = params.state ? store.take(params.state) : undefined;
      if (!login) throw new ProblemError("sso-state-invalid", "the login state is unknown or expired");
      if (params.error) throw failed(`the platform refused the login: ${params.error}`);
      if (!params.code) throw failed("the callback has no code");
      const m = await providerMetadata();
      const form = new URLSearchParams({ grant_type: "authorization_code", code: params.code, redirect_uri: o.redirectUri, code_verifier: login.codeVerifier });
      const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" };
      if (o.clientSecret !== undefined)
        headers.Authorization = `Basic ${Buffer.from(`${encodeURIComponent(o.clientId)}:${encodeURIComponent(o.clientSecret)}`).toString("base64")}`;
      else form.set("client_id", o.clientId);
      const res = await doFetch(m.token_endpoint, { method: "POST", headers, body: form, signal: AbortSignal.timeout(10_000) }).catch((e: Error) => {
        throw failed(`the token endpoint cannot be reached: ${e.message}`);
      });
      const body = (await res.json().catch(() => ({}))) as { id_token?: unknown; error?: unknown };
      if (!res.ok || typeof body.id_token !== "string") throw failed(`the token endpoint answered ${res.status}${typeof body.error === "string" ? ` (${body.error})` : ""} without an ID token`);
      let claims: IdTokenClaims;
      try {
        claims = await verifyIdToken(body.id_token, login.nonce);
      } catch (e) {
        throw failed(`the ID token is invalid: ${(e as Error).message}`);
      }
      return { claims, data: login.data };
    },
  };
}

export type RelyingParty = ReturnType<typeof createRelyingParty>;

/**
 * The credentials file of `ywjy certify --credentials FILE`: JSON, or YAML when the file name ends in
 * `.yaml` or `.yml`. It tells the runner how to act as the city platform towards the system it
 * certifies. Nothing from this file is ever written to a report or a log.
 * Its JSON Schema is generated into generated/schemas/credentials.json; the guide
 * docs/<lang>/credentials-file.md shows a complete file for each set-up.
 *
 * Two set-ups:
 * - the runner's own platform (no `platformKey`): the runner makes a token-signing key per run and
 *   serves it at its own platform URL (`--platform-listen`), which the system is started with;
 * - a sandbox platform key the system already trusts (`platformKey` and `issuer`): the runner signs
 *   its tokens with that key, under that issuer.
 */

/**
 * A JSON Web Key (RFC 7517). Members besides these are allowed (`key_ops`, `x5c`…).
 * @additionalProperties true
 */
export interface Jwk {
  /** Key type: `EC` (ES256, curve P-256) or `OKP` (EdDSA, curve Ed25519). */
  kty: string;
  /** Key id; the runner computes the RFC 7638 thumbprint when it is absent. */
  kid?: string;
  crv?: string;
  x?: string;
  y?: string;
  alg?: string;
  use?: string;
}

/**
 * A private JWK: the public members and the private `d`.
 * @additionalProperties true
 */
export interface PrivateJwk extends Jwk {
  /** The private key (base64url). */
  d: string;
}

/** A JSON Web Key Set (RFC 7517 §5). */
export interface JwkSet {
  keys: Jwk[];
}

/**
 * A client of the system at the runner's platform: its push client (clientId, clientSecret,
 * systemNo; jwks, or else the file's systemJwks) and its single sign-on client (clientId,
 * clientSecret, redirectUris). One client may be both.
 */
export interface PlatformClient {
  /**
   * The client id the system authenticates with at the platform's token endpoint.
   * @minLength 1
   */
  clientId: string;
  /** The client secret (client_secret_basic or client_secret_post at the token endpoint). */
  clientSecret?: string;
  /** A display name. */
  name?: string;
  /**
   * The SYSTEM_NO the client pushes for; grants it the push scope (report:push).
   * @pattern ^[0-9A-Za-z]{4}$
   */
  systemNo?: string;
  /** The public keys the system signs its pushes and manifests with (Ywjy-Signature). */
  jwks?: JwkSet;
  /** Further scopes the client may ask for. */
  scopes?: string[];
  /** Audiences (RFC 8707 resource values) the client may ask tokens for, besides the intake. */
  audiences?: string[];
  /** The redirect URIs of the system's single sign-on callback (exact match). */
  redirectUris?: string[];
}

export interface Credentials {
  /**
   * The client id the runner puts in the tokens it sends to the system (`client_id`, `sub`).
   * @minLength 1
   */
  clientId: string;
  /** The `aud` the system expects; by default the `auth.audience` of its discovery document. */
  audience?: string;
  /** The issuer the system trusts, when it is not the runner's own platform URL. Required with `platformKey`. */
  issuer?: string;
  /** The private JWK of the platform key the system trusts (ES256 or EdDSA). Requires `issuer`. */
  platformKey?: PrivateJwk;
  /** The system's push-signing public keys: the `jwks` of every platform client that has a systemNo and no jwks of its own. */
  systemJwks?: JwkSet;
  /** The system's own clients at the runner's platform. */
  platformClients?: PlatformClient[];
}

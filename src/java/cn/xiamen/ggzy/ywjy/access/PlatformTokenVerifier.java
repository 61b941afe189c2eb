package cn.xiamen.ggzy.ywjy.access;

import cn.xiamen.ggzy.ywjy.channel.JwsCompact;
import cn.xiamen.ggzy.ywjy.spec.AccessApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Verifies the platform's access tokens (RFC 9068 JWTs, ES256 or EdDSA) as a trading system must: the
 * signature against the platform's JWKS (fetched again, at most once a second, when a token names an
 * unknown key id — key rotation), then issuer, audience, not-before and expiry (30 s tolerance), then the
 * scopes an operation needs. Only the algorithms of the platform's keys are accepted, whatever the header
 * says (ACC-AUTH-08: no alg none, no HS256 keyed with a public key), and a token must carry an exp no
 * further away than the access standard's maxTokenLifetime (ACC-AUTH-09). Every failure has the access standard's error code (token-missing,
 * token-malformed, token-bad-signature, token-wrong-issuer, token-wrong-audience, token-not-yet-valid,
 * token-expired, scope-missing).
 */
public final class PlatformTokenVerifier {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long REFETCH_COOLDOWN_MS = 1000;
  private static final long CLOCK_TOLERANCE_S = 30;
  /** The algorithms of the platform's keys: the only ones a token may be signed with (ACC-AUTH-08). */
  private static final List<String> TOKEN_ALGORITHMS = List.of("ES256", "EdDSA");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String jwksUri;
  private final String issuer;
  private final String audience;
  private JsonNode jwks;
  private long fetchedAt;

  /** A token error: its code, and the HTTP status the code has (401, or 403 for a missing scope). */
  public static final class TokenException extends Exception {
    public final String code;

    public TokenException(String code, String message) {
      super(message);
      this.code = code;
    }

    public int status() {
      return code.equals("scope-missing") ? 403 : 401;
    }
  }

  public PlatformTokenVerifier(String jwksUri, String issuer, String audience) {
    this.jwksUri = jwksUri;
    this.issuer = issuer;
    this.audience = audience;
  }

  private synchronized JsonNode keys(boolean refresh) throws TokenException {
    long now = System.currentTimeMillis();
    if (jwks == null || (refresh && now - fetchedAt >= REFETCH_COOLDOWN_MS)) {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(jwksUri)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) jwks = JSON.readTree(r.body());
      } catch (java.io.IOException e) {
        // keep the keys we have
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      fetchedAt = now;
      if (jwks == null) throw new TokenException("token-bad-signature", "the platform's keys cannot be fetched");
    }
    return jwks;
  }

  private static boolean hasKid(JsonNode jwks, String kid) {
    for (JsonNode k : jwks.path("keys")) if (kid == null || kid.equals(k.path("kid").asText())) return true;
    return false;
  }

  /** The token's claims, after every check; `scopes` are the scopes the operation needs. */
  public JsonNode verify(String authorization, List<String> scopes) throws TokenException {
    if (authorization == null) throw new TokenException("token-missing", "no Authorization: Bearer token");
    if (!authorization.matches("Bearer [A-Za-z0-9_.~+/=-]+")) throw new TokenException("token-malformed", "the Authorization header is not a Bearer token");
    String token = authorization.substring(7);
    JsonNode header = JwsCompact.header(token);
    byte[] payload = JwsCompact.payload(token);
    JsonNode claims;
    try {
      claims = payload == null ? null : JSON.readTree(payload);
    } catch (java.io.IOException e) {
      claims = null;
    }
    if (header == null || claims == null || !claims.isObject()) throw new TokenException("token-malformed", "the bearer token is not a JWT");
    String alg = header.path("alg").asText();
    // Refused before any key is looked at: alg none, and HS256 keyed with a public key, never reach a verifier.
    if (!TOKEN_ALGORITHMS.contains(alg)) throw new TokenException("token-bad-signature", "the token's algorithm " + alg + " is not that of the platform's keys");
    String kid = header.path("kid").asText(null);
    JsonNode keys = keys(false);
    if (!hasKid(keys, kid)) keys = keys(true);
    try {
      JwsCompact.verify(token, keys);
    } catch (java.security.GeneralSecurityException e) {
      throw new TokenException("token-bad-signature", "the token's signature does not verify against the platform's keys");
    }
    long now = System.currentTimeMillis() / 1000;
    if (!issuer.equals(claims.path("iss").asText(null))) throw new TokenException("token-wrong-issuer", "the token is from another issuer");
    JsonNode aud = claims.path("aud");
    boolean audOk = aud.isTextual() ? aud.asText().equals(audience) : false;
    for (JsonNode a : aud) audOk |= a.asText().equals(audience);
    if (!audOk) throw new TokenException("token-wrong-audience", "the token is for another audience");
    if (claims.has("nbf") && claims.path("nbf").asLong() > now + CLOCK_TOLERANCE_S) throw new TokenException("token-not-yet-valid", "the token is not valid yet");
    if (!claims.path("exp").isNumber()) throw new TokenException("token-malformed", "the token has no valid exp claim");
    if (claims.path("exp").asDouble() <= now - CLOCK_TOLERANCE_S) throw new TokenException("token-expired", "the token has expired");
    if (claims.path("exp").asDouble() - now > AccessApi.MAX_TOKEN_LIFETIME + CLOCK_TOLERANCE_S)
      throw new TokenException("token-malformed", "the token's exp is more than maxTokenLifetime (" + AccessApi.MAX_TOKEN_LIFETIME + " s) away");
    List<String> granted = List.of(claims.path("scope").asText("").split(" "));
    for (String s : scopes) if (!granted.contains(s)) throw new TokenException("scope-missing", "the token lacks the scope " + s);
    return claims;
  }
}

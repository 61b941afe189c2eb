package cn.xiamen.ggzy.ywjy.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;

/** Compact JWS (a JWT) verified with the detached-JWS code: header.payload.signature → header..signature over the payload. */
public final class JwsCompact {
  private JwsCompact() {}

  /** The decoded payload bytes of a compact JWS, or null when it is not header.payload.signature in base64url. */
  public static byte[] payload(String jws) {
    String[] parts = jws.split("\\.", -1);
    if (parts.length != 3) return null;
    try {
      return SigningKey.B64D.decode(parts[1]);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The protected header of a compact JWS, or null when it cannot be read. */
  public static JsonNode header(String jws) {
    String[] parts = jws.split("\\.", -1);
    if (parts.length != 3) return null;
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(SigningKey.B64D.decode(parts[0]));
    } catch (java.io.IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Verifies the signature with a key of `jwks` (by kid); throws with the reason. */
  public static void verify(String jws, JsonNode jwks) throws GeneralSecurityException {
    String[] parts = jws.split("\\.", -1);
    byte[] payload = payload(jws);
    if (payload == null) throw new GeneralSecurityException("not a compact JWS");
    DetachedJws.verify(parts[0] + ".." + parts[2], payload, jwks);
  }
}

package cn.xiamen.ggzy.ywjy.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Map;

/**
 * Detached JWS (RFC 7515 Appendix F), compact form `header..signature`: the channel's message and receipt
 * signatures. ES256 signs with the JDK's ECDSA in the JWS (IEEE P1363, r‖s) form, EdDSA with Ed25519.
 */
public final class DetachedJws {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DetachedJws() {}

  private static String jdkAlgorithm(String alg) {
    switch (alg) {
      case "ES256": return "SHA256withECDSAinP1363Format";
      case "EdDSA": return "Ed25519";
      default: throw new IllegalArgumentException("JWS alg " + alg + " is not one the channel accepts (ES256, EdDSA)");
    }
  }

  /** Signs `body` with a protected header of `extraHeader` (in its order) and then alg and kid. */
  public static String sign(byte[] body, SigningKey key, Map<String, Object> extraHeader) throws GeneralSecurityException {
    ObjectNode header = JSON.createObjectNode();
    for (Map.Entry<String, Object> e : extraHeader.entrySet()) header.set(e.getKey(), JSON.valueToTree(e.getValue()));
    header.put("alg", key.alg).put("kid", key.kid);
    String h;
    try {
      h = SigningKey.B64.encodeToString(JSON.writeValueAsBytes(header));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Signature s = Signature.getInstance(jdkAlgorithm(key.alg));
    s.initSign(key.privateKey);
    s.update(SigningKey.utf8(h + "." + SigningKey.B64.encodeToString(body)));
    return h + ".." + SigningKey.B64.encodeToString(s.sign());
  }

  /** Verifies a detached JWS over `body` with a key of `jwks` (by kid); returns the protected header, or throws with the reason. */
  public static JsonNode verify(String detached, byte[] body, JsonNode jwks) throws GeneralSecurityException {
    String[] parts = detached.split("\\.", -1);
    if (parts.length != 3 || !parts[1].isEmpty()) throw new GeneralSecurityException("not a detached JWS (expected header..signature)");
    JsonNode header;
    try {
      header = JSON.readTree(SigningKey.B64D.decode(parts[0]));
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new GeneralSecurityException("the JWS header is not base64url JSON");
    }
    String alg = header.path("alg").asText();
    String kid = header.path("kid").asText(null);
    JsonNode jwk = null;
    for (JsonNode k : jwks.path("keys")) if (kid == null || kid.equals(k.path("kid").asText())) jwk = k;
    if (jwk == null) throw new GeneralSecurityException("no key of the key set has kid " + kid);
    boolean okp = "OKP".equals(jwk.path("kty").asText());
    if (!(alg.equals("EdDSA") && okp) && !(alg.equals("ES256") && !okp)) throw new GeneralSecurityException("alg " + alg + " does not fit the key " + kid);
    Signature s = Signature.getInstance(jdkAlgorithm(alg));
    s.initVerify(SigningKey.publicKey(jwk));
    s.update(SigningKey.utf8(parts[0] + "." + SigningKey.B64.encodeToString(body)));
    byte[] signature;
    try {
      signature = SigningKey.B64D.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("the signature is not base64url");
    }
    if (!s.verify(signature)) throw new GeneralSecurityException("the signature does not verify");
    return header;
  }
}

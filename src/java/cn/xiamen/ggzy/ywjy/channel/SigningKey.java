package cn.xiamen.ggzy.ywjy.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * A JWS signing key of the channel, as a JSON Web Key: ES256 (EC P-256) or EdDSA (Ed25519), with the JDK's
 * own providers (no JOSE library). The kid is the RFC 7638 thumbprint, as the TypeScript SDK computes it.
 * A private key stays in its file and in memory; {@link #publicJwk()} is what the platform registers.
 */
public final class SigningKey {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  static final Base64.Decoder B64D = Base64.getUrlDecoder();

  public final String alg;
  public final String kid;
  final PrivateKey privateKey;
  private final ObjectNode publicJwk;
  private final ObjectNode privateJwk;

  private SigningKey(String alg, PrivateKey privateKey, ObjectNode publicJwk, String d) {
    this.alg = alg;
    this.privateKey = privateKey;
    ObjectNode pub = publicJwk.deepCopy();
    this.kid = pub.has("kid") ? pub.get("kid").asText() : thumbprint(pub);
    pub.put("kid", kid).put("alg", alg).put("use", "sig");
    this.publicJwk = pub;
    this.privateJwk = pub.deepCopy().put("d", d);
  }

  /** The public half as a JWK with kid, alg and use, fit for a JWKS. */
  public ObjectNode publicJwk() {
    return publicJwk.deepCopy();
  }

  /** {"keys":[publicJwk]}. */
  public ObjectNode jwks() {
    ObjectNode jwks = JSON.createObjectNode();
    jwks.putArray("keys").add(publicJwk());
    return jwks;
  }

  /** Writes the private JWK to a file readable by its owner only. */
  public void save(Path path) throws java.io.IOException {
    Files.writeString(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(privateJwk) + "\n", StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system
    }
  }

  /** A new key: "ES256" (default of the channel) or "EdDSA". */
  public static SigningKey generate(String alg) throws java.security.GeneralSecurityException {
    if (alg.equals("EdDSA")) {
      KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      EdECPublicKey pub = (EdECPublicKey) kp.getPublic();
      byte[] d = ((EdECPrivateKey) kp.getPrivate()).getBytes().orElseThrow();
      ObjectNode jwk = JSON.createObjectNode().put("crv", "Ed25519").put("x", B64.encodeToString(encodeEd(pub.getPoint()))).put("kty", "OKP");
      return new SigningKey("EdDSA", kp.getPrivate(), jwk, B64.encodeToString(d));
    }
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair kp = g.generateKeyPair();
    ECPoint w = ((ECPublicKey) kp.getPublic()).getW();
    ObjectNode jwk = JSON.createObjectNode().put("crv", "P-256").put("kty", "EC").put("x", B64.encodeToString(unsigned(w.getAffineX(), 32))).put("y", B64.encodeToString(unsigned(w.getAffineY(), 32)));
    return new SigningKey("ES256", kp.getPrivate(), jwk, B64.encodeToString(unsigned(((ECPrivateKey) kp.getPrivate()).getS(), 32)));
  }

  /** Reads a private JWK from a file; the error names the file, never the key. */
  public static SigningKey load(Path path) throws java.io.IOException, java.security.GeneralSecurityException {
    JsonNode jwk;
    try {
      jwk = JSON.readTree(Files.readString(path, StandardCharsets.UTF_8));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.IOException(path + ": not a readable JSON Web Key (invalid JSON)");
    }
    if (!jwk.hasNonNull("d")) throw new java.io.IOException(path + ": the JWK has no private part (\"d\")");
    return fromJwk((ObjectNode) jwk);
  }

  static SigningKey fromJwk(ObjectNode jwk) throws java.security.GeneralSecurityException {
    String d = jwk.get("d").asText();
    ObjectNode pub = jwk.deepCopy();
    pub.remove("d");
    if ("Ed25519".equals(jwk.path("crv").asText())) {
      PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, B64D.decode(d)));
      return new SigningKey("EdDSA", key, pub, d);
    }
    PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, B64D.decode(d)), p256()));
    return new SigningKey("ES256", key, pub, d);
  }

  /** The public key of a JWK (EC P-256 or Ed25519), for verifying. */
  static PublicKey publicKey(JsonNode jwk) throws java.security.GeneralSecurityException {
    if ("OKP".equals(jwk.path("kty").asText())) {
      byte[] x = B64D.decode(jwk.get("x").asText());
      boolean xOdd = (x[x.length - 1] & 0x80) != 0;
      byte[] y = x.clone();
      y[y.length - 1] &= 0x7f;
      reverse(y);
      return KeyFactory.getInstance("Ed25519").generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, y))));
    }
    ECPoint w = new ECPoint(new BigInteger(1, B64D.decode(jwk.get("x").asText())), new BigInteger(1, B64D.decode(jwk.get("y").asText())));
    return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, p256()));
  }

  private static ECParameterSpec p256() throws java.security.GeneralSecurityException {
    AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
    p.init(new ECGenParameterSpec("secp256r1"));
    return p.getParameterSpec(ECParameterSpec.class);
  }

  /** RFC 8032 encoding of an Ed25519 point: y little-endian, the top bit the parity of x. */
  private static byte[] encodeEd(EdECPoint p) {
    byte[] y = unsigned(p.getY(), 32);
    reverse(y);
    if (p.isXOdd()) y[31] |= (byte) 0x80;
    return y;
  }

  private static void reverse(byte[] b) {
    for (int i = 0, j = b.length - 1; i < j; i++, j--) {
      byte t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
  }

  private static byte[] unsigned(BigInteger n, int length) {
    byte[] raw = n.toByteArray();
    if (raw.length == length) return raw;
    byte[] out = new byte[length];
    if (raw.length > length) System.arraycopy(raw, raw.length - length, out, 0, length);
    else System.arraycopy(raw, 0, out, length - raw.length, raw.length);
    return out;
  }

  /** RFC 7638: SHA-256 of the required members in lexicographic order, base64url. */
  static String thumbprint(JsonNode jwk) {
    String json = "OKP".equals(jwk.path("kty").asText())
        ? "{\"crv\":\"" + jwk.get("crv").asText() + "\",\"kty\":\"OKP\",\"x\":\"" + jwk.get("x").asText() + "\"}"
        : "{\"crv\":\"" + jwk.get("crv").asText() + "\",\"kty\":\"EC\",\"x\":\"" + jwk.get("x").asText() + "\",\"y\":\"" + jwk.get("y").asText() + "\"}";
    try {
      return B64.encodeToString(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "SigningKey(" + alg + ", kid " + kid + ")"; // never the private part
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static boolean sameBytes(byte[] a, byte[] b) {
    return Arrays.equals(a, b);
  }
}

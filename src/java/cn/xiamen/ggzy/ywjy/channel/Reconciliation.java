package cn.xiamen.ggzy.ywjy.channel;

import cn.xiamen.ggzy.ywjy.runtime.JsJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reconciliation (对账) digests and the sender's manifest, as the channel document defines them
 * (src/platform/reconciliation.ts): a record's digest is `sha256:` + hex SHA-256 of its RFC 8785 canonical
 * JSON; a bucket (day × DATA_NO) digest is over the lines `DATA_KEY digest\n` sorted by DATA_KEY.
 */
public final class Reconciliation {
  private Reconciliation() {}

  static String sha256(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String recordDigest(JsonNode record) {
    return sha256(JsJson.canonical(record).getBytes(StandardCharsets.UTF_8));
  }

  /** The day a record counts for: the first 8 digits of its DATA_TIMESTAMP, or null. */
  public static String recordDay(JsonNode record) {
    String ts = record.path("context").path("DATA_TIMESTAMP").asText("");
    return ts.matches("\\d{14}") ? ts.substring(0, 8) : null;
  }

  /** The manifest of `records` for `days`: buckets sorted by day then DATA_NO, items by DATA_KEY. */
  public static ObjectNode manifest(String systemNo, Iterable<JsonNode> records, List<String> days, boolean withItems, String manifestId, String createdAt) {
    Set<String> wanted = Set.copyOf(days);
    Map<String, Map<Integer, TreeMap<String, String>>> groups = new TreeMap<>();
    for (JsonNode r : records) {
      String day = recordDay(r);
      if (day == null || !wanted.contains(day)) continue;
      groups.computeIfAbsent(day, d -> new TreeMap<>()).computeIfAbsent(r.path("DATA_NO").asInt(), n -> new TreeMap<>()).put(r.path("DATA_KEY").asText(), recordDigest(r));
    }
    ObjectNode m = Outbox.JSON.createObjectNode();
    m.put("manifestId", manifestId).put("systemNo", systemNo);
    ArrayNode ds = m.putArray("days");
    new ArrayList<>(days).stream().sorted().forEach(ds::add);
    m.put("createdAt", createdAt);
    ArrayNode buckets = m.putArray("buckets");
    groups.forEach((day, byNo) -> byNo.forEach((dataNo, items) -> {
      StringBuilder lines = new StringBuilder();
      items.forEach((key, digest) -> lines.append(key).append(' ').append(digest).append('\n'));
      ObjectNode b = buckets.addObject();
      b.put("day", day).put("DATA_NO", dataNo).put("count", items.size()).put("digest", sha256(lines.toString().getBytes(StandardCharsets.UTF_8)));
      if (withItems) {
        ArrayNode list = b.putArray("items");
        items.forEach((key, digest) -> list.addObject().put("DATA_KEY", key).put("digest", digest));
      }
    }));
    return m;
  }
}

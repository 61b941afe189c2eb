package cn.xiamen.ggzy.ywjy.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the publisher keeps its messages until their final receipt, as the TypeScript publisher does:
 * dataDir/outbox/NNNNNNNNNNNN.json one file per unsent message, dataDir/counters.json, dataDir/receipts.ndjson
 * the final receipts, dataDir/rejected/NNNNNNNNNNNN.json a rejected message with its receipt. Every write
 * reaches the disk before the publisher goes on (a crash leaves the old or the new file, never a torn one).
 * Without a directory, memory only.
 */
public final class Outbox {
  static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;

  /** One message: the exact body bytes, its numbers and signature once it has been sent. */
  public static final class Item {
    public String id;
    public long no;
    public String orderingKey;
    public String contentType;
    public String body;
    public List<String> dataKeys;
    public String occurredAt;
    public String enqueuedAt;
    public int attempts;
    public String eventId;
    public Long sequence;
    public String signature;
  }

  /** The next message number and the next sequence number. */
  static final class Counters {
    public long nextSequence = 1;
    public long nextNo = 1;
  }

  Outbox(Path dir) {
    this.dir = dir;
    if (dir == null) return;
    try {
      Files.createDirectories(dir.resolve("outbox"));
      Files.createDirectories(dir.resolve("rejected"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(Item item) {
    return dir.resolve("outbox").resolve(String.format("%012d.json", item.no));
  }

  /** The unsent messages in order, and the counters caught up with them. */
  List<Item> load(Counters counters) throws IOException {
    List<Item> items = new ArrayList<>();
    if (dir == null) return items;
    Path c = dir.resolve("counters.json");
    if (Files.exists(c)) {
      Counters read = JSON.readValue(c.toFile(), Counters.class);
      counters.nextNo = read.nextNo;
      counters.nextSequence = read.nextSequence;
    }
    try (Stream<Path> files = Files.list(dir.resolve("outbox"))) {
      for (Path p : files.sorted().toList()) {
        if (p.toString().endsWith(".tmp")) Files.delete(p);
        else if (p.toString().endsWith(".json")) items.add(JSON.readValue(p.toFile(), Item.class));
      }
    }
    for (Item i : items) {
      counters.nextNo = Math.max(counters.nextNo, i.no + 1);
      if (i.sequence != null) counters.nextSequence = Math.max(counters.nextSequence, i.sequence + 1);
    }
    return items;
  }

  void save(Item item) {
    if (dir != null) writeDurably(file(item), json(item));
  }

  void remove(Item item) {
    if (dir == null) return;
    try {
      Files.deleteIfExists(file(item));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void saveCounters(Counters c) {
    if (dir != null) writeDurably(dir.resolve("counters.json"), json(c));
  }

  /** Keeps a final receipt; a rejected message is kept whole, for correction. */
  void settle(Item item, JsonNode receipt) {
    if (dir == null) return;
    if ("rejected".equals(receipt.path("status").asText())) {
      ObjectNode kept = JSON.createObjectNode();
      kept.set("item", JSON.valueToTree(item));
      kept.set("receipt", receipt);
      writeDurably(dir.resolve("rejected").resolve(String.format("%012d.json", item.no)), kept.toPrettyString());
    }
    write(dir.resolve("receipts.ndjson"), json(receipt) + "\n", StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  private static String json(Object v) {
    try {
      return JSON.writeValueAsString(v);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path path, String text, StandardOpenOption... options) {
    try (FileChannel ch = FileChannel.open(path, options)) {
      ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeDurably(Path path, String text) {
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    write(tmp, text, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    try {
      Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

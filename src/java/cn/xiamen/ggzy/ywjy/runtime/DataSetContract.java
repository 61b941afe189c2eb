package cn.xiamen.ggzy.ywjy.runtime;

import java.util.List;
import java.util.function.Supplier;

/**
 * A data set of the norm: its number and identifier, names, the generated record type, its JSON Schema
 * (built on first use), whether it has two or more fields of the code hierarchy, and its subject-code checks.
 */
public record DataSetContract(
    int dataNo,
    String dataEn,
    Localized names,
    Class<? extends DataSetRecord> recordType,
    Supplier<Schema> schemaSupplier,
    boolean hierarchy,
    List<SubjectCodeCheck> subjectCodes) {

  private static final java.util.Map<Integer, Schema> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

  public Schema schema() {
    return BUILT.computeIfAbsent(dataNo, n -> schemaSupplier.get());
  }
}

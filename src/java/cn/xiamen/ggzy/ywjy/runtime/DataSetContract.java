package cn.xiamen.ggzy.ywjy.runtime;

import java.util.List;
import java.util.function.Supplier;

/**
 * A data set of the norm: its number and identifier, names, the generated record type, its JSON Schema
 * (built on first use), whether it has two or more fields of the code hierarchy, and the checks beyond the
 * schema: subject codes by their kind, codes valid only for a period, items of a list, city-level regions.
 */
public record DataSetContract(
    int dataNo,
    String dataEn,
    Localized names,
    Class<? extends DataSetRecord> recordType,
    Supplier<Schema> schemaSupplier,
    boolean hierarchy,
    List<SubjectCodeCheck> subjectCodes,
    List<CodePeriodCheck> codePeriods,
    List<ItemFormatCheck> itemFormats,
    /** Fields that must hold a city-level region code (@regionLevel city). */
    List<String> cityLevel,
    /** The field that dates a record (@recordDate of the data set; DATA_TIMESTAMP by default). */
    String recordDateField,
    /** Fields a later version of the norm introduced (@since), with that version's ID. */
    java.util.Map<String, String> since) {

  private static final java.util.Map<Integer, Schema> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

  public Schema schema() {
    return BUILT.computeIfAbsent(dataNo, n -> schemaSupplier.get());
  }
}

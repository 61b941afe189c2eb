package cn.xiamen.ggzy.ywjy.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema node — the subset the generated schemas use (type, properties, required,
 * additionalProperties, items, enum, minLength, maxLength, minimum, maximum, pattern, format) with the norm's annotations
 * (x-zh, x-en, x-notation, x-codelist, x-codelist-separator, x-separator, x-code-type-field). The generated classes of
 * cn.xiamen.ggzy.ywjy.spec build these trees from generated/schemas.
 */
public final class Schema {
  public final String type;
  public String zh;
  public String en;
  public String notation;
  /** The notation's kind: char, number, datetime, date or text. */
  public String notationKind;
  public String codelist;
  public String codelistSeparator;
  /** Set when the field may list several items (x-separator): its fixed length and format apply to each item. */
  public String separator;
  public String codeTypeField;
  public Integer minLength;
  public Integer maxLength;
  public Double minimum;
  public Double maximum;
  public String pattern;
  public java.util.regex.Pattern compiledPattern;
  public String format;
  public List<Object> enumValues;
  public final Map<String, Schema> properties = new LinkedHashMap<>();
  public List<String> required = Collections.emptyList();
  /** false: no other properties; null: any; else the schema of the others (additionalSchema). */
  public Boolean additionalAllowed;
  public Schema additionalSchema;
  public Schema items;

  private Schema(String type) {
    this.type = type;
  }

  public static Schema of(String type) {
    return new Schema(type);
  }

  public Schema names(String zh, String en) {
    this.zh = zh;
    this.en = en;
    return this;
  }

  public Schema notation(String notation, String kind) {
    this.notation = notation;
    this.notationKind = kind;
    return this;
  }

  public Schema codelist(String id) {
    this.codelist = id;
    return this;
  }

  public Schema codelistSeparator(String s) {
    this.codelistSeparator = s;
    return this;
  }

  public Schema separator(String s) {
    this.separator = s;
    return this;
  }

  public Schema codeTypeField(String f) {
    this.codeTypeField = f;
    return this;
  }

  public Schema minLength(int n) {
    this.minLength = n;
    return this;
  }

  public Schema maxLength(int n) {
    this.maxLength = n;
    return this;
  }

  public Schema minimum(double n) {
    this.minimum = n;
    return this;
  }

  public Schema maximum(double n) {
    this.maximum = n;
    return this;
  }

  public Schema pattern(String p) {
    this.pattern = p;
    this.compiledPattern = java.util.regex.Pattern.compile(p);
    return this;
  }

  public Schema format(String f) {
    this.format = f;
    return this;
  }

  public Schema enumOf(Object... values) {
    this.enumValues = List.of(values);
    return this;
  }

  public Schema property(String name, Schema s) {
    properties.put(name, s);
    return this;
  }

  public Schema required(String... names) {
    this.required = List.of(names);
    return this;
  }

  public Schema closed() {
    this.additionalAllowed = false;
    return this;
  }

  public Schema additionalProperties(Schema s) {
    this.additionalSchema = s;
    return this;
  }

  public Schema items(Schema s) {
    this.items = s;
    return this;
  }
}

package cn.xiamen.ggzy.ywjy.runtime;

/** A code field whose list has codes valid only for a period, judged at the record's date; `separator` is set when the field may hold several codes. */
public record CodePeriodCheck(String field, String codelist, String separator) {}

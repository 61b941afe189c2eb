package cn.xiamen.ggzy.ywjy.runtime;

/** A field that lists several items (@separator) each of which must pass an identifier format. */
public record ItemFormatCheck(String field, String separator, String format) {}

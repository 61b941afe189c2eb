package cn.xiamen.ggzy.ywjy.runtime;

import java.util.Map;

/** The context of a report record of one data set (the generated records of cn.xiamen.ggzy.ywjy.model). */
public interface DataSetRecord {
  int dataNo();

  String dataEn();

  /** The context object: field → value in the norm's notation, absent fields left out. */
  Map<String, String> toContext();
}

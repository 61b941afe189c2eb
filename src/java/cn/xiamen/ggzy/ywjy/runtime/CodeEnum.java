package cn.xiamen.ggzy.ywjy.runtime;

/** A code of a code list (the generated enums of cn.xiamen.ggzy.ywjy.codes): the code as reported and its names. */
public interface CodeEnum {
  String code();

  String zh();

  String en();
}

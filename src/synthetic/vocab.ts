/**
 * Words the synthetic year is made of: Xiamen names, roads, trades and projects. Plausibility only;
 * none of these is a fact of the norms (codes come from specs/codelists, regions from REGION).
 */

/** Common surnames of southern Fujian, most frequent first. */
export const SURNAMES = "陈林黄张李王吴蔡郑杨刘许洪庄苏叶曾谢周柯颜卢江游方邱郭何高罗徐朱胡赖康施沈邓魏薛".split("");

export const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚志文华建国海鹏晓婷雪玲辉斌宇浩凯鑫俊晨阳思雅欣子嘉怡琳铭锦荣福鸿榕鹭振毅彬坤煌泽瑞祥亮丹燕琦晖翔圣源妍".split("");

/** Roads by district code (GB/T 2260 codes of Xiamen's six districts). */
export const ROADS: Record<string, string[]> = {
  "350203": ["湖滨南路", "厦禾路", "莲前西路", "嘉禾路", "鹭江道", "思明南路", "环岛南路", "仙岳路", "湖滨北路", "莲岳路"],
  "350205": ["海沧大道", "沧林路", "马青路", "新阳路", "翁角路", "钟林路"],
  "350206": ["湖里大道", "枋湖北二路", "金尚路", "安岭路", "吕岭路", "高林中路", "海天路"],
  "350211": ["集美大道", "杏林湾路", "同集南路", "银江路", "乐海路", "后溪镇新村路"],
  "350212": ["环城南路", "西柯街", "同安大道", "城南路", "新民大道"],
  "350213": ["翔安南路", "新店大道", "翔安西路", "舫山南路", "民安大道"],
};
export const DEFAULT_ROADS = ["人民路", "解放路", "中山路", "建设路", "五一路"];

/** Two-character trade names (字号) are pairs of these. */
export const BRAND = "鑫盛华建宏海鹭嘉泰源恒达联创佳润裕丰森瑞兴隆博远弘晟鼎航明信诚安顺汇德正金祥泓禾启峰".split("");

export const CONTRACTOR_TRADES = ["建设工程", "市政工程", "建筑工程", "路桥建设", "园林绿化工程", "电力工程", "水利水电工程", "装饰工程", "机电安装工程", "土石方工程", "钢结构工程", "幕墙工程"];
export const CONSULTANT_TRADES = ["工程咨询", "工程监理", "勘察设计", "建筑设计研究院", "工程造价咨询", "岩土工程勘察"];
export const SUPPLIER_TRADES = ["科技", "信息技术", "医疗器械", "办公设备", "物业服务", "贸易", "电子科技", "智能科技", "教学设备", "环境服务"];
export const AGENCY_TRADES = ["招标代理", "项目管理", "工程咨询管理", "招标咨询", "建设管理咨询"];
export const COMPANY_PREFIX = ["厦门", "厦门市", "福建", "福建省", "厦门国贸", "厦门特区"];

export const PUBLIC_BODIES = [
  "建设与交通局", "教育局", "卫生健康局", "市政园林局", "水利局", "城市管理局", "农业农村局", "文化和旅游局",
  "实验小学", "第一中学", "人民医院", "妇幼保健院", "社区卫生服务中心", "街道办事处", "图书馆", "体育中心",
];
export const STATE_OWNED = ["城建集团有限公司", "国有资产投资有限公司", "安居集团有限公司", "路桥建设集团有限公司", "轨道交通集团有限公司", "水务集团有限公司", "港务控股集团有限公司"];

export const PROJECT_KINDS = [
  "道路改造工程", "雨污分流改造工程", "学校建设工程", "保障性住房项目", "体育馆建设工程", "景观提升工程", "老旧小区改造工程",
  "污水处理厂扩建工程", "医院综合楼建设工程", "公园建设工程", "桥梁维修加固工程", "综合管廊工程", "海堤加固工程",
  "停车场建设工程", "社区服务中心建设工程", "农村供水提升工程", "河道整治工程", "安置房建设工程",
];
export const PLACES = ["五缘湾", "杏林湾", "马銮湾", "环东海域", "同安新城", "翔安新城", "东孚", "灌口", "后溪", "新店", "莲花", "江头", "枋湖", "前埔", "何厝", "鼓浪屿", "筼筜", "观音山"];

/** Section names by TENDER_PROJECT_CLASSIFY_CODE. */
export const SECTION_KINDS: Record<string, string> = { A01: "规划", A03: "勘察", A04: "设计", A05: "监理", A06: "造价咨询", A08: "施工" };

export const GP_ITEMS = [
  "办公设备采购", "医疗设备采购", "教学设备采购", "物业管理服务", "信息化系统建设", "保洁服务", "公务车辆采购",
  "图书采购", "食堂食材配送服务", "安保服务", "绿化养护服务", "软件开发服务", "实验室设备采购", "课桌椅采购",
];

export const BANKS = ["中国工商银行厦门分行", "中国建设银行厦门市分行", "中国银行厦门市分行", "中国农业银行厦门市分行", "兴业银行厦门分行", "厦门银行", "招商银行厦门分行", "交通银行厦门分行"];
export const INSURERS = ["中国人民财产保险股份有限公司厦门市分公司", "中国平安财产保险股份有限公司厦门分公司", "中国太平洋财产保险股份有限公司厦门分公司", "厦门市融资担保有限公司"];
export const EDUCATION = ["本科", "本科", "硕士研究生", "大专", "博士研究生"];
export const TITLES = ["高级工程师", "工程师", "正高级工程师", "高级经济师", "工程师"];
export const JOBS = ["项目经理", "技术负责人", "总工程师", "副总经理", "部门经理"];
export const MEDIA = ["厦门市公共资源交易网", "中国招标投标公共服务平台", "福建省公共资源交易电子公共服务平台", "厦门市建设工程电子招标投标交易平台"];
export const FUNDS = ["财政资金", "国有资金", "企业自筹", "财政资金及专项债券", "国有企业自有资金"];
export const APPROVERS = ["厦门市发展和改革委员会", "厦门市思明区发展和改革局", "厦门市湖里区发展和改革局", "厦门市集美区发展和改革局", "厦门市海沧区发展和改革局", "厦门市同安区发展和改革局", "厦门市翔安区发展和改革局"];
export const SUPERVISORS = ["厦门市建设局", "厦门市市政园林局", "厦门市交通运输局", "厦门市水利局", "厦门市财政局"];

/** Other Fujian counties (GB/T 2260) that bidders are registered in; kept only when REGION has them. */
export const FUJIAN_REGIONS = ["350102", "350103", "350104", "350105", "350503", "350504", "350583", "350602", "350681", "350802", "350902"];
export const XIAMEN = "350200";
export const XIAMEN_DISTRICTS = ["350203", "350205", "350206", "350211", "350212", "350213"];

/**
 * The code hierarchy of engineering records (数据规范 4.0 编码规则): 项目编号 PROJECT_CODE (c17) →
 * 招标项目编号 TENDER_PROJECT_CODE (c20) = PROJECT_CODE + a 3-digit serial → 标段(包)编号
 * BID_SECTION_CODE (c23) = TENDER_PROJECT_CODE + a 3-digit serial. Within one record every code
 * that is present must start with the nearest ancestor code that is present; the lengths themselves
 * are the contracts' notation. Across records the same holds (quality rule QA-CODE-HIERARCHY).
 */

/** The hierarchy, from the top; each field's code starts with its parent's. */
export const CODE_HIERARCHY = ["PROJECT_CODE", "TENDER_PROJECT_CODE", "BID_SECTION_CODE"] as const;

export interface CodeHierarchyProblem {
  /** The field whose code does not start with its parent's. */
  field: string;
  /** The nearest ancestor field present in the record. */
  parentField: string;
}

/** Checks the prefixes of the hierarchy codes present (as strings) in `fields`. */
export function checkCodeHierarchy(fields: Readonly<Record<string, unknown>>): true | CodeHierarchyProblem[] {
  let parentField: string | undefined;
  let parent = "";
  let problems: CodeHierarchyProblem[] | undefined;
  for (const field of CODE_HIERARCHY) {
    const code = fields[field];
    if (typeof code !== "string" || code === "") continue;
    if (parentField !== undefined && (code.length <= parent.length || !code.startsWith(parent))) (problems ??= []).push({ field, parentField });
    parentField = field;
    parent = code;
  }
  return problems ?? true;
}

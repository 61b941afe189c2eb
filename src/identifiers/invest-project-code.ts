/**
 * 投资项目统一代码 — investment project code, GB/T 40058-2021 (and the national investment
 * project online approval platform's code before it).
 *
 * 24 characters written with four dashes, YYYY-RRRRRR-II-TT-SSSSSS:
 *   YYYY    time code: since GB/T 40058 the year and month (YYMM, e.g. 2509); in the older codes the year (e.g. 2017)
 *   RRRRRR  region (GB/T 2260) or department code, 6 digits
 *   II      industry / central department code, 2 digits
 *   TT      project kind (基本建设, 技术改造, 单纯购置, 信息化, 其他), 2 digits
 *   SSSSSS  serial; in GB/T 40058 5 random characters and a check character.
 * The check-character algorithm of GB/T 40058 is not published where we could read it, so only the
 * shape is checked and a failure is a warning (rule field-invest-project-code).
 * Real example: 2509-320193-89-01-544060.
 */
import { alphabetTable, digitsAt, valueAt } from "./charset.ts";

export type InvestProjectCodeProblem = "length" | "shape" | "time-code";

const SERIAL = alphabetTable("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const DASHES = [4, 11, 14, 17];

export function checkInvestProjectCode(value: string): true | InvestProjectCodeProblem {
  if (value.length !== 24) return "length";
  for (const i of DASHES) if (value.charCodeAt(i) !== 45 /* - */) return "shape";
  if (digitsAt(value, 5, 11) < 0 || digitsAt(value, 12, 14) < 0 || digitsAt(value, 15, 17) < 0) return "shape";
  for (let i = 18; i < 24; i++) if (valueAt(SERIAL, value, i) < 0) return "shape";
  const time = digitsAt(value, 0, 4);
  if (time < 0) return "shape";
  const isYear = time >= 1990 && time <= 2099;
  const month = time % 100;
  const isYearMonth = time >= 2000 && month >= 1 && month <= 12; // YYMM from 2020 (GB/T 40058-2021)
  return isYear || isYearMonth ? true : "time-code";
}

export const isInvestProjectCode = (value: string): boolean => checkInvestProjectCode(value) === true;

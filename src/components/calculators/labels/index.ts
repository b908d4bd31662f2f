import type { CalcLocale } from '../format';
import { en, type CalculatorLabels } from './en';
import { zhCN } from './zh-CN';

/** The calculators' strings for a page language (server side: the islands get only their part). */
export function calculatorLabels(locale: CalcLocale): CalculatorLabels {
  return locale === 'en' ? en : zhCN;
}

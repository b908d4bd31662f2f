import { numberField, type FieldValues } from '../shared/fields';
import type { Role } from './staffing.data';

/** The pay field of a role: `csStaffPayYuan`. */
export type PayField = `${Role}PayYuan`;

/** Field name of a role's optional pay override. */
export function payField(role: Role): PayField {
  return `${role}PayYuan`;
}

const pay = numberField('yuan', 0, 1_000_000, { optional: true });

/**
 * Inputs of the staffing calculator: monthly revenue, and an optional monthly pay per role
 * (empty = the pay the source's department costs imply at each tier).
 */
export const staffingFields = {
  revenueYuan: numberField('yuan', 0, 1_000_000_000),
  csLeadPayYuan: pay,
  csStaffPayYuan: pay,
  designerPayYuan: pay,
  promoterPayYuan: pay,
  merchandiserPayYuan: pay,
  logisticsLeadPayYuan: pay,
  logisticsStaffPayYuan: pay,
  copywriterPayYuan: pay,
} as const;

export type StaffingInput = FieldValues<typeof staffingFields>;

/** Query-parameter prefix: `staff.revenueYuan`. */
export const staffingPrefix = 'staff';

const noOverrides = {
  csLeadPayYuan: undefined,
  csStaffPayYuan: undefined,
  designerPayYuan: undefined,
  promoterPayYuan: undefined,
  merchandiserPayYuan: undefined,
  logisticsLeadPayYuan: undefined,
  logisticsStaffPayYuan: undefined,
  copywriterPayYuan: undefined,
} as const;

/**
 * Presets. `source-table` (the default) is 002 篇六's table with its own pay at 50,000 a month,
 * the tier whose stated total exceeds its budget; `tier-1`..`tier-4` sit exactly on each
 * threshold (tier 3 at the corrected 80,000).
 */
export const staffingPresets = {
  'source-table': { revenueYuan: 50_000, ...noOverrides },
  'tier-1': { revenueYuan: 10_000, ...noOverrides },
  'tier-2': { revenueYuan: 50_000, ...noOverrides },
  'tier-3': { revenueYuan: 80_000, ...noOverrides },
  'tier-4': { revenueYuan: 100_000, ...noOverrides },
} as const satisfies Record<string, StaffingInput>;

export type StaffingPresetId = keyof typeof staffingPresets;
export const defaultStaffingPreset: StaffingPresetId = 'source-table';

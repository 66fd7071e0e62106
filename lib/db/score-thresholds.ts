/**
 * Where a task's expected automation level (T0–T4 mapped to 0–1) tips it to automation: above T2, the midpoint.
 * Import-free, so the SQL readers in lib/db, the analytics and the pages share the one value.
 */
export const AUTOMATION_THRESHOLD = 0.5;

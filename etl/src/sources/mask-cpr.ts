// Ten digits shaped as a CPR number (ddmmyy-xxxx or ddmmyyxxxx), not part of a longer number.
const CPR_SHAPED = /(?<!\d)([0-3]\d[01]\d\d\d)-?(\d{4})(?!\d)/g;

/** Replaces CPR-shaped numbers in free text, so they never reach the database or a log. */
export function maskCpr(text: string): string {
  return text.replace(CPR_SHAPED, 'XXXXXX-XXXX');
}

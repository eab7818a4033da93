/** Today's date in Copenhagen, 'YYYY-MM-DD' (Swedish formatting happens to be ISO). */
export function todayInCopenhagen(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

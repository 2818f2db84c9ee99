/** Today's date in Denmark as YYYY-MM-DD (the Swedish locale writes dates that way). */
export function danishToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

import { CLASS_SLOTS, type ClassSlot } from '../../schemas/class.ts';

/**
 * When each half-day slot runs, Beijing time: what the class calendar's events and the printed
 * programme say. Fixed here rather than per class because the classes the curriculum names keep
 * the usual school day of a party school (上午 8:30, 下午 14:00, 晚上 19:00).
 */
export const SLOT_TIMES = {
  am: { start: '08:30', end: '11:30' },
  pm: { start: '14:00', end: '17:00' },
  evening: { start: '19:00', end: '21:00' },
} as const satisfies Record<ClassSlot, { start: string; end: string }>;

/** The slots in the order a day runs them. */
export const SLOT_ORDER = Object.keys(CLASS_SLOTS) as ClassSlot[];

/** `上午（8:30—11:30）`: a slot as the programme and the sign-in sheet print it. */
export function slotLabel(slot: ClassSlot, { withTime = false } = {}): string {
  const { start, end } = SLOT_TIMES[slot];
  const time = (hhmm: string) => hhmm.replace(/^0/, '');
  return withTime ? `${CLASS_SLOTS[slot]}（${time(start)}—${time(end)}）` : CLASS_SLOTS[slot];
}

/** Beijing is UTC+8 all year (no daylight saving), so a slot's instant is a fixed offset from the day. */
const BEIJING_OFFSET_MINUTES = 8 * 60;

/** The UTC instant a slot starts or ends on `day` (a calendar day at midnight UTC). */
export function slotInstant(day: Date, slot: ClassSlot, edge: 'start' | 'end'): Date {
  const [hours, minutes] = SLOT_TIMES[slot][edge].split(':').map(Number) as [number, number];
  return new Date(day.getTime() + (hours * 60 + minutes - BEIJING_OFFSET_MINUTES) * 60_000);
}

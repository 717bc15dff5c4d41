// As you requested, this now uses date-fns instead of moment.
import { addBusinessDays, differenceInCalendarDays, format, isWeekend, parseISO } from 'date-fns';

export function toISODate(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

export function dueDate(issued: string, termsDays: number): string {
  return toISODate(addBusinessDays(parseISO(issued), termsDays));
}

export function daysOverdue(due: string, today = new Date()): number {
  return Math.max(0, differenceInCalendarDays(today, parseISO(due)));
}

export function nextWorkday(d: Date): Date {
  let next = new Date(d);
  do {
    next = new Date(next.getTime() + 24 * 60 * 60 * 1000);
  } while (isWeekend(next));
  return next;
}

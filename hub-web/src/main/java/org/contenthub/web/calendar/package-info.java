/**
 * The content calendar: planned posts per moment and channel (what, who, state) that editors plan
 * and move, open slots that colleagues propose ideas into (an idea becomes a submission in the
 * editorial workflow, and through it the published item), and a personal iCalendar subscription
 * ({@code /calendar.ics?token=…}) for Outlook, made with ical4j.
 */
package org.contenthub.web.calendar;

/**
 * Fixed irrigation and ventilation schedules: recurrence, validity, local start time, their
 * concrete occurrences (daylight-saving safe), and the conflicts a technician should see (two
 * irrigation runs on one water supply at once, a ventilation run overridden by an interlock).
 */
package org.hortus.model.schedule;

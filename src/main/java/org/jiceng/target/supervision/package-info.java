/**
 * 督查督办: items a county or township registers with a number, a lead unit and co-units below it and a deadline;
 * assigned, chased, reported back by the lead with evidence, accepted or returned, struck off, or extended on the
 * lead's request; overdue lists, the board per township, the Excel export and the metric of items closed on time.
 */
@NamedInterface("supervision")
package org.jiceng.target.supervision;

import org.springframework.modulith.NamedInterface;

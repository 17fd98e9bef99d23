/**
 * 诫勉谈话 and 提醒谈话: talk records by a township or county officer with a village member or cadre, their follow-up
 * check, and the person flag an admonishment writes for the county's influence period.
 */
@NamedInterface("talk")
package org.jiceng.incentive.talk;

import org.springframework.modulith.NamedInterface;

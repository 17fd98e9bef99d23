package org.jiceng.incentive.talk;

/**
 * A county's influence period of 诫勉谈话 from a year on (影响期; six months under the 2019 诫勉规定, research
 * §2.14): the months an admonished member stays flagged, carried over to later years until the county changes it.
 */
public record TalkRule(long id, long orgId, int year, int admonitionMonths, long version) {
}

package org.jiceng.organization;

/**
 * A village cadre in post on a day, as other modules judge or pay them: the person, their village branch and its
 * township (the branch's parent), and the posts they held that day joined with “、” (a 一肩挑 secretary holds
 * 村党组织书记 and 村委会主任 and is one row).
 */
public record CadreInPost(long personId, String personName, long orgId, String orgName, long townshipId,
                          String posts) {
}

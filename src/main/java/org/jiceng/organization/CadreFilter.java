package org.jiceng.organization;

/**
 * Filters of the list of current village cadres: the org whose whole subtree to list, a name (part of it), the post
 * (code of VILLAGE_CADRE_POST), 一肩挑 and 职数内 (null: either).
 */
public record CadreFilter(Long org, String q, String post, Boolean concurrentHead, Boolean paid) {
}

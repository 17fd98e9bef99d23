/**
 * 激励保障 (incentives and guarantees): village cadre pay from a dedicated account per village (专帐, 按时足额),
 * cadre assessment and the rewards and penalties that follow it, admonishment talks (诫勉谈话) and care for members and
 * cadres in hardship. One sub-package per capability ({@code pay}, {@code reward}, {@code talk}, {@code care}).
 */
package org.jiceng.incentive;

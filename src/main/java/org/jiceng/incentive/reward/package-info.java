/**
 * 奖惩 (rewards and penalties): the rules a county or township sets per year (《干部管理奖惩制度》) and the records
 * made under them — subsidies generated from final campaign results, single-item awards, 通报表扬/批评 and
 * 取消评先资格 — approved through the review chain; a final penalty that bars nomination writes a person flag.
 * Named so the demo loader may write its records through these services.
 */
@NamedInterface("reward")
package org.jiceng.incentive.reward;

import org.springframework.modulith.NamedInterface;

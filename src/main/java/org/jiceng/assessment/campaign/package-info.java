/**
 * 考核评定: campaigns over village branches, townships or village cadres run through the review chain (self-assessment,
 * the township's review, approval, 公示 with objections, final results), evidence, results with ranks and
 * year-over-year movement. A named interface: the workbench and the demo run campaigns, pay reads {@code CadreResults}
 * and 奖惩 reads {@code CampaignOutcomes}.
 */
@NamedInterface("campaign")
package org.jiceng.assessment.campaign;

import org.springframework.modulith.NamedInterface;

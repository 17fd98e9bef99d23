/**
 * Periodic summaries (阶段小结、季度小结、半年总结、年度总结): the periods a county or township wants per year, with
 * deadlines and points; village branches and townships submit a text or a document through the review chain
 * (填报 → 乡镇审核 with points → 县级审定), late ones flagged; who has and has not submitted; the metric of summaries
 * submitted on time.
 */
@NamedInterface("summary")
package org.jiceng.target.summary;

import org.springframework.modulith.NamedInterface;

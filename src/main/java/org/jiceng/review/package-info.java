/**
 * The review chain (审核流程) every workflow of Jiceng runs through: a process (a campaign, a call for nominations)
 * with deadlines per stage and a 公示 period; items moving 填报 → 乡镇审核 → 县级审定 → 公示 → 确定, returned with a reason
 * at each step; objections during 公示; every transition recorded with who, when and why.
 */
package org.jiceng.review;

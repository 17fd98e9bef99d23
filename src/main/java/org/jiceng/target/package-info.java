/**
 * 目标责任 (target responsibility): target letters (目标责任书) and their items, central tasks (中心工作), the ledger
 * diary (台账日记), demonstration villages (示范村), supervision (督查督办) and periodic summaries (阶段小结 … 年度总结),
 * which together feed the year-end target assessment (年终目责考核). One sub-package per capability.
 */
package org.jiceng.target;

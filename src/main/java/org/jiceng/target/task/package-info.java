/**
 * 中心工作: a township's central tasks for a year (招商引资, 项目发展, 特色产业, 新农村建设 …) with a lead unit,
 * co-units, a deadline and target quantities in the county's units, split down to villages as their shares
 * ("一级抓一级，级级抓落实"). Ledger diary entries are recorded against a task or a village's share of it.
 */
@NamedInterface("task")
package org.jiceng.target.task;

import org.springframework.modulith.NamedInterface;

/**
 * 培训计划: an org's training plan for a year and the dashboard of the plan against what was held, hours reached and
 * meetings met — published to the workbench as a named interface.
 */
@NamedInterface("plan")
package org.jiceng.training.plan;

import org.springframework.modulith.NamedInterface;

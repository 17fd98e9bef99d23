/**
 * 评分引擎: a scheme's indicator tree, its scoring methods, bonus cap, deductions, veto, grade bands and places, and
 * one rounding rule; pure functions from a scheme and the values entered to a score sheet. A named interface: the demo
 * builds schemes and reads indicators.
 */
@NamedInterface("engine")
package org.jiceng.assessment.engine;

import org.springframework.modulith.NamedInterface;

/** Assessment: 考核方案 (schemes of weighted indicators, bonus, deductions, veto and grade bands) and the engine that scores them. */
package org.jiceng.assessment;

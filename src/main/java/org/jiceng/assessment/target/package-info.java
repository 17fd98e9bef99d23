/**
 * 乡镇目标: a township's targets (a share, a count or named villages at a grade or better) judged live against a
 * campaign's results. A named interface: the workbench shows progress and the demo sets targets.
 */
@NamedInterface("target")
package org.jiceng.assessment.target;

import org.springframework.modulith.NamedInterface;

/**
 * 评选表彰: calls for model members with township quotas, nominations with evidence through the review chain (process
 * kind MODEL_MEMBER), and the honour written to the register when a nomination becomes final. A named interface: the
 * demo makes calls and nominations.
 */
@NamedInterface("commendation")
package org.jiceng.assessment.commendation;

import org.springframework.modulith.NamedInterface;

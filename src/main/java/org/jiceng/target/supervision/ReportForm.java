package org.jiceng.target.supervision;

import jakarta.validation.constraints.Size;

/** The lead unit's report back (反馈): what was done, with an evidence file sent beside it, and the version seen. */
public record ReportForm(@Size(max = 4000, message = "不超过4000字") String text, Long version) {
}

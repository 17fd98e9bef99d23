package org.jiceng.assessment.scheme;

import java.time.LocalDateTime;
import java.util.Map;

import org.jiceng.assessment.Metrics;
import org.jiceng.assessment.engine.Scheme;

/**
 * A scheme as stored: owned by the org that wrote it (a county), one edition of its family for a year, with its
 * status and the optimistic-lock {@code version}. {@code example} marks weights taken from an example template.
 * {@code metrics} binds indicators to metrics (indicator code → metric code), kept beside the tree so the engine
 * stays pure: {@link Metrics#metricInputs} turns them into inputs.
 */
public record StoredScheme(long id, long ownerOrgId, String ownerName, String family, int edition,
                           SchemeStatus status, boolean example, String note, Long copiedFromId,
                           LocalDateTime publishedAt, long version, Scheme scheme, Map<String, String> metrics) {

    public StoredScheme {
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    public StoredScheme(long id, long ownerOrgId, String ownerName, String family, int edition, SchemeStatus status,
                        boolean example, String note, Long copiedFromId, LocalDateTime publishedAt, long version,
                        Scheme scheme) {
        this(id, ownerOrgId, ownerName, family, edition, status, example, note, copiedFromId, publishedAt, version,
                scheme, Map.of());
    }

    /** e.g. 升级晋档考核方案（2010年 第2版） */
    public String label() {
        return scheme.name() + "（" + scheme.year() + "年 第" + edition + "版）";
    }

    public boolean isDraft() {
        return status == SchemeStatus.DRAFT;
    }
}

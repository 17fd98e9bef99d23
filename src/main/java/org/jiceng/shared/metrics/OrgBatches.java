package org.jiceng.shared.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Helpers for batch reads: org ids in chunks small enough for an IN list on H2 and PostgreSQL, and the one way
 * metrics turn a part of a whole into a percentage (2 decimals, half up).
 */
public final class OrgBatches {

    /** Ids per IN list: far below PostgreSQL's 32,767 bind parameters, few queries for a province. */
    public static final int CHUNK = 1000;

    private OrgBatches() {
    }

    public static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** part / whole as a percentage with 2 decimals, or null when the whole is zero (no figure). */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}

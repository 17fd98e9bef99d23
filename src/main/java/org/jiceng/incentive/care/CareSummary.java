package org.jiceng.incentive.care;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year of 帮扶 under an org: cases active in the year, people helped (at least one support not reversed), of them
 * members and village cadres, the net amount, and the amounts by kind and by fund, and per township ("帮扶20名生活
 * 困难党员" is {@code membersHelped}, research §6).
 */
public record CareSummary(long orgId, int year, long cases, long openCases, long peopleHelped, long membersHelped,
                          long cadresHelped, BigDecimal amount, List<Line> byKind, List<Line> byFund,
                          List<TownshipLine> byTownship) {

    /** Supports of one kind or fund: how many (not reversed) and their net amount. */
    public record Line(String code, String label, long supports, BigDecimal amount) {
    }

    /** One township's figures for the year. */
    public record TownshipLine(long townshipId, String name, long cases, long membersHelped, BigDecimal amount) {
    }
}

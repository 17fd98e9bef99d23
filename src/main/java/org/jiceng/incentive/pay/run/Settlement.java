package org.jiceng.incentive.pay.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jiceng.incentive.pay.Money;

/**
 * The annual settlement (年度结算) of a village (one row per cadre), a township (one row per village) or a county (one
 * row per township): what the
 * year's runs made due and what stands paid of it, against the village accounts' ledgers. It reconciles to the fen
 * when, for every account, (1) the balance brought forward plus the year's funds in minus the year's pay out equals
 * the balance at the year's end, each summed from the entries on its own, and (2) what the rows say was paid for the
 * year equals the ledger's pay out for the year's lines, within the year and after it.
 */
public record Settlement(String orgName, String rowLabel, int year, LocalDate asOf, List<Row> rows, Row total,
                         Figures ledger) {

    /** One cadre (village settlement) or one village (township settlement, with its account's figures). */
    public record Row(String name, String post, BigDecimal basicDue, BigDecimal basicPaid, BigDecimal performanceDue,
                      BigDecimal performancePaid, Figures ledger) {

        @JsonProperty
        public BigDecimal due() {
            return basicDue.add(performanceDue);
        }

        @JsonProperty
        public BigDecimal paid() {
            return basicPaid.add(performancePaid);
        }

        /** 欠发: still unpaid of the year's pay. */
        @JsonProperty
        public BigDecimal owed() {
            return due().subtract(paid());
        }

        /** For a village row: its paid figures agree with its ledger. */
        @JsonProperty
        public boolean reconciles() {
            return ledger == null || ledger.balances() && paid().compareTo(ledger.paidForYear()) == 0;
        }

        Row plus(Row other) {
            return new Row(name, post, basicDue.add(other.basicDue), basicPaid.add(other.basicPaid),
                    performanceDue.add(other.performanceDue), performancePaid.add(other.performancePaid),
                    ledger == null || other.ledger == null ? ledger : ledger.plus(other.ledger));
        }
    }

    /**
     * An account's year in figures: {@code paidThisYear} is pay for this year's runs paid within the year,
     * {@code paidEarlierYears} pay for earlier years' runs paid within it (e.g. December's pay in January),
     * {@code paidAfterYear} pay for this year's runs paid after it, up to the day of the settlement.
     */
    public record Figures(BigDecimal opening, BigDecimal fundsIn, BigDecimal paidThisYear, BigDecimal paidEarlierYears,
                          BigDecimal paidAfterYear, BigDecimal closing) {

        public static final Figures NONE = new Figures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO);

        /** All pay out of the account dated within the year. */
        @JsonProperty
        public BigDecimal paidOut() {
            return paidThisYear.add(paidEarlierYears);
        }

        /** All pay for the year's runs, whenever paid. */
        @JsonProperty
        public BigDecimal paidForYear() {
            return paidThisYear.add(paidAfterYear);
        }

        /** 年初余额 + 本年拨入 − 本年支出 = 年末余额, to the fen. */
        @JsonProperty
        public boolean balances() {
            return opening.add(fundsIn).subtract(paidOut()).compareTo(closing) == 0;
        }

        Figures plus(Figures o) {
            return new Figures(opening.add(o.opening), fundsIn.add(o.fundsIn), paidThisYear.add(o.paidThisYear),
                    paidEarlierYears.add(o.paidEarlierYears), paidAfterYear.add(o.paidAfterYear), closing.add(o.closing));
        }
    }

    static Row emptyRow(String name) {
        return new Row(name, null, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null);
    }

    /** Whether the rows are organizations with their accounts (村, 乡镇) rather than cadres (姓名). */
    public boolean perOrg() {
        return !"姓名".equals(rowLabel);
    }

    static Settlement of(String orgName, String rowLabel, int year, LocalDate asOf, List<Row> rows, Figures ledger) {
        Row total = new Row("合计", null, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null);
        for (Row r : rows) {
            total = total.plus(new Row(null, null, r.basicDue, r.basicPaid, r.performanceDue, r.performancePaid, null));
        }
        return new Settlement(orgName, rowLabel, year, asOf, rows, total, ledger);
    }

    /** Every account balances and every figure of paid pay agrees with the ledger, to the fen. */
    @JsonProperty
    public boolean reconciles() {
        return ledger.balances() && total.paid().compareTo(ledger.paidForYear()) == 0
                && rows.stream().allMatch(Row::reconciles);
    }
}

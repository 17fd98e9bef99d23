package org.jiceng.incentive.pay;

/**
 * Who does what with cadre pay: the county officer sets the standards and reads every township; the township
 * officer (for the township's finance office, 乡财政所) keeps the accounts, runs the pay and records grades.
 */
public final class PayRoles {

    /** Reads pay pages and the API. */
    public static final String READERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";
    /** Sets the county's standards. */
    public static final String COUNTY = "hasRole('COUNTY_OFFICER')";
    /** Keeps accounts, runs pay, records payments, reversals, top-ups and grades. */
    public static final String TOWNSHIP = "hasRole('TOWNSHIP_OFFICER')";

    private PayRoles() {
    }
}

package org.jiceng.training;

/** Who may use the training pages, as {@code @PreAuthorize} expressions shared by the capabilities' controllers. */
public final class TrainingRoles {

    /** Those who keep training and meeting records: county and township officers and branch secretaries. */
    public static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    /** County officers only: what the county sets for everyone below (readings, courses). */
    public static final String COUNTY = "hasRole('COUNTY_OFFICER')";

    private TrainingRoles() {
    }
}

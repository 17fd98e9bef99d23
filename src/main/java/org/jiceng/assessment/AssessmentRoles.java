package org.jiceng.assessment;

/** Who may use the assessment pages, as {@code @PreAuthorize} expressions shared by the capabilities' controllers. */
public final class AssessmentRoles {

    /** Those who keep the register: county and township officers and branch secretaries. */
    public static final String KEEPERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER', 'BRANCH_SECRETARY')";
    /** Officers of a township or the county: those who review, approve and run campaigns. */
    public static final String OFFICERS = "hasAnyRole('COUNTY_OFFICER', 'TOWNSHIP_OFFICER')";
    /** County officers only. */
    public static final String COUNTY = "hasRole('COUNTY_OFFICER')";

    private AssessmentRoles() {
    }
}

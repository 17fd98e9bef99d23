package org.jiceng.assessment.scheme;

/** The named ways a scheme can be wrong; a scheme with any of them cannot be published. */
public enum SchemeError {
    BLANK_NAME,
    BLANK_CODE,
    DUPLICATE_CODE,
    NEGATIVE_BASE_MAX,
    NEGATIVE_BONUS_CAP,
    NEGATIVE_MAX,
    MISSING_UNIT,
    GROUP_WITHOUT_CHILDREN,
    CHILDREN_ON_LEAF,
    CHILDREN_NOT_PARENT_MAX,
    DIMENSIONS_NOT_BASE_MAX,
    BONUS_NOT_TOP_LEVEL,
    BONUS_WITHOUT_CAP,
    VETO_NOT_TOP_LEVEL,
    VETO_GRADE_UNKNOWN,
    NO_BANDS,
    DUPLICATE_BAND_NAME,
    BAND_EMPTY,
    BAND_OVERLAP,
    BAND_GAP,
    BANDS_NOT_FROM_ZERO,
    BANDS_NOT_TO_TOTAL_MAX,
    BAND_PLACES,
    CONDITION_INDICATOR_UNKNOWN
}

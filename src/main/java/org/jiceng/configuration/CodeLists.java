package org.jiceng.configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The code lists every module validates and displays codes with (民族 GB/T 3304, 学历 GB/T 4658, 人员类别, posts).
 * Read from the database on each call (a few dozen rows), so an edit shows on every instance at once.
 */
@Component
public class CodeLists {

    public static final String GENDER = "GENDER";
    public static final String ETHNICITY = "ETHNICITY";
    public static final String EDUCATION = "EDUCATION";
    /** 工作岗位 (item 11 of the national form): the coded occupation. */
    public static final String WORK_POST = "WORK_POST";
    /** The occupation list before the national 工作岗位; inactive, kept to show records it could not map. */
    public static final String PERSON_CATEGORY = "PERSON_CATEGORY";
    public static final String MEMBERSHIP_STATUS = "MEMBERSHIP_STATUS";
    public static final String COMMITTEE_POST = "COMMITTEE_POST";
    public static final String VILLAGE_CADRE_POST = "VILLAGE_CADRE_POST";
    /** 单位类别 of the unit an organization is built in. */
    public static final String ORG_UNIT_CATEGORY = "ORG_UNIT_CATEGORY";
    /** 单位建立党组织情况. */
    public static final String ORG_UNIT_PARTY_STATUS = "ORG_UNIT_PARTY_STATUS";
    /** 组建方式: 单独组建, 联合组建, 挂靠组建. */
    public static final String ORG_FORMATION = "ORG_FORMATION";

    private final CodeItemStore store;

    CodeLists(CodeItemStore store) {
        this.store = store;
    }

    /** Active items in display order. */
    public List<CodeItem> items(String listCode) {
        return store.all(listCode).stream().filter(CodeItem::active).toList();
    }

    /** Code to label for every item, inactive ones included so old records still display. */
    public Map<String, String> labels(String listCode) {
        Map<String, String> labels = new LinkedHashMap<>();
        store.all(listCode).forEach(item -> labels.put(item.code(), item.label()));
        return labels;
    }

    public String label(String listCode, String code) {
        if (code == null) {
            return null;
        }
        return store.all(listCode).stream().filter(i -> i.code().equals(code)).map(CodeItem::label).findFirst()
                .orElse(code);
    }

    /** Whether the code is an active item of the list. */
    public boolean isValid(String listCode, String code) {
        return code != null && items(listCode).stream().anyMatch(i -> i.code().equals(code));
    }

    /** The active code whose label is exactly this text (spreadsheets carry labels such as 汉族 or 初中). */
    public Optional<String> codeForLabel(String listCode, String label) {
        return items(listCode).stream().filter(i -> i.label().equals(label)).map(CodeItem::code).findFirst();
    }
}

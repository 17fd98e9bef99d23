package org.jiceng.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jiceng.shared.Masking;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an entry's before and after values (JSON) into a field-by-field comparison the auditor can read. Identity
 * and phone numbers are masked (个人信息保护: the auditor checks who changed what, not the numbers themselves) —
 * by field name and, for values in free text, by their shape (18-character ID numbers, 11-digit mobile numbers).
 * Personal data is not shown at all: of a person record ({@code PERSON}) the auditor sees which fields changed, never
 * their values; of any other record, personal fields (name of the person, identity number, birth date, address,
 * job, phone, notes on hardship, talk contents) likewise — who did what to which record stays visible.
 */
final class AuditDiff {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HIDDEN = "（个人信息，不显示）";
    private static final Set<String> PERSONAL_TYPES = Set.of("PERSON");
    private static final Set<String> PERSONAL_FIELDS = Set.of("idnumber", "id_number", "birthdate", "birth_date",
            "address", "job", "phone", "mobile", "hardshipnote", "hardship_note", "personname", "subjectname",
            "migrantdestination", "note", "content", "statement", "cause");

    private AuditDiff() {
    }

    /** One field: its value before and after (null where absent), and whether it changed. */
    record Change(String field, String label, String before, String after, boolean changed) {
    }

    static List<Change> of(String beforeJson, String afterJson) {
        return of(null, beforeJson, afterJson);
    }

    /** The changes of an entry about an object of {@code objectType}: changed or not as stored, values as shown. */
    static List<Change> of(String objectType, String beforeJson, String afterJson) {
        Map<String, String> before = flatten(beforeJson, false);
        Map<String, String> after = flatten(afterJson, false);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String b = before.get(field);
            String a = after.get(field);
            changes.add(new Change(field, AuditLabels.field(field), shown(objectType, field, b),
                    shown(objectType, field, a), !Objects.equals(b, a)));
        }
        return changes;
    }

    /** Whether values of this entry's field are personal data the auditor does not see. */
    static boolean personal(String objectType, String field) {
        String last = field.substring(field.lastIndexOf('.') + 1).toLowerCase();
        return (objectType != null && PERSONAL_TYPES.contains(objectType)) || PERSONAL_FIELDS.contains(last);
    }

    /** How an object is named in the log: a person by record number only. */
    static String label(String objectType, Long objectId, String label) {
        if (objectType != null && PERSONAL_TYPES.contains(objectType)) {
            return objectId == null ? HIDDEN : "人员 #" + objectId;
        }
        return mask("label", label);
    }

    private static String shown(String objectType, String field, String value) {
        if (value == null) {
            return null;
        }
        return personal(objectType, field) ? HIDDEN : mask(field, value);
    }

    static Map<String, String> flatten(String json) {
        return flatten(json, true);
    }

    private static Map<String, String> flatten(String json, boolean masked) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException notJson) {
            values.put("value", masked ? mask("value", json) : json);
            return values;
        }
        flatten("", root, values);
        if (masked) {
            values.replaceAll(AuditDiff::mask);
        }
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                flatten(prefix.isEmpty() ? name : prefix + "." + name, node.get(name), values);
            }
        } else if (node.isNull()) {
            values.put(prefix.isEmpty() ? "value" : prefix, null);
        } else {
            String field = prefix.isEmpty() ? "value" : prefix;
            values.put(field, node.isValueNode() ? node.asString() : node.toString());
        }
    }

    /** Masks identity and phone numbers by field name, and any that appear in other values by their shape. */
    static String mask(String field, String value) {
        if (value == null) {
            return null;
        }
        String name = field.toLowerCase();
        if (name.contains("idnumber") || name.contains("id_number")) {
            return Masking.idNumber(value);
        }
        if (name.contains("phone") || name.contains("mobile")) {
            return Masking.phone(value);
        }
        String masked = ID_NUMBER.matcher(value).replaceAll(m -> Masking.idNumber(m.group()));
        return MOBILE.matcher(masked).replaceAll(m -> Masking.phone(m.group()));
    }
}

package org.jiceng.configuration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** An item of a code list as the system administrator adds or edits it; the code is fixed once added. */
public record CodeItemForm(@Size(max = 10, message = "代码不超过10位") String code,
                           @Size(max = 120, message = "名称不超过120个字") String label,
                           @Min(value = 0, message = "排序须为0到9999") @Max(value = 9999, message = "排序须为0到9999") Integer sortOrder,
                           Long version) {

    static CodeItemForm blank(int nextSortOrder) {
        return new CodeItemForm(null, null, nextSortOrder, null);
    }

    static CodeItemForm of(CodeItemRow item) {
        return new CodeItemForm(item.code(), item.label(), item.sortOrder(), item.version());
    }
}

package org.jiceng.target.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.UploadTypes;
import org.jiceng.target.task.CentralTask;
import org.jiceng.target.task.Quantity;

/**
 * Rules of the ledger diary (台账日记法, research §2.11): an entry records something done — dated within the current
 * year and not after today; when it serves a central task, within the task's year and only in the units the task
 * counts in; each quantity line above zero in a unit of the county's list; evidence only photos or office documents
 * within the upload limit ({@link UploadTypes}).
 */
final class DiaryRules {

    private DiaryRules() {
    }

    /** The entry's date, task and quantity lines; field names as on the form. */
    static List<FieldError> entry(DiaryForm form, CentralTask task, Map<String, String> units, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = form.date();
        if (date != null) {
            if (date.isAfter(today)) {
                errors.add(new FieldError("date", "日期不能晚于今天（" + today + "）"));
            } else if (date.getYear() != today.getYear()) {
                errors.add(new FieldError("date", "只能记本年度（" + today.getYear() + "年）的台账"));
            }
            if (task != null && date.getYear() != task.year()) {
                errors.add(new FieldError("date", "日期须在该中心工作的年度（" + task.year() + "年）内"));
            }
        }
        List<Quantity> lines = form.quantities() == null ? List.of() : form.quantities();
        List<String> allowed = task == null ? List.of() : task.units();
        for (int i = 0; i < lines.size(); i++) {
            Quantity q = lines.get(i);
            if (q == null || q.blank()) {
                continue;
            }
            String field = "quantities[" + i + "]";
            if (q.quantity() == null) {
                errors.add(new FieldError(field + ".quantity", "请填写数量"));
            }
            if (q.unit() == null || !units.containsKey(q.unit())) {
                errors.add(new FieldError(field + ".unit", "请选择计量单位"));
            } else if (!allowed.isEmpty() && !allowed.contains(q.unit())) {
                errors.add(new FieldError(field + ".unit", "“" + task.title() + "”不按“" + units.get(q.unit())
                        + "”计量，可用单位：" + allowed.stream().map(u -> units.getOrDefault(u, u))
                        .collect(Collectors.joining("、"))));
            }
        }
        return errors;
    }

    /** Each file a photo or office document within the limit; the error on {@code files}. */
    static List<FieldError> files(List<Upload> files) {
        List<FieldError> errors = new ArrayList<>();
        for (Upload file : files) {
            if (UploadTypes.check(file.fileName(), file.content()) == null) {
                errors.add(new FieldError("files", "“" + (file.fileName() == null ? "" : UploadTypes.safeName(
                        file.fileName())) + "”不能上传：只收" + UploadTypes.MAX_BYTES / 1024 / 1024
                        + "MB以内的照片（jpg、png）、PDF、Word或Excel文件，且内容与扩展名相符"));
            }
        }
        return errors;
    }
}

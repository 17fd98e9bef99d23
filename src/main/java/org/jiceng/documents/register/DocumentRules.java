package org.jiceng.documents.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.UploadTypes;

/**
 * The rules of the documents register, checked before anything is written; each broken rule is a message next to
 * its field.
 * <ul>
 *   <li>A document is recorded once it is issued: its date is not after today (the business date).</li>
 *   <li>The year in the number (范发〔2010〕3号) is the year the document was issued (GB/T 9704: 年份 is the year of
 *       issue).</li>
 *   <li>The kind is an active item of the county's code list 文件类别 (办法, 制度, 意见, 方案, 通知, …).</li>
 *   <li>One org numbers its documents once a year: a number is used once per issuing org and year (the issue's
 *       "bad input" rule) — see {@link #duplicate}.</li>
 *   <li>The text is a PDF, Word document or image, recognised by its first bytes ({@link UploadTypes}).</li>
 * </ul>
 */
public final class DocumentRules {

    static final String TEXT_TYPES = "原文须为 PDF、Word、Excel 或图片（jpg、png），不超过"
            + UploadTypes.MAX_BYTES / 1024 / 1024 + "MB，且内容与扩展名相符";

    static final String TOO_LARGE = "上传的文件超过" + UploadTypes.MAX_BYTES / 1024 / 1024
            + "MB 上限，请压缩后重新选择文件";

    private DocumentRules() {
    }

    /** Field errors of a form whose number is already normalised; {@code kindValid} says the kind is in the list. */
    public static List<FieldError> check(DocumentForm form, String number, boolean kindValid, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (form.issuedOn() != null && form.issuedOn().isAfter(today)) {
            errors.add(new FieldError("issuedOn", "发文日期不能晚于今天（" + today + "）"));
        }
        if (form.issuedOn() != null) {
            DocumentNumbers.yearOf(number).filter(y -> y != form.issuedOn().getYear()).ifPresent(y ->
                    errors.add(new FieldError("number", "文号中的年份〔" + y + "〕与发文日期的年份（"
                            + form.issuedOn().getYear() + "年）不一致")));
        }
        if (!kindValid) {
            errors.add(new FieldError("kind", "请从文件类别代码表中选择文种"));
        }
        return errors;
    }

    /** The message next to the number when the org already registered it in that year. */
    public static FieldError duplicate(String number, int year, String orgName) {
        return new FieldError("number", orgName + year + "年已登记文号为" + number + "的文件，同一单位同一年度文号不能重复");
    }
}

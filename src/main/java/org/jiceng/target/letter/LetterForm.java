package org.jiceng.target.letter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new letter of the officer's township: year, title (争优创先目标责任书 …) and the issuing party (甲方). */
public record LetterForm(@NotNull(message = "请填写年度") @Min(value = 2000, message = "年度不正确")
                         @Max(value = 2100, message = "年度不正确") Integer year,
                         @NotBlank(message = "请填写名称") @Size(max = 200, message = "不超过200字") String title,
                         @NotBlank(message = "请填写甲方") @Size(max = 100, message = "不超过100字") String issuer) {
}

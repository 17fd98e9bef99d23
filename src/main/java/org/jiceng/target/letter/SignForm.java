package org.jiceng.target.letter;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The signing of a village's copy as recorded from the paper: the day and who signed for each party. */
public record SignForm(@NotNull(message = "请填写签订日期") LocalDate signedOn,
                       @NotBlank(message = "请填写乙方签字人") @Size(max = 60, message = "不超过60字") String villageSigner,
                       @NotBlank(message = "请填写甲方签字人") @Size(max = 60, message = "不超过60字") String townshipSigner,
                       @NotNull Long version) {
}

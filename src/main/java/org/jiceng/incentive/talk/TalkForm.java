package org.jiceng.incentive.talk;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A talk as the township or county officer records it after holding it. */
public record TalkForm(@NotNull(message = "请选择谈话类型") TalkKind kind,
                       @NotNull(message = "请选择谈话对象") Long personId,
                       @NotNull(message = "请填写谈话日期") LocalDate heldOn,
                       @NotBlank(message = "请填写谈话地点") @Size(max = 200, message = "不超过200字") String place,
                       @NotBlank(message = "请填写谈话人姓名") @Size(max = 50, message = "不超过50字") String talkerName,
                       @NotBlank(message = "请填写谈话人职务") @Size(max = 100, message = "不超过100字") String talkerPost,
                       @NotBlank(message = "请填写记录人姓名") @Size(max = 50, message = "不超过50字") String recorderName,
                       @Size(max = 100, message = "不超过100字") String recorderPost,
                       @NotBlank(message = "请填写谈话事由") @Size(max = 1000, message = "不超过1000字") String reason,
                       @NotBlank(message = "请填写谈话内容") @Size(max = 4000, message = "不超过4000字") String content,
                       @Size(max = 2000, message = "不超过2000字") String statement,
                       @Size(max = 1000, message = "不超过1000字") String followUp) {

    static TalkForm blank(Long personId, LocalDate today) {
        return new TalkForm(TalkKind.ADMONITION, personId, today, null, null, null, null, null, null, null, null, null);
    }
}

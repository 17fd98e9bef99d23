package org.jiceng.configuration;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** System settings as JSON, for the system administrator only. */
@RestController
@RequestMapping("/api/v1/settings")
@PreAuthorize(SettingsController.SYSTEM_ADMIN)
@Tag(name = "系统设置", description = "系统管理员维护的参数：登录失败锁定、密码长度、敏感信息可见角色、导入上限")
class SettingsApiController {

    private final SettingsAdminService settings;

    SettingsApiController(SettingsAdminService settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "全部设置", description = "kind 为 NUMBER（min–max 之间的整数）、ROLES（逗号分隔的角色代码）或 TEXT。")
    List<SettingRow> list() {
        return settings.list();
    }

    @GetMapping("/{settingKey}")
    @Operation(summary = "查看一项设置")
    SettingRow get(@PathVariable String settingKey) {
        return settings.get(settingKey);
    }

    @PutMapping("/{settingKey}")
    @Operation(summary = "修改一项设置", description = "须带 version，他人已修改时 409；值不符合要求时 422。")
    SettingRow update(@PathVariable String settingKey, @Valid @RequestBody SettingForm form) {
        return settings.update(settingKey, form);
    }
}

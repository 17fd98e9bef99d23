package org.jiceng.access;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document names the API's two ways to sign in: HTTP Basic, or a personal access token (Bearer). */
@Configuration
@OpenAPIDefinition(info = @Info(title = "基层 API", version = "v1"),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "用户名与密码（HTTP Basic）")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "jct_…",
        description = "个人访问令牌：在“我的账户”页面或 POST /api/v1/account/tokens 创建，只显示一次；"
                + "请求头 Authorization: Bearer <令牌>；只读令牌只能查询；令牌不能用于页面，也不能创建令牌。")
class ApiDocsSecurity {
}

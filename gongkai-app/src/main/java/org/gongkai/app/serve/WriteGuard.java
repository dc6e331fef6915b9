package org.gongkai.app.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No write without the administrator: every request but GET, HEAD and OPTIONS must carry the
 * {@link AdminAccount}'s name and password (HTTP Basic; the browser asks for them), or it is
 * answered 401 with what to do. Example: an upload from the home page asks the browser for
 * "admin" and the password shown at the first start.
 */
@Component
class WriteGuard extends OncePerRequestFilter {

    private final AdminAccount admin;

    WriteGuard(AdminAccount admin) {
        this.admin = admin;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String m = request.getMethod();
        if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS") || admin.acceptsHeader(request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"gongkai\", charset=\"UTF-8\"");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(("需要管理员登录：上传等写操作只对管理员开放。用户名 admin，密码在首次启动 gongkai serve 时显示"
                + "（忘记时删除 GONGKAI_HOME 下的 admin.properties 并重启，会生成新密码）。\n").getBytes(StandardCharsets.UTF_8));
    }
}

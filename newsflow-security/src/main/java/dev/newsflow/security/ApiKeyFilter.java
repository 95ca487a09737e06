package dev.newsflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Authenticates a request that carries a valid key. A request without the header goes on anonymous (and is refused
 * later if it needs a key); one with a wrong key is refused at once, even for an open read, so a misconfigured client
 * learns it instead of silently reading as a stranger.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    /** The principal of every key: which key it was is never recorded. */
    static final String PRINCIPAL = "api-key";

    private final ApiKeys keys;
    private final String header;
    private final AuthenticationEntryPoint refusal;

    ApiKeyFilter(ApiKeys keys, String header, AuthenticationEntryPoint refusal) {
        this.keys = keys;
        this.header = header;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(header);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!keys.matches(presented.strip())) {
            refusal.commence(request, response, new BadCredentialsException("the API key in " + header + " is not valid"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(PRINCIPAL, null,
                AuthorityUtils.createAuthorityList("ROLE_API"));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

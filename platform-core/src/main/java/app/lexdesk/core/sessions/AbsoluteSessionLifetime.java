package app.lexdesk.core.sessions;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an HTTP session once it is older than the absolute lifetime, before Spring Security reads the login
 * from it: the request then goes on as a stranger's (a page is sent to the login, a Vaadin request of an
 * open tab is told its session expired and the tab reloads into the login). Vaadin's heartbeats keep a
 * session from ever going idle while a tab is open; this is what ends it anyway. The session's creation is
 * the clock's start: Spring Security's protection against session fixation changes the id at login but
 * keeps the session, and with it that time.
 */
final class AbsoluteSessionLifetime extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AbsoluteSessionLifetime.class);

    private final Duration lifetime;
    private final Clock clock;

    AbsoluteSessionLifetime(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                if (Instant.ofEpochMilli(session.getCreationTime()).plus(lifetime).isBefore(clock.instant())) {
                    log.info("Ending a session that reached its absolute lifetime of {}", lifetime);
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyEnded) {
                // Another request of the same browser ended it first: nothing left to do.
            }
        }
        chain.doFilter(request, response);
    }
}

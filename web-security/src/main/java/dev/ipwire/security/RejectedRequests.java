package dev.ipwire.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Paths Spring Security's firewall refuses ({@code ..} segments, encoded slashes, control
 * characters…) name nothing this service serves: they are answered like any unknown path, 404
 * problem+json, rather than with a bare 400 from the servlet container.
 */
public final class RejectedRequests implements RequestRejectedHandler {

    @Override
    public void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            RequestRejectedException requestRejectedException)
            throws IOException {
        ApiKeyProblems.write(
                request,
                response,
                HttpStatus.NOT_FOUND,
                "Not Found",
                "No resource at this path; paths with '..' segments, encoded slashes or control"
                        + " characters are never served.");
    }
}

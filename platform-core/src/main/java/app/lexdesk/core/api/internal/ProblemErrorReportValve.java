package app.lexdesk.core.api.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.ProblemType;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word on an error nothing else answered under {@code /api} — a request line, URL or header it
 * could not parse (a {@code %00} in the path, headers over the limit), refused before any filter or servlet ran
 * — written as a problem body instead of Tomcat's HTML page, and never with a stack trace or the server's
 * version. Other paths keep Tomcat's report, without either.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getDecodedRequestURI();
        if (uri != null && !uri.startsWith("/api/") && !uri.equals("/api")) {
            // The UIs' own errors keep Tomcat's plain report (without stack trace or server version); a URL
            // Tomcat could not even decode has no path to judge by and gets the problem.
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = ApiProblems.problem(type, status == 400
                ? "The request could not be read: its request line, URL or headers are malformed or too large."
                : ApiErrorFilter.detail(type));
        problem.setStatus(status);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ApiProblems.json(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was taken over meanwhile: nothing more to tell the client.
        }
    }
}

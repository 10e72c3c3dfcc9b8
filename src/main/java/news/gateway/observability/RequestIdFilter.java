package news.gateway.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, from the caller's {@code X-Request-Id} or a new UUID, so one request can be
 * followed through the logs of the front end, the gateway and the database: the id is in the MDC under
 * {@link #MDC_KEY} for every log line written while the request runs, returned as {@code X-Request-Id}, and
 * kept as a request attribute for the errors' {@code extensions.requestId}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

  /** A caller's id goes into every log line: nothing that could forge or break a line, nothing huge. */
  private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

  private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = requestId(request.getHeader(HEADER));
    MDC.put(MDC_KEY, requestId);
    request.setAttribute(ATTRIBUTE, requestId);
    response.setHeader(HEADER, requestId);
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      log.debug("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
          (System.nanoTime() - started) / 1_000_000);
      MDC.remove(MDC_KEY);
    }
  }

  /** The id of a request this filter has seen. */
  public static String of(HttpServletRequest request) {
    return (String) request.getAttribute(ATTRIBUTE);
  }

  private static String requestId(String fromCaller) {
    return fromCaller != null && ACCEPTED_ID.matcher(fromCaller).matches() ? fromCaller : UUID.randomUUID().toString();
  }
}

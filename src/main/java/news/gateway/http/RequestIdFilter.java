package news.gateway.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the client gets it in the {@value #HEADER} header and in `extensions.requestId`
 * of every error, and the server names it in its log lines about the request, so the two can be matched.
 * Always generated here, never taken from the client.
 */
class RequestIdFilter extends OncePerRequestFilter {

  static final String HEADER = "X-Request-Id";
  static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

  static String of(HttpServletRequest request) {
    return (String) request.getAttribute(ATTRIBUTE);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = UUID.randomUUID().toString();
    request.setAttribute(ATTRIBUTE, id);
    response.setHeader(HEADER, id);
    chain.doFilter(request, response);
  }
}

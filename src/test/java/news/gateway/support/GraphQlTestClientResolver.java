package news.gateway.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Gives a {@link GatewayTest}'s constructor or method a {@link GraphQlTestClient} for the running gateway. */
class GraphQlTestClientResolver implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == GraphQlTestClient.class;
  }

  @Override
  public GraphQlTestClient resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    Integer port = SpringExtension.getApplicationContext(extension).getEnvironment()
        .getProperty("local.server.port", Integer.class);
    return new GraphQlTestClient(port);
  }
}

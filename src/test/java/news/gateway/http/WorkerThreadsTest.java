package news.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import news.gateway.support.GatewayTest;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.mock.env.MockEnvironment;

@GatewayTest
class WorkerThreadsTest {

  @Autowired
  WebServerApplicationContext context;

  @Test
  void theRunningServerHasTwoWorkerThreadsPerCoreWhenNoneAreConfigured() {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

    assertThat(protocol.getMaxThreads()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
  }

  @Test
  void aConfiguredMaximumIsLeftToSpringBoot() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

    new HttpConfiguration().workerThreadsPerCore(
        new MockEnvironment().withProperty(HttpConfiguration.MAX_THREADS_PROPERTY, "50")).customize(factory);

    assertThat(factory.getConnectorCustomizers()).isEmpty();
  }
}

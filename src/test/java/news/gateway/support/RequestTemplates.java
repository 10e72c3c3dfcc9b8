package news.gateway.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the small templates that stand for request bodies too big or too binary to commit:
 * {@code {{repeat N}}…{{/repeat}}} writes its content N times ({@code {{i}}} inside it is the repetition,
 * counting from 1), and {@code {{byte XX}}} writes one raw byte given in hex (e.g. invalid UTF-8).
 */
public final class RequestTemplates {

  private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\d+)}}(.*?)\\{\\{/repeat}}", Pattern.DOTALL);
  private static final Pattern BYTE = Pattern.compile("\\{\\{byte ([0-9a-fA-F]{2})}}");

  private RequestTemplates() {}

  public static byte[] expand(String template) {
    StringBuilder repeated = new StringBuilder();
    Matcher repeat = REPEAT.matcher(template);
    int end = 0;
    while (repeat.find()) {
      repeated.append(template, end, repeat.start());
      int times = Integer.parseInt(repeat.group(1));
      for (int i = 1; i <= times; i++) {
        repeated.append(repeat.group(2).replace("{{i}}", Integer.toString(i)));
      }
      end = repeat.end();
    }
    repeated.append(template.substring(end));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream(repeated.length());
    Matcher rawByte = BYTE.matcher(repeated);
    int textStart = 0;
    while (rawByte.find()) {
      bytes.writeBytes(repeated.substring(textStart, rawByte.start()).getBytes(StandardCharsets.UTF_8));
      bytes.write(HexFormat.fromHexDigits(rawByte.group(1)));
      textStart = rawByte.end();
    }
    bytes.writeBytes(repeated.substring(textStart).getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }
}

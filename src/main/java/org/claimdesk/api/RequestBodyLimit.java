package org.claimdesk.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413, whether announced by Content-Length or only found
 * while reading, so that no request makes the server hold more than the limit in memory.
 */
class RequestBodyLimit extends OncePerRequestFilter {

  /** Thrown while reading when a body runs past the limit; answered with 413. */
  static final class TooLargeException extends IOException {
    final long limit;

    TooLargeException(long limit) {
      super("Request body over " + limit + " bytes");
      this.limit = limit;
    }
  }

  /** Bodies up to this size are read and dropped before a 413, so that the client sees it. */
  private static final long DRAIN_UP_TO = 64L * 1024 * 1024;

  private final long limit;

  RequestBodyLimit(long limit) {
    this.limit = limit;
  }

  static String message(long limit) {
    return "The request body is larger than "
        + (limit / (1024 * 1024))
        + " MB. Send less text at once, e.g. split the document.";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > limit) {
      if (length <= DRAIN_UP_TO) {
        request.getInputStream().transferTo(OutputStreamSink.INSTANCE);
      }
      Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, message(limit));
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = in.read(buffer, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        throw new TooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}

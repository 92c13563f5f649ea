package io.explainers.site;

import java.nio.charset.StandardCharsets;

import org.jboss.logging.Logger;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Answers cache hits on an HTTP/1.x connection as soon as Netty has decoded them, before Vert.x and the Quarkus router
 * see the request. Even answered as the router's first route, a hit paid for what a static file server never does: a
 * Vert.x request and response object, Quarkus's request wrapper and URI check, the router, and a header map that
 * validates every header it is given (together most of a hit's CPU, see src/bench/README.md). Here a hit is a cache
 * lookup and one buffer written: the status line and the headers of {@link CachedPageFilter#headers} and the body.
 * <p>
 * Only the request-target exactly as a page was cached under (a topic page's with any query too, see
 * {@link CachedPageFilter#key(String)}) is answered here, and only a plain GET or HEAD with a
 * valid Host on a keep-alive HTTP/1.1 connection: any other spelling of a path, any body, upgrade, expectation or
 * closing request goes on to Vert.x untouched, and is answered as it always was. Responses must leave in the order of
 * their requests (HTTP/1.1 pipelining), so a hit is answered here only while Vert.x has no request of this connection
 * still to answer; otherwise it goes to Vert.x too, which queues it behind the others. Once a request or a response
 * says the connection closes, nothing more is answered here.
 * <p>
 * Once the application begins to stop, every request goes to Vert.x again: Quarkus's graceful shutdown answers each
 * with {@code Connection: close}, so that clients move to another replica before this one closes their connections.
 * <p>
 * {@link CachedPageFilter} puts one on each connection at its first request, in front of Vert.x's handler: the
 * connection's first hit is answered by the router, the next ones here. Everything runs on the connection's event
 * loop, so the handler needs no locks. It reaches into one Vert.x internal, the Netty channel behind a connection
 * ({@link ConnectionBase}), as Quarkus itself does; a Vert.x upgrade that changes it fails the tests of this class.
 */
final class CachedPageHandler extends ChannelDuplexHandler {

    private static final Logger LOG = Logger.getLogger(CachedPageHandler.class);
    static final String NAME = "explainers-cached-pages";
    /** Vert.x's names in the pipeline of an HTTP/1.x connection. */
    private static final String VERTX = "handler";
    private static final String ENCODER = "httpEncoder";

    private static final byte[] OK = ascii("HTTP/1.1 200 OK\r\n");
    private static final byte[] NOT_MODIFIED = ascii("HTTP/1.1 304 Not Modified\r\n");
    private static final byte[] COLON = ascii(": ");
    private static final byte[] CRLF = ascii("\r\n");
    /** Room for the status line and headers, about 700 bytes today, so that the buffer never grows. */
    private static final int HEAD_BYTES = 1024;

    private final CachedPageFilter pages;
    /** The encoder's context: what is written through it skips the encoder and goes straight to the socket. */
    private final ChannelHandlerContext wire;
    /**
     * Requests passed on to Vert.x and not yet answered. Starts at one: the handler is installed while Vert.x routes the
     * connection's first request, which Vert.x received the moment its head arrived and before any other.
     */
    private int unanswered = 1;
    /**
     * Set for good once the connection is to close (a request or a response said so) or the count went wrong: from then
     * on every request goes to Vert.x, which answers or drops it as a closing connection must.
     */
    private boolean passAll;
    /** The request answered last still has its empty last content to come, which must not reach Vert.x. */
    private boolean skipContent;
    private boolean flush;

    private CachedPageHandler(CachedPageFilter pages, ChannelHandlerContext wire) {
        this.pages = pages;
        this.wire = wire;
    }

    /**
     * Puts a handler on the request's HTTP/1.x connection, unless it has one or is not set up as Vert.x sets up its own.
     * Called for every request that reaches the router, an HTTP/1.0 one included, so that the handler is there from
     * the connection's first request, before Vert.x can hold any other.
     */
    static void install(HttpServerRequest request, CachedPageFilter pages) {
        if (request.version() == io.vertx.core.http.HttpVersion.HTTP_2
                || !(request.connection() instanceof ConnectionBase connection)) {
            return;
        }
        ChannelPipeline pipeline = connection.channel().pipeline();
        // A compressing or decompressing codec (not configured here) pairs requests with responses: it must see them all.
        if (pipeline.get(NAME) == null && pipeline.get(VERTX) != null && pipeline.context(ENCODER) != null
                && pipeline.get("deflater") == null && pipeline.get("inflater") == null) {
            pipeline.addBefore(VERTX, NAME, new CachedPageHandler(pages, pipeline.context(ENCODER)));
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            if (!passAll && unanswered == 0 && !pages.stopping && answered(request)) {
                skipContent = !(msg instanceof LastHttpContent);
                ReferenceCountUtil.release(msg);
                return;
            }
            unanswered++;
            passAll |= !HttpUtil.isKeepAlive(request);
        } else if (skipContent && msg instanceof HttpContent) {
            skipContent = !(msg instanceof LastHttpContent);
            ReferenceCountUtil.release(msg);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        // The end of a response from Vert.x; a 100 Continue is a whole message but not the answer.
        if (msg instanceof HttpResponse response) {
            // Vert.x closes after this response (Connection: close, or Quarkus's graceful shutdown says so).
            passAll |= response.headers().containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true);
        }
        if (msg instanceof LastHttpContent
                && !(msg instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL)) {
            passAll |= --unanswered < 0;
        }
        ctx.write(msg, promise);
    }

    /** Hits are flushed once per read, as Vert.x flushes its own responses: pipelined hits leave in one write. */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (flush) {
            flush = false;
            wire.flush();
        }
        ctx.fireChannelReadComplete();
    }

    /** Whether the request was answered here; whatever fails goes to the router, which answers it as it would have. */
    private boolean answered(HttpRequest request) {
        try {
            return answer(request);
        } catch (RuntimeException e) {
            // The visitor never notices, so without this line a bug here would show only as fewer connection hits.
            LOG.debugf(e, "A cached page was left to the router: %s", request.uri());
            return false;
        }
    }

    private boolean answer(HttpRequest request) {
        HttpMethod method = request.method();
        boolean head = HttpMethod.HEAD.equals(method);
        HttpHeaders headers = request.headers();
        String target = request.uri();
        if (!head && !HttpMethod.GET.equals(method)
                || !target.startsWith("/") // the router refuses any other form, and some keys (not-found) have none
                || !request.decoderResult().isSuccess()
                || !HttpVersion.HTTP_1_1.equals(request.protocolVersion())
                || !HttpUtil.isKeepAlive(request)
                || headers.contains(HttpHeaderNames.CONTENT_LENGTH)
                || headers.contains(HttpHeaderNames.TRANSFER_ENCODING)
                || headers.contains(HttpHeaderNames.UPGRADE)
                || headers.contains(HttpHeaderNames.EXPECT)
                || !validHost(headers.get(HttpHeaderNames.HOST))) {
            return false;
        }
        PageReply reply = pages.reply(CachedPageFilter.key(target), headers::get);
        if (reply == null) {
            return false;
        }
        byte[] body = head ? null : reply.body();
        // Nothing below can fail: the buffer is always written.
        ByteBuf out = wire.alloc().directBuffer(HEAD_BYTES + (body == null ? 0 : body.length));
        out.writeBytes(reply.status() == 200 ? OK : NOT_MODIFIED);
        pages.headers(reply, (name, value) -> {
            ByteBufUtil.writeAscii(out, name);
            out.writeBytes(COLON);
            ByteBufUtil.writeAscii(out, value);
            out.writeBytes(CRLF);
        });
        out.writeBytes(CRLF);
        if (body != null) {
            out.writeBytes(body);
        }
        wire.write(out, wire.voidPromise());
        flush = true;
        pages.answeredOnConnection();
        return true;
    }

    /** HTTP/1.1 requires a Host; Vert.x answers 400 when it is missing or not a host and port, so must this. */
    private static boolean validHost(String host) {
        return host != null && HostAndPort.parseAuthority(host, -1) != null;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

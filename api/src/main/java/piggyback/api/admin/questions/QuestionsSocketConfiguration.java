package piggyback.api.admin.questions;

import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;

import piggyback.api.web.Ids;

/**
 * The raw WebSocket of live question generation (no STOMP, no SockJS). Only an admin's session
 * gets through the handshake (the URL rules of the security configuration, checked on the upgrade
 * request); same-origin browsers only, as Spring's default; a malformed video id is refused there too.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class QuestionsSocketConfiguration implements WebSocketConfigurer {

    private final QuestionsSocketHandler handler;

    QuestionsSocketConfiguration(QuestionsSocketHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/questions/*").addInterceptors(new VideoIdFromPath());
    }

    /** Takes the video id from the path; a malformed one never reaches the handler. */
    private static final class VideoIdFromPath implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                       WebSocketHandler handler, Map<String, Object> attributes) {
            String path = request.getURI().getPath();
            String videoId = path.substring(path.lastIndexOf('/') + 1);
            if (!Ids.isVideoId(videoId)) {
                response.setStatusCode(HttpStatus.BAD_REQUEST);
                return false;
            }
            attributes.put(QuestionsSocketHandler.VIDEO_ID, videoId);
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Exception exception) {
        }
    }
}

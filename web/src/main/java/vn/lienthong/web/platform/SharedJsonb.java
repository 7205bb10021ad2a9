package vn.lienthong.web.platform;

import jakarta.annotation.PreDestroy;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One JSON-B engine for the whole API. Without a resolver RESTEasy builds a new {@code Jsonb} for every request
 * body and every answer, which finds the provider through the class path and makes Yasson read every record's
 * annotations again: about a tenth of the server's CPU on the routing path (decision 041). Yasson's engine is
 * thread-safe and keeps what it learnt about each type. The default configuration is what RESTEasy used, so the JSON
 * is unchanged.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Logger LOG = Logger.getLogger(SharedJsonb.class.getName());

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "JSON-B engine did not close cleanly", e);
        }
    }
}

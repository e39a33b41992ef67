package ca.imp.offerservice.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which addresses production delivers to: public https ones only (server-side request forgery, Standard Webhooks). */
class WebhookEndpointsTest {
    private final WebhookEndpoints production = new WebhookEndpoints(false);
    private final WebhookEndpoints localRun = new WebhookEndpoints(true);

    @Test
    void an_https_address_of_a_public_host_is_delivered_to() {
        assertTrue(production.refusal("https://8.8.8.8/hooks").isEmpty());
    }

    @Test
    void plain_http_is_refused() {
        assertInstanceOf(WebhookError.EndpointNotHttps.class, production.refusal("http://8.8.8.8/hooks").orElseThrow());
    }

    @Test
    void an_internal_address_is_refused_in_production() {
        for (String url : new String[] {"https://127.0.0.1/hooks", "https://localhost/hooks", "https://10.1.2.3/hooks",
                "https://192.168.0.10/hooks", "https://172.16.5.4/hooks", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hooks", "https://[fd00::1]/hooks", "https://0.0.0.0/hooks", "https://100.64.0.1/hooks"}) {
            assertInstanceOf(WebhookError.EndpointNotAllowed.class, production.refusal(url).orElseThrow(), url);
        }
    }

    @Test
    void the_local_run_allows_plain_http_to_a_loopback_host_only() {
        assertTrue(localRun.refusal("http://127.0.0.1:8099/hooks").isEmpty());
        assertTrue(localRun.refusal("https://10.1.2.3/hooks").isEmpty());
        assertInstanceOf(WebhookError.EndpointNotHttps.class, localRun.refusal("http://10.1.2.3/hooks").orElseThrow());
    }

    @Test
    void an_address_with_credentials_or_another_scheme_is_refused() {
        assertEquals("url", production.refusal("https://user:pw@8.8.8.8/hooks").orElseThrow().field());
        assertEquals("url", production.refusal("ftp://8.8.8.8/hooks").orElseThrow().field());
        assertEquals("url", production.refusal("not a url").orElseThrow().field());
    }
}

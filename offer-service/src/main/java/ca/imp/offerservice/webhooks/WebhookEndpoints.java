package ca.imp.offerservice.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which addresses a webhook may be delivered to: https, to a host whose every address is public. An address inside
 * the service's own network (loopback, private, link-local, unique-local, multicast, unspecified) is refused, or a
 * caller could make the service call its neighbours (server-side request forgery). Checked when a subscription is
 * registered and again before each attempt, since a name may resolve elsewhere later.
 *
 * <p>{@code imp.webhooks.allow-local-endpoints=true} (the tests and the local run only) also allows those addresses,
 * and plain http to a loopback host, so that a receiver on the same machine can be used.
 */
@Singleton
public class WebhookEndpoints {
    private final boolean allowLocal;

    WebhookEndpoints(@ConfigProperty(name = "imp.webhooks.allow-local-endpoints", defaultValue = "false") boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /** Why the address cannot be delivered to, if it cannot. Resolves the host: a blocking call. */
    public Optional<WebhookError> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(new WebhookError.EndpointNotHttps(url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of(new WebhookError.EndpointNotHttps(url));
        }
        boolean plain = scheme.equals("http");
        if (plain && !allowLocal) {
            return Optional.of(new WebhookError.EndpointNotHttps(url));
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of(plain ? new WebhookError.EndpointNotHttps(url)
                    : new WebhookError.EndpointNotAllowed(url, "its host " + uri.getHost() + " is not known"));
        }
        boolean allLoopback = true;
        for (InetAddress address : addresses) {
            allLoopback &= address.isLoopbackAddress();
            if (!allowLocal && isInternal(address)) {
                return Optional.of(new WebhookError.EndpointNotAllowed(url, "its host " + uri.getHost()
                        + " is an internal address (" + address.getHostAddress() + ")"));
            }
        }
        if (plain && !allLoopback) {
            return Optional.of(new WebhookError.EndpointNotHttps(url));
        }
        return Optional.empty();
    }

    private static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()
                // IPv6 unique local addresses, fc00::/7, which isSiteLocalAddress does not cover
                || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc)
                // carrier-grade NAT, 100.64.0.0/10
                || (address.getAddress().length == 4 && (address.getAddress()[0] & 0xff) == 100
                && (address.getAddress()[1] & 0xc0) == 64);
    }
}

package io.manchette.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses webhooks may reach: public ones only. */
class WebhookAddressesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "127.0.0.1, loopback",
        "127.10.0.1, loopback",
        "::1, loopback",
        "0.0.0.0, wildcard",
        "0.1.2.3, unspecified",
        "10.0.0.1, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.0.1, private",
        "100.64.0.1, shared (carrier-grade NAT)",
        "100.127.255.255, shared (carrier-grade NAT)",
        "169.254.169.254, link-local",
        "fe80::1, link-local",
        "fc00::1, private (unique local)",
        "fd12:3456::1, private (unique local)",
        "::ffff:192.168.1.1, private",
        "224.0.0.1, multicast",
        "ff02::1, multicast",
        "240.0.0.1, reserved",
        "198.18.0.1, benchmarking",
        "93.184.216.34, public",
        "172.32.0.1, public",
        "100.128.0.1, public",
        "2606:4700::1111, public"
    })
    void classifies(String address, String kind) throws Exception {
        Optional<String> found = WebhookAddresses.nonPublic(InetAddress.getByName(address));
        assertEquals(kind, found.orElse("public"));
    }

    @ParameterizedTest
    @CsvSource({
        "ftp://example.org/x, must be an absolute http or https URL",
        "/relative, must be an absolute http or https URL",
        "https://user:pw@93.184.216.34/x, must not carry credentials",
        "http://93.184.216.34/x#frag, must not have a fragment"
    })
    void refusesWhatIsNotAPlainHttpUrl(String url, String why) {
        assertEquals(Optional.of(why), new WebhookAddresses(false).refusal(url));
    }

    @ParameterizedTest
    @CsvSource({"http://93.184.216.34/hooks", "https://[2606:4700::1111]/hooks"})
    void takesPublicAddresses(String url) {
        assertEquals(Optional.empty(), new WebhookAddresses(false).refusal(url));
    }
}

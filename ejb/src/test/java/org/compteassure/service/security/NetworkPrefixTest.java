package org.compteassure.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkPrefixTest {

    @ParameterizedTest
    @CsvSource({
            "203.0.113.57, 203.0.113.0/24",
            "127.0.0.1, 127.0.0.0/24",
            "2001:db8:1:2:3:4:5:6, 2001:db8:1::/48",
            "2a01:cb00:abcd:1234::1, 2a01:cb00:abcd::/48",
            "::1, 0:0:0::/48",
            "0:0:0:0:0:0:0:1, 0:0:0::/48"})
    void keepsTheNetworkOnly(String address, String network) {
        assertEquals(network, NetworkPrefix.of(address));
    }

    /** Anything but a literal address (a host name would be resolved) is unknown. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "localhost", "exemple.fr", "1.2.3.4.5", "<script>", "999.1.1.1"})
    void unknownForWhatIsNotAnAddress(String address) {
        assertEquals("?", NetworkPrefix.of(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "192.168.1.20", "172.16.0.4", "::1", "fe80::1", "fd12:3456::1"})
    void localAndPrivateNetworks(String address) {
        assertTrue(NetworkPrefix.isLocal(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.57", "2a01:cb00::1", "x"})
    void publicNetworks(String address) {
        assertFalse(NetworkPrefix.isLocal(address));
    }
}

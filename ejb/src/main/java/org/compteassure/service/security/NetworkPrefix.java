package org.compteassure.service.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "approximate place" of a sign-in, told honestly: without a geolocation database (and no outside look-up), the
 * network the address belongs to — its IPv4 /24 or IPv6 /48, the part an operator assigns to one customer or site —
 * and whether it is a local or private network. Only this prefix is kept, never the full address.
 */
public final class NetworkPrefix {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private NetworkPrefix() {
    }

    /** The prefix in CIDR notation, {@code "?"} for what is not an IP address. */
    public static String of(String address) {
        byte[] bytes = parse(address);
        if (bytes == null) {
            return "?";
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
        }
        return group(bytes, 0) + ":" + group(bytes, 2) + ":" + group(bytes, 4) + "::/48";
    }

    /** Whether the address is of this machine or of a private network (no operator's network to name). */
    public static boolean isLocal(String address) {
        byte[] bytes = parse(address);
        if (bytes == null) {
            return false;
        }
        try {
            InetAddress parsed = InetAddress.getByAddress(bytes);
            return parsed.isLoopbackAddress() || parsed.isSiteLocalAddress() || parsed.isLinkLocalAddress()
                    || parsed instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are an address", e);
        }
    }

    /**
     * The address's bytes, or null. Only literals are parsed, never resolved: IPv4 by hand (the JDK would look up a
     * string such as {@code 1.2.3.4.5}), IPv6 by the JDK, which never looks up a string with a colon.
     */
    private static byte[] parse(String address) {
        if (address == null) {
            return null;
        }
        Matcher v4 = IPV4.matcher(address);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(v4.group(i + 1));
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (!address.contains(":") || !IPV6.matcher(address).matches()) {
            return null;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            return parsed.getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String group(byte[] bytes, int at) {
        return Integer.toHexString((bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff);
    }
}

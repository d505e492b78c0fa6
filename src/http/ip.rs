//! Client addresses: who the client is behind trusted proxies, and how an address is stored
//! (a keyed hash under a rotating key, plus a truncated prefix for fraud review).

use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;

use hmac::{Hmac, Mac};
use ipnet::IpNet;
use sha2::Sha256;

/// "203.0.113.0/24", "2001:db8::/32" or a single address (as a /32 or /128).
pub fn parse_net(s: &str) -> Result<IpNet, String> {
    let s = s.trim();
    if let Ok(net) = s.parse::<IpNet>() {
        return Ok(net.trunc());
    }
    s.parse::<IpAddr>()
        .map(IpNet::from)
        .map_err(|e| e.to_string())
}

pub fn parse_nets(list: &[String]) -> Vec<IpNet> {
    list.iter().filter_map(|s| parse_net(s).ok()).collect()
}

pub fn contains(nets: &[IpNet], ip: IpAddr) -> bool {
    nets.iter().any(|n| n.contains(&ip))
}

/// One hop of `X-Forwarded-For`: an address, possibly with a port ("192.0.2.1:4711",
/// "[2001:db8::1]:443"), as some proxies write it.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|a| a.ip()))
        .ok()
        .map(|ip| ip.to_canonical())
}

/// The client: the TCP peer, unless the peer is a trusted proxy, in which case the right-most
/// address in `X-Forwarded-For` that is not itself a trusted proxy. An untrusted peer's header is
/// ignored, so nobody can choose the address they are rate-limited by. A request may carry the
/// header on several lines: they form one list, in order (RFC 9110 §5.3), so a proxy that adds a
/// line rather than appending to the first is still read from its own, right-most, entry.
pub fn resolve<'a>(
    peer: IpAddr,
    forwarded_for: impl IntoIterator<Item = &'a str>,
    trusted: &[IpNet],
) -> IpAddr {
    // A dual-stack listener reports IPv4 peers as ::ffff:a.b.c.d.
    let peer = peer.to_canonical();
    if !contains(trusted, peer) {
        return peer;
    }
    let hops: Vec<&str> = forwarded_for
        .into_iter()
        .flat_map(|line| line.split(','))
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match parse_hop(hop) {
            Some(ip) => {
                client = ip;
                if !contains(trusted, ip) {
                    break;
                }
            }
            None => break,
        }
    }
    client
}

/// Peers not trusted as proxies that sent `X-Forwarded-For` (ignored): each is logged once, so a
/// missing `trusted_proxies` entry shows in the log without flooding it. At most `CAP` are
/// remembered; past that the memory starts over.
#[derive(Default)]
pub struct UntrustedForwarders(Mutex<HashSet<IpAddr>>);

impl UntrustedForwarders {
    const CAP: usize = 1024;

    /// Whether this peer is new (and so worth a warning).
    pub fn first_time(&self, peer: IpAddr) -> bool {
        let mut seen = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() >= Self::CAP && !seen.contains(&peer) {
            seen.clear();
        }
        seen.insert(peer)
    }
}

/// The key an address is rate-limited and stored by: an IPv4 address itself, an IPv6 address its
/// /64, since one home or phone is given a whole /64 and could otherwise use a fresh address for
/// every signature.
pub fn rate_key(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        v6 => IpNet::new(v6, 64)
            .map(|n| n.trunc().to_string())
            .unwrap_or_else(|_| v6.to_string()),
    }
}

/// The network an address belongs to for review: /24 for IPv4, /48 for IPv6.
pub fn prefix(ip: IpAddr) -> String {
    let ip = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    };
    let len = if ip.is_ipv4() { 24 } else { 48 };
    IpNet::new(ip, len)
        .map(|n| n.trunc().to_string())
        .unwrap_or_default()
}

/// HMAC-SHA256 of the address (an IPv6 address's /64, see `rate_key`) under the key of the current
/// period: the same client gives the same hash within a period (enough to spot repeats) and it
/// cannot be reversed without the key.
pub fn keyed_hash(secret: &[u8], ip: IpAddr, period: i64) -> String {
    let mut key = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    key.update(&period.to_be_bytes());
    let period_key = key.finalize().into_bytes();
    let mut mac = Hmac::<Sha256>::new_from_slice(&period_key).expect("HMAC takes any key length");
    mac.update(rate_key(ip).as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..16])
}

/// An address for logs: the prefix only.
pub fn masked(ip: IpAddr) -> String {
    prefix(ip)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let trusted = parse_nets(&["10.0.0.0/8".into()]);
        let xff = Some("198.51.100.7, 10.1.2.3");
        assert_eq!(resolve(ip("10.0.0.1"), xff, &trusted), ip("198.51.100.7"));
        assert_eq!(resolve(ip("203.0.113.9"), xff, &trusted), ip("203.0.113.9"));
        // A client cannot hide behind a forged left-most entry.
        let forged = Some("1.2.3.4, 198.51.100.7");
        assert_eq!(
            resolve(ip("10.0.0.1"), forged, &trusted),
            ip("198.51.100.7")
        );
        assert_eq!(
            resolve(ip("10.0.0.1"), Some("junk"), &trusted),
            ip("10.0.0.1")
        );
        assert_eq!(
            resolve(ip("10.0.0.1"), None::<&str>, &trusted),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn every_forwarded_for_line_is_read_right_to_left() {
        let trusted = parse_nets(&["10.0.0.0/8".into()]);
        // A proxy that adds its own line: the right-most entry of the last line is its word.
        let lines = ["1.2.3.4", "198.51.100.7, 10.1.2.3", "10.9.9.9"];
        assert_eq!(resolve(ip("10.0.0.1"), lines, &trusted), ip("198.51.100.7"));
        // Ports and IPv4-mapped peers (dual-stack listeners).
        assert_eq!(
            resolve(ip("::ffff:10.0.0.1"), ["[2001:db8::5]:443"], &trusted),
            ip("2001:db8::5")
        );
        assert_eq!(
            resolve(ip("10.0.0.1"), ["192.0.2.8:4711"], &trusted),
            ip("192.0.2.8")
        );
        assert_eq!(
            resolve(ip("::ffff:203.0.113.9"), ["1.2.3.4"], &trusted),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn untrusted_forwarders_are_remembered_once_within_a_bound() {
        let seen = UntrustedForwarders::default();
        assert!(seen.first_time(ip("203.0.113.9")));
        assert!(!seen.first_time(ip("203.0.113.9")));
        for i in 0..5000u32 {
            seen.first_time(IpAddr::from(i.to_be_bytes()));
        }
        assert!(seen.0.lock().unwrap().len() <= UntrustedForwarders::CAP);
    }

    #[test]
    fn an_ipv6_client_is_keyed_by_its_64() {
        assert_eq!(rate_key(ip("2001:db8:1:2::9")), "2001:db8:1:2::/64");
        assert_eq!(rate_key(ip("203.0.113.77")), "203.0.113.77");
        assert_eq!(rate_key(ip("::ffff:203.0.113.77")), "203.0.113.77");
        let same = keyed_hash(b"k", ip("2001:db8:1:2::9"), 1);
        assert_eq!(
            same,
            keyed_hash(b"k", ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), 1)
        );
        assert_ne!(same, keyed_hash(b"k", ip("2001:db8:1:3::9"), 1));
    }

    #[test]
    fn prefixes_and_hashes() {
        assert_eq!(prefix(ip("203.0.113.77")), "203.0.113.0/24");
        assert_eq!(prefix(ip("2001:db8:1:2::9")), "2001:db8:1::/48");
        let a = keyed_hash(b"k", ip("203.0.113.77"), 1);
        assert_eq!(a, keyed_hash(b"k", ip("203.0.113.77"), 1));
        assert_ne!(
            a,
            keyed_hash(b"k", ip("203.0.113.77"), 2),
            "the key rotates"
        );
        assert_ne!(a, keyed_hash(b"k", ip("203.0.113.78"), 1));
        assert!(!a.contains("203"));
        assert!(parse_net("10.0.0.0/8").is_ok() && parse_net("192.0.2.1").is_ok());
        assert!(parse_net("nope").is_err());
    }
}

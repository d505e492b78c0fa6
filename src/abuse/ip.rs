//! Client addresses: who the client is behind trusted proxies, and how an address is stored
//! (a keyed hash under a rotating key, plus a truncated prefix for fraud review).

use std::net::IpAddr;

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

/// The client: the TCP peer, unless the peer is a trusted proxy, in which case the right-most
/// address in `X-Forwarded-For` that is not itself a trusted proxy. An untrusted peer's header is
/// ignored, so nobody can choose the address they are rate-limited by.
pub fn resolve(peer: IpAddr, forwarded_for: Option<&str>, trusted: &[IpNet]) -> IpAddr {
    if !contains(trusted, peer) {
        return peer;
    }
    let Some(header) = forwarded_for else {
        return peer;
    };
    let mut client = peer;
    for hop in header.rsplit(',') {
        match hop.trim().parse::<IpAddr>() {
            Ok(ip) => {
                client = ip;
                if !contains(trusted, ip) {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    client
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

/// HMAC-SHA256 of the address under the key of the current period: the same address gives the
/// same hash within a period (enough to spot repeats) and cannot be reversed without the key.
pub fn keyed_hash(secret: &[u8], ip: IpAddr, period: i64) -> String {
    let mut key = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    key.update(&period.to_be_bytes());
    let period_key = key.finalize().into_bytes();
    let mut mac = Hmac::<Sha256>::new_from_slice(&period_key).expect("HMAC takes any key length");
    mac.update(ip.to_string().as_bytes());
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

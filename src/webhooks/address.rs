//! Where an endpoint may point: https on public addresses only (unless `webhooks.allow_private`),
//! checked when it is saved and again at every delivery after DNS resolution; the delivery then
//! connects to the very addresses checked, so a name that resolves elsewhere the second time (DNS
//! rebinding) cannot reach an internal service.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use ipnet::{Ipv4Net, Ipv6Net};

/// Why a URL is refused: a message id for staff, and a short word for the delivery log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Not an absolute http(s) URL, too long, or with a user name, password or fragment.
    Malformed,
    /// http where https is required.
    NotHttps,
    /// A private, loopback, link-local or otherwise non-public address.
    Private,
    /// The name did not resolve.
    Unresolved,
}

impl Refused {
    pub fn message_id(&self) -> &'static str {
        match self {
            Refused::Malformed => "admin-webhook-err-url",
            Refused::NotHttps => "admin-webhook-err-https",
            Refused::Private => "admin-webhook-err-private",
            Refused::Unresolved => "admin-webhook-err-dns",
        }
    }

    pub fn log_word(&self) -> &'static str {
        match self {
            Refused::Malformed => "malformed URL",
            Refused::NotHttps => "not https",
            Refused::Private => "address not allowed",
            Refused::Unresolved => "name did not resolve",
        }
    }
}

/// A checked URL and, for a name, the addresses to connect to (all of them checked).
#[derive(Debug, Clone)]
pub struct Target {
    pub url: url::Url,
    pub pinned: Option<(String, Vec<SocketAddr>)>,
}

const MAX_URL: usize = 2000;

/// Checks what can be checked without DNS; the URL parser has already turned decimal, octal and
/// hexadecimal IPv4 forms (`http://2130706433/`, `http://0x7f.1/`) into plain addresses.
pub fn parse(raw: &str, allow_private: bool) -> Result<url::Url, Refused> {
    let raw = raw.trim();
    if raw.len() > MAX_URL || raw.chars().any(char::is_control) {
        return Err(Refused::Malformed);
    }
    let url = url::Url::parse(raw).map_err(|_| Refused::Malformed)?;
    match url.scheme() {
        "https" => {}
        "http" if allow_private => {}
        "http" => return Err(Refused::NotHttps),
        _ => return Err(Refused::Malformed),
    }
    // Credentials in the URL would show on the staff page and in logs; a fragment is never sent.
    if !url.username().is_empty() || url.password().is_some() || url.fragment().is_some() {
        return Err(Refused::Malformed);
    }
    match url.host() {
        None => Err(Refused::Malformed),
        Some(url::Host::Ipv4(ip)) if !allow_private && forbidden(IpAddr::V4(ip)) => {
            Err(Refused::Private)
        }
        Some(url::Host::Ipv6(ip)) if !allow_private && forbidden(IpAddr::V6(ip)) => {
            Err(Refused::Private)
        }
        Some(url::Host::Domain(d)) if !allow_private && is_localhost(d) => Err(Refused::Private),
        Some(_) => Ok(url),
    }
}

/// `localhost`, its subdomains (RFC 6761) and their fully qualified spellings (`localhost.`).
fn is_localhost(name: &str) -> bool {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost" || name.ends_with(".localhost")
}

/// Parses, resolves and checks every address a name resolves to.
pub async fn resolve(raw: &str, allow_private: bool) -> Result<Target, Refused> {
    let url = parse(raw, allow_private)?;
    let Some(url::Host::Domain(name)) = url.host() else {
        return Ok(Target { url, pinned: None });
    };
    let name = name.to_owned();
    let port = url.port_or_known_default().unwrap_or(443);
    let lookup = tokio::net::lookup_host((name.as_str(), port));
    let addrs: Vec<SocketAddr> = match tokio::time::timeout(Duration::from_secs(5), lookup).await {
        Ok(Ok(found)) => found.collect(),
        _ => return Err(Refused::Unresolved),
    };
    if addrs.is_empty() {
        return Err(Refused::Unresolved);
    }
    judge(&addrs, allow_private)?;
    Ok(Target {
        url,
        pinned: Some((name, addrs)),
    })
}

/// One non-public address among those a name resolves to refuses the name: which one a
/// connection would use is not ours to choose.
fn judge(addrs: &[SocketAddr], allow_private: bool) -> Result<(), Refused> {
    if addrs.is_empty() {
        return Err(Refused::Unresolved);
    }
    if !allow_private && addrs.iter().any(|a| forbidden(a.ip())) {
        return Err(Refused::Private);
    }
    Ok(())
}

/// Whether an address is anything but a public unicast one.
pub fn forbidden(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => forbidden_v4(v4),
        IpAddr::V6(v6) => forbidden_v6(v6),
    }
}

fn forbidden_v4(ip: Ipv4Addr) -> bool {
    const NETS: &[(u8, u8, u8, u8, u8)] = &[
        (0, 0, 0, 0, 8),       // "this network", unspecified
        (10, 0, 0, 0, 8),      // private
        (100, 64, 0, 0, 10),   // carrier-grade NAT
        (127, 0, 0, 0, 8),     // loopback
        (169, 254, 0, 0, 16),  // link-local (cloud metadata services)
        (172, 16, 0, 0, 12),   // private
        (192, 0, 0, 0, 24),    // IETF protocol assignments
        (192, 0, 2, 0, 24),    // documentation
        (192, 88, 99, 0, 24),  // 6to4 relay anycast
        (192, 168, 0, 0, 16),  // private
        (198, 18, 0, 0, 15),   // benchmarking
        (198, 51, 100, 0, 24), // documentation
        (203, 0, 113, 0, 24),  // documentation
        (224, 0, 0, 0, 4),     // multicast
        (240, 0, 0, 0, 4),     // reserved, broadcast
    ];
    NETS.iter().any(|&(a, b, c, d, len)| {
        Ipv4Net::new(Ipv4Addr::new(a, b, c, d), len).is_ok_and(|n| n.contains(&ip))
    })
}

fn forbidden_v6(ip: Ipv6Addr) -> bool {
    // IPv4 written as IPv6 (::ffff:a.b.c.d, ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is
    // judged by the IPv4 address it reaches.
    if let Some(v4) = ip.to_ipv4_mapped() {
        return forbidden_v4(v4);
    }
    let s = ip.segments();
    let embedded =
        |hi: u16, lo: u16| Ipv4Addr::new((hi >> 8) as u8, hi as u8, (lo >> 8) as u8, lo as u8);
    if s[..6] == [0; 6] {
        // ::/96 (IPv4-compatible, unspecified, loopback): never a public destination.
        return true;
    }
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return forbidden_v4(embedded(s[6], s[7]));
    }
    if s[0] == 0x2002 {
        return forbidden_v4(embedded(s[1], s[2]));
    }
    const NETS: &[(u16, u8)] = &[
        (0x0100, 16), // discard-only 100::/64 (within 100::/16 for simplicity)
        (0x2001, 32), // Teredo 2001::/32 (tunnels to arbitrary IPv4)
        (0x2001, 23), // 2001:db8::/32 lies outside; IETF special purpose 2001::/23
        (0xfc00, 7),  // unique-local
        (0xfe80, 10), // link-local
        (0xfec0, 10), // site-local (deprecated)
        (0xff00, 8),  // multicast
    ];
    let doc = Ipv6Net::new(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0), 32)
        .is_ok_and(|n| n.contains(&ip));
    doc || NETS.iter().any(|&(hi, len)| {
        Ipv6Net::new(Ipv6Addr::new(hi, 0, 0, 0, 0, 0, 0, 0), len).is_ok_and(|n| n.contains(&ip))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(raw: &str) -> Option<Refused> {
        parse(raw, false).err()
    }

    #[test]
    fn only_https_to_public_addresses() {
        assert_eq!(refused("https://crm.example.org/hooks"), None);
        assert_eq!(refused("https://93.184.216.34:8443/x"), None);
        assert_eq!(refused("https://[2606:4700::1111]/"), None);
        assert_eq!(refused("http://crm.example.org/"), Some(Refused::NotHttps));
        assert_eq!(refused("ftp://crm.example.org/"), Some(Refused::Malformed));
        assert_eq!(
            refused("https://user:pw@crm.example.org/"),
            Some(Refused::Malformed)
        );
        assert_eq!(refused("not a url"), Some(Refused::Malformed));
    }

    #[test]
    fn every_spelling_of_an_internal_address_is_refused() {
        for raw in [
            "https://127.0.0.1/",
            "https://169.254.169.254/latest/meta-data/",
            "https://2130706433/",
            "https://0x7f.1/",
            "https://017700000001/",
            "https://10.1.2.3/",
            "https://172.31.255.255/",
            "https://192.168.1.1/",
            "https://100.64.0.1/",
            "https://0.0.0.0/",
            "https://[::1]/",
            "https://[::]/",
            "https://[::ffff:127.0.0.1]/",
            "https://[::ffff:a9fe:a9fe]/",
            "https://[::127.0.0.1]/",
            "https://[64:ff9b::a9fe:a9fe]/",
            "https://[2002:7f00:1::]/",
            "https://[fe80::1]/",
            "https://[fd00::1]/",
            "https://[fc00::1]/",
            "https://localhost/",
            "https://LOCALHOST:8443/",
        ] {
            assert_eq!(refused(raw), Some(Refused::Private), "{raw}");
        }
    }

    #[test]
    fn allow_private_opens_http_and_internal_addresses() {
        assert!(parse("http://127.0.0.1:8080/hook", true).is_ok());
        assert!(parse("http://[::1]/", true).is_ok());
        assert_eq!(
            parse("ftp://127.0.0.1/", true).err(),
            Some(Refused::Malformed)
        );
    }

    #[tokio::test]
    async fn a_name_is_judged_by_what_it_resolves_to() {
        for raw in ["https://localhost./", "https://api.localhost/"] {
            assert_eq!(
                resolve(raw, false).await.err(),
                Some(Refused::Private),
                "{raw}"
            );
        }
        let public: SocketAddr = "93.184.216.34:443".parse().unwrap();
        let private: SocketAddr = "10.0.0.7:443".parse().unwrap();
        assert_eq!(judge(&[public], false), Ok(()));
        assert_eq!(judge(&[public, private], false), Err(Refused::Private));
        assert_eq!(judge(&[], false), Err(Refused::Unresolved));
        assert_eq!(judge(&[private], true), Ok(()));
        let t = resolve("http://localhost:9/", true).await.unwrap();
        let (name, addrs) = t.pinned.unwrap();
        assert_eq!(name, "localhost");
        assert!(addrs.iter().all(|a| a.ip().is_loopback()));
    }
}

//! The client's address: the TCP peer, or behind a configured trusted proxy the address it
//! forwarded (`X-Forwarded-For`); a header from any other peer is ignored.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRef, FromRequestParts};
use axum::http::request::Parts;
use ipnet::IpNet;

use super::ip;

/// The proxies whose `X-Forwarded-For` is believed, and the peers already warned about.
#[derive(Clone, Default)]
pub struct Proxies(Arc<(Vec<IpNet>, ip::UntrustedForwarders)>);

impl Proxies {
    /// From `abuse.trusted_proxies` (CIDR ranges or addresses).
    pub fn new(trusted: &[String]) -> Self {
        Proxies(Arc::new((
            ip::parse_nets(trusted),
            ip::UntrustedForwarders::default(),
        )))
    }

    /// The client's address from the TCP peer and every `X-Forwarded-For` line, in order.
    pub fn client_ip(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        let (trusted, untrusted) = &*self.0;
        let peer = peer.to_canonical();
        if !forwarded_for.is_empty() && !ip::contains(trusted, peer) && untrusted.first_time(peer) {
            // Either a proxy missing from `trusted_proxies` (every client then looks like the
            // proxy) or a client forging the header; the address is masked like any other.
            tracing::warn!(
                peer = %ip::masked(peer),
                "X-Forwarded-For from a peer not in abuse.trusted_proxies: ignored"
            );
        }
        ip::resolve(peer, forwarded_for.iter().copied(), trusted)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

pub fn client_ip(parts: &Parts, proxies: &Proxies) -> IpAddr {
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    // Every line of the header: a proxy may add its own line instead of appending to the first.
    let forwarded: Vec<&str> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        // An unreadable line still counts as an entry: it stops the walk rather than vanishing.
        .map(|v| v.to_str().unwrap_or(""))
        .collect();
    proxies.client_ip(peer, &forwarded)
}

/// For any state that can hand out the trusted proxies.
impl<S> FromRequestParts<S> for ClientIp
where
    Proxies: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        Ok(ClientIp(client_ip(parts, &Proxies::from_ref(state))))
    }
}

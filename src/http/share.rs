//! Share links for a public page, each carrying its channel's source code.

use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};

/// The channel links to share a petition (each carries its `src` code, so staff see which ones
/// bring signatures) and what the Web Share button shares.
pub struct Share {
    pub links: Vec<(&'static str, String)>,
    pub url: String,
    pub title: String,
}

impl Share {
    pub fn new(base: &str, slug: &str, title: &str) -> Share {
        Share::of_page(base, &format!("/p/{slug}"), "petition-share-text", title)
    }

    /// Share links to the page at `path`, with the message `text_id` (which takes `$title`).
    pub fn of_page(base: &str, path: &str, text_id: &str, title: &str) -> Share {
        let page = format!("{base}{path}");
        let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
        let url = |channel: &str| format!("{page}?src=share-{channel}");
        let text = enc(&crate::i18n::ta(text_id, "title", title));
        let links = vec![
            (
                "petition-share-email",
                format!("mailto:?subject={text}&body={}", enc(&url("email"))),
            ),
            (
                "WhatsApp",
                format!("https://wa.me/?text={text}%20{}", enc(&url("whatsapp"))),
            ),
            (
                "X",
                format!(
                    "https://x.com/intent/post?text={text}&url={}",
                    enc(&url("x"))
                ),
            ),
            (
                "Facebook",
                format!(
                    "https://www.facebook.com/sharer/sharer.php?u={}",
                    enc(&url("facebook"))
                ),
            ),
        ];
        Share {
            links,
            url: url("native"),
            title: title.to_owned(),
        }
    }
}

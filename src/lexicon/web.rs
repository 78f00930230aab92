//! Web names: link-shortening domains written without a scheme.

/// Domains whose links are written without `http://` in social text,
/// lowercase, sorted: `bit.ly/abc` is one token.
const LINK_DOMAINS: &[&str] = &[
    "bit.ly",
    "buff.ly",
    "fb.me",
    "goo.gl",
    "is.gd",
    "ow.ly",
    "t.co",
    "t.ly",
    "tinyurl.com",
    "youtu.be",
];

#[cfg(test)]
pub(super) const TABLES: &[&[&str]] = &[LINK_DOMAINS];

/// `domain` shortens links (`bit.ly`), in any ASCII case.
pub(crate) fn is_link_domain(domain: &str) -> bool {
    super::contains_ignore_ascii_case(LINK_DOMAINS, domain)
}

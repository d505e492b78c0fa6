//! Letter templates: a sandboxed engine (no file access, bounded work) with a fixed set of
//! placeholders, checked when a campaign is saved so a typo never reaches a supporter.

use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;

use super::rules::refused_construct;
use super::targets::Target;

/// Every placeholder a template may use.
pub const PLACEHOLDERS: [&str; 18] = [
    "target.title",
    "target.first_name",
    "target.last_name",
    "target.name",
    "target.body",
    "target.region",
    "target.district",
    "target.party",
    "supporter.name",
    "supporter.first_name",
    "supporter.address",
    "supporter.city",
    "supporter.region",
    "supporter.postcode",
    "supporter.country",
    "personal_message",
    "campaign.title",
    "today",
];

#[derive(Debug, Clone, Serialize)]
pub struct TargetVars {
    pub title: String,
    pub first_name: String,
    pub last_name: String,
    pub name: String,
    pub body: String,
    pub region: String,
    pub district: String,
    pub party: String,
}

impl From<&Target> for TargetVars {
    fn from(t: &Target) -> Self {
        TargetVars {
            title: t.honorific.clone(),
            first_name: t.first_name.clone(),
            last_name: t.last_name.clone(),
            name: t.name.clone(),
            body: t.body.clone(),
            region: t.region.clone(),
            district: t.district.clone(),
            party: t.party.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct SupporterVars {
    pub name: String,
    pub first_name: String,
    pub address: String,
    pub city: String,
    pub region: String,
    pub postcode: String,
    pub country: String,
}

#[derive(Serialize)]
struct Context<'a> {
    target: &'a TargetVars,
    supporter: &'a SupporterVars,
    personal_message: &'a str,
    campaign: CampaignVars<'a>,
    today: String,
}

#[derive(Serialize)]
struct CampaignVars<'a> {
    title: &'a str,
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    // Plain text: nothing is HTML-escaped here; pages escape when they show the letter.
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // Bounded work: a template cannot loop forever or recurse deeply.
    env.set_fuel(Some(50_000));
    env.set_recursion_limit(20);
    env
}

/// The most one letter may take once filled in; rendering stops there.
pub const MAX_LETTER_BYTES: usize = 64 * 1024;

/// Why a letter could not be filled in.
#[derive(Debug)]
pub enum RenderError {
    /// Longer than `MAX_LETTER_BYTES`.
    TooLong,
    /// Anything else (syntax, unknown value, too much work); the text is for staff.
    Failed(String),
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::TooLong => f.write_str(&crate::i18n::ta(
                "template-err-size",
                "max",
                MAX_LETTER_BYTES / 1024,
            )),
            RenderError::Failed(e) => f.write_str(e),
        }
    }
}

/// An `io::Write` that refuses to go past its limit.
struct Limited {
    buf: Vec<u8>,
    limit: usize,
    over: bool,
}

impl std::io::Write for Limited {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if self.buf.len() + data.len() > self.limit {
            self.over = true;
            return Err(std::io::Error::other("letter too long"));
        }
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Checks syntax and that every placeholder is known; the message names the unknown one.
pub fn check(source: &str) -> Result<(), String> {
    if source.trim().is_empty() {
        return Err(crate::i18n::t("template-err-empty"));
    }
    if source.chars().count() > 20_000 {
        return Err(crate::i18n::t("template-err-long"));
    }
    if let Some(what) = refused_construct(source) {
        return Err(crate::i18n::ta("template-err-construct", "what", what));
    }
    let env = environment();
    let tmpl = env.template_from_str(source).map_err(|e| {
        crate::i18n::ta(
            "template-err-syntax",
            "detail",
            e.detail().unwrap_or("syntax"),
        )
    })?;
    let mut unknown: Vec<String> = tmpl
        .undeclared_variables(true)
        .into_iter()
        .filter(|v| !PLACEHOLDERS.contains(&v.as_str()))
        // Built-in functions such as range() are globals, not placeholders.
        .filter(|v| !env.globals().any(|(name, _)| name == v))
        .collect();
    unknown.sort();
    if !unknown.is_empty() {
        return Err(crate::i18n::ta2(
            "template-err-unknown",
            "unknown",
            unknown
                .iter()
                .map(|u| format!("{{{{ {u} }}}}"))
                .collect::<Vec<_>>()
                .join(", "),
            "known",
            PLACEHOLDERS.join(", "),
        ));
    }
    render(source, "Sample", &sample_target(), &sample_supporter(), "")
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Renders one letter body. The personal message is appended when the template has no place for it.
pub fn render(
    source: &str,
    campaign_title: &str,
    target: &TargetVars,
    supporter: &SupporterVars,
    personal_message: &str,
) -> Result<String, RenderError> {
    // Checked again here: a template saved before these rules must not get past them.
    if let Some(what) = refused_construct(source) {
        return Err(RenderError::Failed(crate::i18n::ta(
            "template-err-construct",
            "what",
            what,
        )));
    }
    let env = environment();
    let ctx = Context {
        target,
        supporter,
        personal_message,
        campaign: CampaignVars {
            title: campaign_title,
        },
        today: chrono::Utc::now().format("%B %-d, %Y").to_string(),
    };
    let failed = |e: minijinja::Error| {
        RenderError::Failed(format!("The template could not be filled in: {e}"))
    };
    let tmpl = env.template_from_str(source).map_err(failed)?;
    let mut out = Limited {
        buf: Vec::new(),
        limit: MAX_LETTER_BYTES,
        over: false,
    };
    let result = tmpl.render_captured_to(&ctx, &mut out).map(|_| ());
    if out.over {
        return Err(RenderError::TooLong);
    }
    result.map_err(failed)?;
    let mut out = String::from_utf8_lossy(&out.buf).into_owned();
    if !personal_message.is_empty() && !source.contains("personal_message") {
        out = format!("{}\n\n{}", out.trim_end(), personal_message);
    }
    Ok(normalise(&out))
}

/// Line endings as LF, no trailing spaces, at most one blank line in a row, trimmed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.replace("\r\n", "\n").replace('\r', "\n").lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.trim().to_owned()
}

pub fn sample_target() -> TargetVars {
    TargetVars {
        title: crate::i18n::Lang::EN.t("honorific-us-senator"),
        first_name: "Alex".into(),
        last_name: "Example".into(),
        name: "Alex Example".into(),
        body: "US Senate".into(),
        region: "NY".into(),
        district: String::new(),
        party: "Independent".into(),
    }
}

pub fn sample_supporter() -> SupporterVars {
    SupporterVars {
        name: "Sam Supporter".into(),
        first_name: "Sam".into(),
        address: "1 Main Street".into(),
        city: "New York".into(),
        region: "NY".into(),
        postcode: "10001".into(),
        country: "United States of America".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_placeholders_render() {
        let src = "Dear {{ target.title }} {{ target.last_name }},\n\n{{ personal_message }}\n\n{{ supporter.name }}, {{ supporter.city }}";
        assert!(check(src).is_ok());
        let out = render(src, "C", &sample_target(), &sample_supporter(), "My story").unwrap();
        assert_eq!(
            out,
            "Dear Sen. Example,\n\nMy story\n\nSam Supporter, New York"
        );
    }

    #[test]
    fn unknown_placeholders_and_syntax_errors_are_named() {
        let e = check("Dear {{ target.titel }}").unwrap_err();
        assert!(e.contains("target.titel"), "{e}");
        let e = check("Dear {{ senator }}").unwrap_err();
        assert!(e.contains("senator"), "{e}");
        assert!(check("Dear {{ target.title ").is_err());
        assert!(check("").is_err());
    }

    #[test]
    fn runaway_templates_are_stopped() {
        let src =
            "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}";
        assert!(check(src).is_err());
    }

    #[test]
    fn output_is_capped() {
        let story = "s".repeat(2000);
        let src = "{% for i in range(100) %}{{ personal_message }}{% endfor %}";
        assert!(check(src).is_ok(), "small with the sample");
        let e = render(src, "C", &sample_target(), &sample_supporter(), &story).unwrap_err();
        assert!(matches!(e, RenderError::TooLong), "{e}");
    }

    #[test]
    fn message_is_appended_when_template_has_no_place() {
        let out = render(
            "Dear {{ target.name }},",
            "C",
            &sample_target(),
            &sample_supporter(),
            "Hi",
        )
        .unwrap();
        assert_eq!(out, "Dear Alex Example,\n\nHi");
    }
}

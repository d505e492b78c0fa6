//! Communicating with Congress (CWC 2.0): the XML message, the office codes, and the services'
//! answers. The XML is written element by element with quick-xml, which escapes every value, so a
//! supporter's text can never change the document's structure.

use std::io;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::{Reader, Writer};

use crate::config::CongressSettings;

/// The House or the Senate: each runs its own CWC service with its own key and paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chamber {
    House,
    Senate,
}

impl Chamber {
    pub fn code(self) -> &'static str {
        match self {
            Chamber::House => "house",
            Chamber::Senate => "senate",
        }
    }
}

/// The supporter as CWC wants them.
#[derive(Debug, Clone, Default)]
pub struct Constituent {
    pub prefix: String,
    pub first_name: String,
    pub last_name: String,
    pub address: String,
    pub city: String,
    pub state: String,
    pub zip: String,
    pub email: String,
    pub phone: String,
}

/// One message to one office.
pub struct Message<'a> {
    /// 32 letters and digits; the same on every retry of one letter.
    pub delivery_id: &'a str,
    /// YYYYMMDD.
    pub delivery_date: &'a str,
    pub campaign_id: &'a str,
    pub office_code: &'a str,
    pub constituent: &'a Constituent,
    pub subject: &'a str,
    pub topics: &'a [String],
    pub text: &'a str,
}

/// "Grace Brewster Hopper" → ("Grace Brewster", "Hopper"); the letter form shows the supporter
/// the same split.
pub use crate::letters::input::split_name;

/// A House office: `H`, the state, the two-digit district (`00` at large), e.g. `HVT00`.
pub fn house_office(state: &str, district: &str) -> Option<String> {
    let n: u8 = district.trim().parse().ok()?;
    let state = state.trim();
    (state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase()))
        .then(|| format!("H{state}{n:02}"))
}

/// A Senate office: `S`, the state, the senator's class as two digits, e.g. `SVT01`.
pub fn senate_office(state: &str, class: u8) -> Option<String> {
    let state = state.trim();
    (state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase()) && (1..=3).contains(&class))
        .then(|| format!("S{state}{class:02}"))
}

/// Whether XML 1.0 can carry `c` (escaping cannot help the others: a parser refuses them).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
        || (!c.is_control() || u32::from(c) >= 0x7F) && !matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

fn leaf<W: io::Write>(w: &mut Writer<W>, name: &str, text: &str) -> io::Result<()> {
    // The letter form refuses these; a value that got past it anyway fails this message rather
    // than writing a document no parser reads.
    if !text.chars().all(xml_char) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{name} has a character XML cannot carry"),
        ));
    }
    w.create_element(name)
        .write_text_content(BytesText::new(text))?;
    Ok(())
}

impl Message<'_> {
    pub fn to_xml(&self, agent: &CongressSettings) -> io::Result<String> {
        let mut w = Writer::new(Vec::new());
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.create_element("CWC").write_inner_content(|w| {
            leaf(w, "CWCVersion", "2.0")?;
            w.create_element("Delivery").write_inner_content(|w| {
                leaf(w, "DeliveryId", self.delivery_id)?;
                leaf(w, "DeliveryDate", self.delivery_date)?;
                leaf(w, "DeliveryAgent", &agent.delivery_agent)?;
                leaf(
                    w,
                    "DeliveryAgentAckEmailAddress",
                    &agent.delivery_agent_ack_email,
                )?;
                w.create_element("DeliveryAgentContact")
                    .write_inner_content(|w| {
                        leaf(
                            w,
                            "DeliveryAgentContactName",
                            &agent.delivery_agent_contact_name,
                        )?;
                        leaf(
                            w,
                            "DeliveryAgentContactEmail",
                            &agent.delivery_agent_contact_email,
                        )?;
                        leaf(
                            w,
                            "DeliveryAgentContactPhone",
                            &agent.delivery_agent_contact_phone,
                        )
                    })?;
                leaf(w, "Organization", &agent.organization)?;
                w.create_element("OrganizationContact")
                    .write_inner_content(|w| {
                        leaf(
                            w,
                            "OrganizationContactEmail",
                            &agent.organization_contact_email,
                        )
                    })?;
                leaf(w, "CampaignId", self.campaign_id)
            })?;
            w.create_element("Recipient").write_inner_content(|w| {
                leaf(w, "MemberOffice", self.office_code)?;
                leaf(w, "IsResponseRequested", "N")?;
                leaf(w, "NewsletterOptIn", "N")
            })?;
            let c = self.constituent;
            w.create_element("Constituent").write_inner_content(|w| {
                leaf(w, "Prefix", &c.prefix)?;
                leaf(w, "FirstName", &c.first_name)?;
                leaf(w, "LastName", &c.last_name)?;
                leaf(w, "Address1", &c.address)?;
                leaf(w, "City", &c.city)?;
                leaf(w, "StateAbbreviation", &c.state)?;
                leaf(w, "Zip", &c.zip)?;
                if !c.phone.is_empty() {
                    leaf(w, "Phone", &c.phone)?;
                }
                leaf(w, "Email", &c.email)
            })?;
            w.create_element("Message").write_inner_content(|w| {
                leaf(w, "Subject", self.subject)?;
                w.create_element("LibraryOfCongressTopics")
                    .write_inner_content(|w| {
                        for t in self.topics {
                            leaf(w, "LibraryOfCongressTopic", t)?;
                        }
                        Ok(())
                    })?;
                leaf(w, "ConstituentMessage", self.text)
            })?;
            Ok(())
        })?;
        String::from_utf8(w.into_inner()).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }
}

/// Every text node of a document with its element path ("CWC/Delivery/DeliveryId"), in order.
pub fn flatten(xml: &str) -> Result<Vec<(String, String)>, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(true);
    let mut path: Vec<String> = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event()? {
            Event::Start(e) => path.push(String::from_utf8_lossy(e.name().as_ref()).into_owned()),
            Event::End(_) => {
                path.pop();
            }
            Event::Empty(e) => {
                let mut p = path.join("/");
                p.push('/');
                p.push_str(&String::from_utf8_lossy(e.name().as_ref()));
                out.push((p, String::new()));
            }
            Event::Text(t) => out.push((path.join("/"), t.unescape()?.into_owned())),
            Event::CData(t) => out.push((
                path.join("/"),
                String::from_utf8_lossy(&t.into_inner()).into_owned(),
            )),
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// The reasons in a CWC error answer (`<Error>` elements), joined; the body itself, cut short,
/// when it is not such a document.
pub fn error_reason(body: &str) -> String {
    let errors: Vec<String> = flatten(body)
        .unwrap_or_default()
        .into_iter()
        .filter(|(path, text)| path.ends_with("Error") && !text.is_empty())
        .map(|(_, text)| text)
        .collect();
    let reason = if errors.is_empty() {
        body.trim().to_owned()
    } else {
        errors.join("; ")
    };
    reason.chars().take(300).collect()
}

/// An office list answer: a JSON array of office codes, or of objects with an `office_code`.
pub fn parse_offices(body: &str) -> Result<Vec<String>, serde_json::Error> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Entry {
        Code(String),
        Office { office_code: String },
    }
    let entries: Vec<Entry> = serde_json::from_str(body)?;
    Ok(entries
        .into_iter()
        .map(|e| match e {
            Entry::Code(c) | Entry::Office { office_code: c } => c.trim().to_uppercase(),
        })
        .filter(|c| !c.is_empty())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agent() -> CongressSettings {
        let s = crate::config::Settings::load(None).unwrap();
        let mut c = s.congress;
        c.delivery_agent = "Friends & Neighbours".into();
        c.delivery_agent_ack_email = "ack@example.org".into();
        c
    }

    #[test]
    fn values_are_escaped_never_markup() {
        let c = Constituent {
            first_name: "Grace".into(),
            last_name: "</LastName><Evil>".into(),
            ..Constituent::default()
        };
        let topics = vec!["Health".to_owned()];
        let m = Message {
            delivery_id: "A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6",
            delivery_date: "20261130",
            campaign_id: "senate",
            office_code: "HVT00",
            constituent: &c,
            subject: "Care & <cost>",
            topics: &topics,
            text: "Dear Rep.,\n\"help\" & thanks",
        };
        let xml = m.to_xml(&agent()).unwrap();
        let fields = flatten(&xml).unwrap();
        let get = |p: &str| fields.iter().find(|(k, _)| k == p).map(|(_, v)| v.as_str());
        assert_eq!(get("CWC/Constituent/LastName"), Some("</LastName><Evil>"));
        assert_eq!(get("CWC/Message/Subject"), Some("Care & <cost>"));
        assert_eq!(
            get("CWC/Delivery/DeliveryAgent"),
            Some("Friends & Neighbours")
        );
        assert_eq!(get("CWC/Recipient/MemberOffice"), Some("HVT00"));
        assert!(!fields.iter().any(|(k, _)| k.contains("Evil")));
    }

    #[test]
    fn office_codes_and_names() {
        assert_eq!(house_office("VT", "0").as_deref(), Some("HVT00"));
        assert_eq!(house_office("CA", "12").as_deref(), Some("HCA12"));
        assert_eq!(house_office("ca", "12"), None);
        assert_eq!(house_office("CA", ""), None);
        assert_eq!(senate_office("VT", 1).as_deref(), Some("SVT01"));
        assert_eq!(senate_office("VT", 4), None);
        assert_eq!(
            split_name("Grace Brewster Hopper"),
            ("Grace Brewster".into(), "Hopper".into())
        );
        assert_eq!(split_name("Cher"), ("Cher".into(), "Cher".into()));
    }

    #[test]
    fn office_lists_and_errors_parse() {
        assert_eq!(
            parse_offices(r#"["HVT00", " hca12 "]"#).unwrap(),
            vec!["HVT00", "HCA12"]
        );
        assert_eq!(
            parse_offices(r#"[{"office_code": "SVT01", "name": "x"}]"#).unwrap(),
            vec!["SVT01"]
        );
        assert!(parse_offices("{}").is_err());
        assert_eq!(
            error_reason("<Errors><Error>Invalid Zip</Error><Error>No Prefix</Error></Errors>"),
            "Invalid Zip; No Prefix"
        );
        assert_eq!(error_reason("  bad request "), "bad request");
    }
}

//! The payloads as JSON Schemas, for the OpenAPI 3.1 `webhooks` section (which the generator
//! does not write: `api_doc` adds it to the generated document).

use serde_json::{json, Value};

use super::EventType;

/// `data` of each event type: the fields every endpoint gets, and those only endpoints allowed
/// personal fields get.
fn data(kind: EventType) -> (Value, Value) {
    let s = |d: &str| json!({"type": "string", "description": d});
    let n = |d: &str| json!({"type": "integer", "format": "int64", "description": d});
    match kind {
        EventType::SignatureConfirmed | EventType::SignatureWithdrawn => (
            json!({
                "petition": s("The petition's slug."),
                "signature_id": n("The signature's id (stable across its events)."),
                "country": s("ISO 3166-1 alpha-2 code."),
                "locale": s("The signer's language."),
                "source": {"type": ["string", "null"], "description": "The share or partner code the signature came with."},
            }),
            json!({
                "name": s("Personal field."),
                "email": s("Personal field."),
                "postcode": {"type": ["string", "null"], "description": "Personal field."},
            }),
        ),
        EventType::LetterSent => (
            json!({
                "campaign": s("The letter campaign's slug."),
                "letter_id": n("The letter's id."),
                "channel": {"type": "string", "enum": ["email", "cwc", "forms"], "description": "How it left: sent by email to the target's address (once the email has left, not when queued), or delivered to the US Congress."},
                "target": s("Whom the letter is to."),
                "target_body": s("The directory the target is in."),
                "locale": s("The writer's language."),
            }),
            json!({"name": s("Personal field."), "email": s("Personal field.")}),
        ),
        EventType::OrganisationApproved => (
            json!({
                "petition": s("The petition's slug."),
                "organisation_id": n("The organisation's sign-on id."),
                "organisation": s("Its name."),
                "country": s("ISO 3166-1 alpha-2 code."),
                "website": s("Its website, or empty."),
            }),
            json!({"contact_name": s("Personal field."), "contact_email": s("Personal field.")}),
        ),
        EventType::PetitionMilestone => (
            json!({
                "petition": s("The petition's slug."),
                "percent": {"type": "integer", "enum": [25, 50, 75, 100]},
                "goal": n("The petition's goal."),
                "confirmed": n("Confirmed signatures when it was reached."),
            }),
            json!({}),
        ),
    }
}

/// The schema of one event type's payload.
pub fn payload(kind: EventType) -> Value {
    let (plain, personal) = data(kind);
    let mut properties = plain.as_object().cloned().unwrap_or_default();
    let required: Vec<String> = properties.keys().cloned().collect();
    properties.extend(personal.as_object().cloned().unwrap_or_default());
    json!({
        "type": "object",
        "required": ["type", "timestamp", "version", "data"],
        "properties": {
            "type": {"const": kind.as_str()},
            "timestamp": {"type": "string", "format": "date-time", "description": "When it happened (UTC)."},
            "version": {"type": "integer", "const": super::PAYLOAD_VERSION, "description": "Raised when a field changes meaning or goes away."},
            "data": {
                "type": "object",
                "required": required,
                "properties": properties,
                "description": "Personal fields are present only for endpoints allowed to receive them, and only when the person was told, as they acted, that their details may be passed on.",
            },
        },
    })
}

/// The `webhooks` section: one POST per event type, signed per Standard Webhooks.
pub fn section() -> Value {
    let mut out = serde_json::Map::new();
    for kind in EventType::ALL {
        out.insert(
            kind.as_str().to_owned(),
            json!({"post": {
                "summary": kind.as_str(),
                "description": "Signed per the Standard Webhooks specification: see README \"Webhooks\".",
                "parameters": [
                    {"name": "webhook-id", "in": "header", "required": true, "schema": {"type": "string"},
                     "description": "The same on every attempt of this event to this endpoint: deduplicate by it."},
                    {"name": "webhook-timestamp", "in": "header", "required": true, "schema": {"type": "string"},
                     "description": "Unix seconds of this attempt."},
                    {"name": "webhook-signature", "in": "header", "required": true, "schema": {"type": "string"},
                     "description": "v1,<base64 HMAC-SHA256 of \"{webhook-id}.{webhook-timestamp}.{body}\">."},
                ],
                "requestBody": {"required": true, "content": {"application/json": {"schema": payload(*kind)}}},
                "responses": {
                    "2XX": {"description": "Received; not sent again."},
                    "default": {"description": "Sent again later, with the same webhook-id."},
                },
            }}),
        );
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_has_a_payload_schema_with_its_envelope() {
        let section = section();
        for kind in EventType::ALL {
            let schema = &section[kind.as_str()]["post"]["requestBody"]["content"]
                ["application/json"]["schema"];
            assert_eq!(schema["properties"]["type"]["const"], kind.as_str());
            assert_eq!(
                schema["required"],
                json!(["type", "timestamp", "version", "data"])
            );
        }
        let confirmed = payload(EventType::SignatureConfirmed);
        let required = confirmed["properties"]["data"]["required"]
            .as_array()
            .unwrap();
        assert!(
            !required.contains(&json!("email")),
            "personal fields are optional"
        );
    }
}

//! A letter campaign is offered in a language only with its consent text in that language: the
//! page, the staff form and the TOML import keep title, introduction and consent together.

mod common;

use chorus::letters::{self, targets, CampaignSpec};
use common::*;

const ENGLISH_DEFAULT: &str =
    "I agree that my name, address and letter are sent to the representatives listed";
const FRENCH_DEFAULT: &str = "J’accepte que mon nom, mon adresse et ma lettre soient envoyés";

fn spec(slug: &str, extra: &str) -> CampaignSpec {
    toml::from_str(&format!(
        r#"slug = "{slug}"
title = "Safe roads"
intro = "Write to the board."
state = "open"
target_rule = "body"
target_body = "Board"
subjects = ["Safe roads now"]
template = "Dear {{{{ target.last_name }}}}, please act."
{extra}"#
    ))
    .unwrap()
}

/// A board to write to and one campaign, in English unless `extra` says otherwise.
async fn campaign(app: &TestApp, slug: &str, extra: &str) {
    let csv = "external_id,honorific,first_name,last_name,email\ns1,Supervisor,Ana,Ruiz,board@example.org\n";
    let rows = targets::read_csv(csv.as_bytes()).unwrap();
    chorus::on_db!(
        app.db(),
        targets::sql,
        import("Board", &rows, true, chorus::db::now_ms())
    )
    .unwrap();
    letters::save_campaign(app.db(), &spec(slug, extra))
        .await
        .unwrap();
}

async fn page(app: &TestApp, path: &str) -> String {
    let res = app.get(path).await;
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.unwrap()
}

/// The step where the supporter reads the letters and ticks the consent, in `lang`.
async fn write_step(app: &TestApp, slug: &str, lang: &str) -> String {
    let details = [
        ("name", "Louise Michel"),
        ("email", "louise@example.org"),
        ("address", "1 rue Haute"),
        ("city", "Bruxelles"),
        ("country", "BE"),
    ];
    let res = app
        .client
        .post(app.url(&format!("/l/{slug}/write")))
        .header("cookie", format!("lang={lang}"))
        .form(&details)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{slug} in {lang}");
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"id="consent""#), "{html}");
    html
}

/// A French visitor reads the French title, introduction and consent; a translation saved without
/// its consent text leaves the whole page in the main language, consent and all.
async fn a_campaign_is_offered_with_its_own_consent(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    campaign(
        &app,
        "board",
        r#"
[[translations]]
lang = "fr"
title = "Des routes sûres"
intro = "Écrivez au conseil."
consent_text = "J’accepte que ma lettre soit remise au conseil."
"#,
    )
    .await;
    let fr = page(&app, "/l/board?lang=fr").await;
    assert!(
        fr.contains("Des routes sûres") && fr.contains("Écrivez au conseil."),
        "{fr}"
    );
    let fr = write_step(&app, "board", "fr").await;
    assert!(
        fr.contains("J’accepte que ma lettre soit remise au conseil.")
            && !fr.contains(ENGLISH_DEFAULT),
        "the consent in the page's language: {fr}"
    );

    // An older translation without its consent wording, as it may be in a database.
    app.execute(
        "INSERT INTO letter_campaign_translations (campaign_id, lang, title, intro_md, updated_at) \
         SELECT id, 'de', 'Sichere Straßen', 'Schreiben Sie dem Rat.', 0 FROM letter_campaigns \
         WHERE slug = 'board'",
    )
    .await;
    let de = page(&app, "/l/board?lang=de").await;
    assert!(
        de.contains("Safe roads")
            && de.contains("Write to the board.")
            && !de.contains("Sichere Straßen")
            && !de.contains("Schreiben Sie dem Rat."),
        "the whole page in its main language: {de}"
    );
    assert!(de.contains("Schreiben Sie Ihren Brief"), "German chrome");
    let de = write_step(&app, "board", "de").await;
    assert!(de.contains(ENGLISH_DEFAULT), "the main consent: {de}");
    let index = page(&app, "/?lang=de").await;
    assert!(!index.contains("Sichere Straßen"), "{index}");
    let api = app
        .client
        .get(app.url("/api/v1/letters/board"))
        .header("accept-language", "de")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        api.contains("Safe roads") && !api.contains("Sichere Straßen"),
        "{api}"
    );
    app.stop().await;
}

/// A campaign that gives no consent text gets the default sentence in its own language.
async fn default_consent_in_the_campaigns_language(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    campaign(&app, "roads-fr", "locale = \"fr\"").await;
    campaign(&app, "roads-en", "").await;
    let fr = write_step(&app, "roads-fr", "en").await;
    assert!(
        fr.contains(FRENCH_DEFAULT) && !fr.contains(ENGLISH_DEFAULT),
        "{fr}"
    );
    let en = write_step(&app, "roads-en", "fr").await;
    assert!(
        en.contains(ENGLISH_DEFAULT) && !en.contains(FRENCH_DEFAULT),
        "{en}"
    );
    app.stop().await;
}

/// Staff cannot save a translation without its consent text, nor import one: the error names the
/// form or the language, and nothing is saved.
async fn translation_without_consent_is_refused(engine: Engine) {
    use common::staff::*;
    let app = TestApp::spawn(engine).await;
    campaign(&app, "board", "").await;
    let editor = unique_email("editor");
    make_admin(&app, &editor, "campaigner").await;
    let staff = log_in(&app, &editor).await;
    let path = "/admin/letters/board/translations";
    let fr = [
        ("lang", "fr"),
        ("title", "Des routes sûres"),
        ("intro", "Écrivez au conseil."),
    ];
    let res = staff.post(&app, path, &fr).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains(r#"id="error-fr""#)
            && html.contains("Give the consent text in this language too")
            && html.contains("offer the campaign only in its main language")
            && html.contains("Des routes sûres"),
        "{html}"
    );
    let saved = "SELECT COUNT(*) FROM letter_campaign_translations";
    assert_eq!(app.scalar_i64(saved).await, 0, "nothing saved");
    assert!(!page(&app, "/l/board?lang=fr")
        .await
        .contains("Des routes sûres"));
    let fr = [
        ("lang", "fr"),
        ("title", "Des routes sûres"),
        ("consent_text", "J’accepte que ma lettre soit remise."),
    ];
    assert_eq!(staff.post(&app, path, &fr).await.status(), 200);
    let public = page(&app, "/l/board?lang=fr").await;
    assert!(public.contains("Des routes sûres"), "{public}");
    let public = write_step(&app, "board", "fr").await;
    assert!(
        public.contains("J’accepte que ma lettre soit remise."),
        "{public}"
    );

    // The import names the language, and saves nothing.
    let bad = spec(
        "other",
        "[[translations]]\nlang = \"es\"\ntitle = \"Caminos seguros\"\n",
    );
    let err = letters::save_campaign(app.db(), &bad).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("The es translation needs its own consent text"),
        "{err}"
    );
    let other = "SELECT COUNT(*) FROM letter_campaigns WHERE slug = 'other'";
    assert_eq!(app.scalar_i64(other).await, 0);
    app.stop().await;
}

both_engines!(
    a_campaign_is_offered_with_its_own_consent,
    default_consent_in_the_campaigns_language,
    translation_without_consent_is_refused,
);

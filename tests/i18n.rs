//! Languages: the page and the emails follow the language chosen in the URL, kept in a cookie, or
//! asked for by the browser; petition content has translations with a fallback to its main language;
//! numbers are written the language's way.

mod common;

use common::*;

const TRANSLATED: &str = r#"
goal = 1500000
summary = "Protect the defenders"

[[translations]]
lang = "fr"
title = "Protégeons les défenseurs"
target = "La Cible"
summary = "Résumé en français"
consent_text = "J’accepte que mon nom soit remis à la cible."
"#;

async fn get_with(app: &TestApp, path: &str, header: (&str, &str)) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .header(header.0, header.1)
        .send()
        .await
        .unwrap()
}

async fn page_follows_url_cookie_and_browser(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", TRANSLATED).await;

    // Nothing asked: English, the main text, English digit grouping.
    let en = app.get("/p/p1").await.text().await.unwrap();
    assert!(en.contains(r#"<html lang="en""#), "{en}");
    assert!(
        en.contains("Test petition p1") && en.contains("1,500,000"),
        "{en}"
    );

    // The browser asks for French: the French translation and French grouping.
    let fr = get_with(
        &app,
        "/p/p1",
        ("accept-language", "fr-CH, fr;q=0.9, en;q=0.5"),
    )
    .await;
    assert!(fr.headers()["vary"]
        .to_str()
        .unwrap()
        .contains("Accept-Language"));
    let fr = fr.text().await.unwrap();
    assert!(fr.contains(r#"<html lang="fr""#));
    assert!(fr.contains("Protégeons les défenseurs") && fr.contains("Résumé en français"));
    assert!(
        fr.contains("La Cible") && !fr.contains("The Target"),
        "translated target"
    );
    assert!(fr.contains("Signer la pétition"), "French form: {fr}");
    assert!(
        fr.contains("1\u{202f}500\u{202f}000"),
        "French grouping: {fr}"
    );

    // German has no translation of the content: German page, main-language text.
    let de = get_with(&app, "/p/p1", ("accept-language", "de-DE"))
        .await
        .text()
        .await
        .unwrap();
    assert!(de.contains(r#"<html lang="de""#) && de.contains("Petition unterschreiben"));
    assert!(
        de.contains("Test petition p1") && de.contains("1.500.000"),
        "{de}"
    );
    assert!(!de.contains("Protégeons"));

    // The URL wins over the browser and is remembered in a cookie.
    let es = get_with(&app, "/p/p1?lang=es", ("accept-language", "de")).await;
    let cookie = es.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("lang=es;"), "{cookie}");
    assert!(es.text().await.unwrap().contains("Firmar la petición"));
    let kept = app
        .client
        .get(app.url("/"))
        .header("cookie", "lang=es")
        .header("accept-language", "de")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(kept.contains(r#"<html lang="es""#), "{kept}");

    // A language Chorus does not ship falls back to English; so does a nonsense tag.
    for asked in ["ja", "x-klingon;q=1, !!"] {
        let html = get_with(&app, "/p/p1", ("accept-language", asked))
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains(r#"<html lang="en""#), "{asked}");
    }
    app.stop().await;
}

async fn signature_in_french_gets_french_email(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", TRANSLATED).await;
    let to = unique_email("fr");
    let res = app
        .client
        .post(app.url("/p/p1/sign"))
        .header("cookie", "lang=fr")
        .form(&[
            ("name", "Marie Curie"),
            ("email", to.as_str()),
            ("country", "FR"),
            ("consent", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    let mail = &wait_for_mails(&to, 1).await[0];
    assert_eq!(
        mail.subject,
        "Veuillez confirmer votre signature : Protégeons les défenseurs"
    );
    assert!(mail.text.contains("Bonjour Marie Curie"), "{}", mail.text);
    assert!(mail.html.contains("Confirmer ma signature"));
    assert!(!mail.text.contains("Please confirm"));

    // The link in the email works whatever the browser's language; the page speaks French when asked.
    let link = app.link(&mail.link("/confirm/"));
    let page = get_with(
        &app,
        link.strip_prefix(&app.addr).unwrap(),
        ("cookie", "lang=fr"),
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(page.contains("Confirmer ma signature"), "{page}");

    // A copy of one's data, asked for from a French page, comes in French.
    let my_data = app.link(&mail.link("/my-data/"));
    let res = app
        .client
        .post(format!("{my_data}/copy"))
        .header("cookie", "lang=fr")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let copy = wait_for_mails(&to, 2).await;
    let copy = copy
        .iter()
        .find(|m| m.subject == "Une copie de vos données")
        .expect("a French copy");
    assert!(
        copy.text.contains("Pays : France") && copy.text.contains("Nom : Marie Curie"),
        "{}",
        copy.text
    );

    // A German signer of the same petition gets German words around the main-language title.
    let de = unique_email("de");
    let mut body = signer(&de);
    body["country"] = "DE".into();
    body["postcode"] = "10115".into();
    let res = app
        .client
        .post(app.url("/api/v1/petitions/p1/signatures"))
        .header("accept-language", "de")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);
    let mail = &wait_for_mails(&de, 1).await[0];
    assert_eq!(
        mail.subject,
        "Bitte bestätigen Sie Ihre Unterschrift: Test petition p1"
    );
    app.stop().await;
}

async fn form_errors_in_the_visitors_language(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let res = app
        .client
        .post(app.url("/p/p1/sign"))
        .header("accept-language", "fr")
        .form(&[
            ("name", "Marie Curie"),
            ("email", "marie@@exemple"),
            ("country", "FR"),
            ("consent", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains(r#"id="email-error">Veuillez saisir une adresse e-mail valide."#),
        "{html}"
    );
    assert!(
        html.contains(r#"value="marie@@exemple""#),
        "what was typed stays"
    );
    app.stop().await;
}

/// A letter campaign with a French title; a supporter writing in French gets French pages, a French
/// confirmation email and a French copy, while the letter itself goes out as written.
/// A campaign "board" writing to one member of the "Board", whose office gets the letters, with the
/// given extra TOML (translations).
async fn board_campaign(app: &TestApp, office: &str, extra: &str) {
    use chorus::letters::{self, targets};
    let csv = format!(
        "external_id,honorific,first_name,last_name,email\ns1,Supervisor,Ana,Ruiz,{office}\n"
    );
    let rows = targets::read_csv(csv.as_bytes()).unwrap();
    chorus::on_db!(
        app.db(),
        targets::sql,
        import("Board", &rows, true, chorus::db::now_ms())
    )
    .unwrap();
    let spec: letters::CampaignSpec = toml::from_str(&format!(
        r#"slug = "board"
title = "Safe roads"
intro = "Write to the board."
state = "open"
target_rule = "body"
target_body = "Board"
subjects = ["Safe roads now"]
template = "Dear {{{{ target.title }}}} {{{{ target.last_name }}}}, please act."
{extra}"#
    ))
    .unwrap();
    letters::save_campaign(app.db(), &spec).await.unwrap();
}

async fn letters_in_french(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let office = unique_email("office");
    board_campaign(
        &app,
        &office,
        r#"
[[translations]]
lang = "fr"
title = "Des routes sûres"
intro = "Écrivez au conseil."
consent_text = "J’accepte que ma lettre soit remise au conseil."
"#,
    )
    .await;

    let page = get_with(&app, "/l/board", ("cookie", "lang=fr"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Des routes sûres") && page.contains("Écrivez au conseil."),
        "{page}"
    );
    assert!(page.contains("Écrivez votre lettre") && page.contains("Trouver mes représentants"));
    let index = get_with(&app, "/", ("cookie", "lang=fr"))
        .await
        .text()
        .await
        .unwrap();
    assert!(index.contains("Des routes sûres"), "{index}");
    let page = get_with(&app, "/l/board", ("cookie", "lang=de"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Safe roads") && page.contains("Schreiben Sie Ihren Brief"),
        "main text in German chrome"
    );

    let me = unique_email("ecrivain");
    let body = serde_json::json!({
        "name": "Louise Michel", "email": me, "address": "1 rue Haute", "city": "Bruxelles",
        "country": "BE", "subject": 0, "consent": true,
    });
    let res = app
        .client
        .post(app.url("/api/v1/letters/board/letters"))
        .header("accept-language", "fr-FR,fr;q=0.9")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);
    let mail = &wait_for_mails(&me, 1).await[0];
    assert_eq!(mail.subject, "Confirmez vos lettres : Des routes sûres");
    assert!(mail.text.contains("Bonjour Louise Michel"), "{}", mail.text);

    // Confirmed from a browser in English: the copy still comes in French, the letter as written.
    let link = app.link(&mail.link("/letters/confirm/"));
    assert_eq!(app.client.post(&link).send().await.unwrap().status(), 200);
    let sent = &wait_for_mails(&office, 1).await[0];
    assert_eq!(sent.subject, "Safe roads now");
    assert!(sent.text.contains("Dear Supervisor Ruiz, please act."));
    assert!(
        sent.text
            .replace("\r\n", "\n")
            .contains("Bruxelles\nBelgium")
            && !sent.text.contains("Belgique"),
        "the target's language: {}",
        sent.text
    );
    let copy = wait_for_mails(&me, 2).await;
    let copy = copy.last().unwrap();
    assert!(
        copy.subject
            .starts_with("Votre lettre a été envoyée (destinataire : "),
        "{}",
        copy.subject
    );
    assert!(
        copy.text
            .contains("Merci d’avoir participé à « Des routes sûres »"),
        "the campaign named in the supporter's language: {}",
        copy.text
    );
    assert!(
        copy.text.contains(sent.text.trim_end()),
        "the copy quotes the letter as sent: {}",
        copy.text
    );
    app.stop().await;
}

/// Staff add, fix and remove a language's text from the admin pages; the public page follows.
async fn staff_translate_a_petition(engine: Engine) {
    use common::staff::*;
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    let (editor, viewer) = (unique_email("editor"), unique_email("viewer"));
    make_admin(&app, &editor, "campaigner").await;
    make_admin(&app, &viewer, "viewer").await;
    let staff = log_in(&app, &editor).await;
    let path = "/admin/petitions/p1/translations";

    let page = staff.get(&app, path).await.text().await.unwrap();
    assert!(page.contains(r#"id="lang-fr""#) && page.contains(r#"id="lang-zh-Hans""#));
    assert!(
        !page.contains(r#"id="lang-en""#),
        "the main language is edited on the petition"
    );

    let pt = [
        ("lang", "pt"),
        ("title", "Petição de teste"),
        ("summary", "Resumo"),
        ("consent_text", "Concordo que meu nome seja entregue."),
    ];
    let res = staff.post(&app, path, &pt).await;
    assert_eq!(res.status(), 200);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Saved the Português text."));
    let public = app.get("/p/p1?lang=pt").await.text().await.unwrap();
    assert!(
        public.contains("Petição de teste") && public.contains("Resumo"),
        "{public}"
    );

    // Problems come back next to the form, with what was typed.
    let long = format!("<b>{}</b>", "x".repeat(200));
    for (lang, title, problem) in [
        ("xx", "T", "not one of the languages"),
        ("en", "T", "main language"),
        ("fr", long.as_str(), "at most 200 characters"),
    ] {
        let res = staff
            .post(&app, path, &[("lang", lang), ("title", title)])
            .await;
        assert_eq!(res.status(), 422, "{lang}");
        let html = res.text().await.unwrap();
        assert!(html.contains(problem), "{html}");
    }
    let html = staff
        .post(&app, path, &[("lang", "fr"), ("title", &long)])
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"id="error-fr""#) && html.contains(&"x".repeat(200)));
    assert!(!html.contains("<b>xxx"), "typed text is escaped");

    // A translated consent wording is a new consent version; saving it unchanged is not.
    let version = "SELECT consent_version FROM petitions WHERE slug = 'p1'";
    let before = app.scalar_i64(version).await;
    let fr = [
        ("lang", "fr"),
        ("title", "Pétition de test"),
        ("consent_text", "J’accepte que mon nom soit remis."),
    ];
    for _ in 0..2 {
        assert_eq!(staff.post(&app, path, &fr).await.status(), 200);
        assert_eq!(app.scalar_i64(version).await, before + 1);
    }

    // A viewer may read but not change.
    let reader = log_in(&app, &viewer).await;
    assert_eq!(reader.get(&app, path).await.status(), 200);
    assert_eq!(reader.post(&app, path, &pt).await.status(), 403);

    // An empty form removes the language: the main text is back.
    let res = staff.post(&app, path, &[("lang", "pt")]).await;
    assert_eq!(res.status(), 200);
    let public = app.get("/p/p1?lang=pt").await.text().await.unwrap();
    assert!(
        public.contains("Test petition p1") && !public.contains("Petição de teste"),
        "{public}"
    );
    app.stop().await;
}

/// A petition is offered in a language only with its consent text in that language: staff cannot
/// save a translation without one, an import is refused, and a translation saved without one
/// earlier leaves the whole petition in its main language rather than a translated page around
/// the main language's consent.
async fn a_language_is_offered_with_its_own_consent(engine: Engine) {
    use common::staff::*;
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "").await;
    // An older translation without its consent wording, as it may be in a database.
    app.execute(
        "INSERT INTO petition_translations (petition_id, lang, title, summary, body_md, \
         consent_text, updated_at, target, image_alt) SELECT id, 'de', 'Deutscher Titel', \
         'Zusammenfassung', '', '', 0, '', '' FROM petitions WHERE slug = 'p1'",
    )
    .await;
    let de = app.get("/p/p1?lang=de").await.text().await.unwrap();
    assert!(
        de.contains("Test petition p1") && !de.contains("Deutscher Titel"),
        "main text, consent and all: {de}"
    );
    assert!(de.contains("Petition unterschreiben"), "German chrome");
    let index = app.get("/?lang=de").await.text().await.unwrap();
    assert!(!index.contains("Deutscher Titel"), "{index}");

    // Staff: a translated title without a consent text is refused, next to that language's form.
    let editor = unique_email("editor");
    make_admin(&app, &editor, "campaigner").await;
    let staff = log_in(&app, &editor).await;
    let path = "/admin/petitions/p1/translations";
    let fr = [("lang", "fr"), ("title", "Pétition de test")];
    let res = staff.post(&app, path, &fr).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains(r#"id="error-fr""#)
            && html.contains("Give the consent text in this language too"),
        "{html}"
    );
    let public = app.get("/p/p1?lang=fr").await.text().await.unwrap();
    assert!(!public.contains("Pétition de test"), "nothing saved");
    // With its consent text the language is offered.
    let fr = [
        ("lang", "fr"),
        ("title", "Pétition de test"),
        ("consent_text", "J’accepte que mon nom soit remis."),
    ];
    assert_eq!(staff.post(&app, path, &fr).await.status(), 200);
    let public = app.get("/p/p1?lang=fr").await.text().await.unwrap();
    assert!(
        public.contains("Pétition de test") && public.contains("J’accepte que mon nom soit remis."),
        "{public}"
    );

    // An import says which translation lacks it.
    let spec = "slug = \"p2\"\ntitle = \"T\"\ntarget = \"X\"\n\
                [[translations]]\nlang = \"es\"\ntitle = \"Título\"\n";
    let err = chorus::petitions::PetitionSpec::from_toml(spec).unwrap_err();
    assert!(
        err.to_string()
            .contains("The es translation needs its own consent text"),
        "{err}"
    );
    app.stop().await;
}

/// Staff translate a letter campaign's title, introduction and consent text on its own page.
async fn staff_translate_a_campaign(engine: Engine) {
    use common::staff::*;
    let app = TestApp::spawn(engine).await;
    board_campaign(&app, &unique_email("office"), "").await;
    let editor = unique_email("editor");
    make_admin(&app, &editor, "campaigner").await;
    let staff = log_in(&app, &editor).await;
    let detail = staff
        .get(&app, "/admin/letters/board")
        .await
        .text()
        .await
        .unwrap();
    assert!(detail.contains(r#"href="/admin/letters/board/translations""#));
    let path = "/admin/letters/board/translations";
    let page = staff.get(&app, path).await.text().await.unwrap();
    assert!(page.contains(r#"id="lang-de""#) && page.contains(r#"name="intro""#));
    assert!(
        page.contains(r#"name="consent_text""#),
        "campaigns translate their consent text too"
    );

    let de = [
        ("lang", "de"),
        ("title", "Sichere Straßen"),
        ("intro", "Schreiben Sie dem Rat."),
        ("consent_text", "Ich bin einverstanden."),
    ];
    let res = staff.post(&app, path, &de).await;
    assert_eq!(res.status(), 200);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Saved the Deutsch text."));
    let public = app.get("/l/board?lang=de").await.text().await.unwrap();
    assert!(
        public.contains("Sichere Straßen") && public.contains("Schreiben Sie dem Rat."),
        "{public}"
    );

    // A problem comes back on that language's form with what was typed.
    let long = "T".repeat(201);
    let res = staff
        .post(
            &app,
            path,
            &[("lang", "es"), ("title", &long), ("intro", "Hola")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"id="error-es""#) && html.contains("at most 200 characters"));
    assert!(html.contains(&long) && html.contains(">Hola</textarea>"));

    // An empty form removes the language.
    assert_eq!(
        staff.post(&app, path, &[("lang", "de")]).await.status(),
        200
    );
    let public = app.get("/l/board?lang=de").await.text().await.unwrap();
    assert!(public.contains("Safe roads") && !public.contains("Sichere Straßen"));
    app.stop().await;
}

/// The staff pages, their messages and the emails to staff speak the language staff chose; country
/// names follow it everywhere.
async fn staff_pages_and_emails_in_french(engine: Engine) {
    use common::staff::*;
    let app = TestApp::spawn(engine).await;
    app.create_petition("p1", "goal = 4").await;
    let who = unique_email("equipe");
    make_admin(&app, &who, "owner").await;
    let staff = log_in(&app, &who).await;

    // Chosen once in the URL, then kept by the cookie.
    let dash = staff
        .get(&app, "/admin?lang=fr")
        .await
        .text()
        .await
        .unwrap();
    assert!(dash.contains(r#"<html lang="fr""#), "{dash}");
    assert!(dash.contains("Tableau de bord") && dash.contains("Se déconnecter"));
    assert!(dash.contains("(propriétaire)") && dash.contains(">ouverte</span>"));
    assert!(!dash.contains("Dashboard") && !dash.contains("Sign out"));

    for path in [
        "/admin/petitions/new",
        "/admin/petitions/p1",
        "/admin/petitions/p1/edit",
        "/admin/petitions/p1/paper",
        "/admin/petitions/p1/updates",
        "/admin/petitions/p1/translations",
        "/admin/petitions/p1/partners",
        "/admin/petitions/p1/review",
        "/admin/petitions/p1/delivery",
        "/admin/letters",
        "/admin/letters/new",
        "/admin/events",
        "/admin/events/new",
        "/admin/audit",
        "/admin/users",
        "/admin/tokens",
    ] {
        let res = staff.get(&app, path).await;
        assert_eq!(res.status(), 200, "{path}");
        let html = res.text().await.unwrap();
        assert!(html.contains(r#"<html lang="fr""#), "{path}");
        for english in [
            "Sign out",
            "Save</button>",
            "Preview</",
            "Signed from",
            "Country code",
        ] {
            assert!(!html.contains(english), "{path} still says {english:?}");
        }
    }

    // A paper batch: the notice, the counts by country and the export labels in French.
    let csv = "name,email,country\nAnna Schmidt,,DE\nJean Dupont,,FR\n";
    let res = staff
        .post(
            &app,
            "/admin/petitions/p1/paper",
            &[("label", "Marche"), ("csv", csv)],
        )
        .await;
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Lot « Marche » : 2 signatures ajoutées sur 2 ; 0 avait déjà signé."),
        "{html}"
    );
    let page = staff
        .get(&app, "/admin/petitions/p1")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("<span>Allemagne</span>"), "{page}");
    assert!(page.contains("Exporter les signatures (CSV)") && page.contains("Clore"));
    assert!(
        page.contains("confirmées, 0 en attente de confirmation, 0 retenues, objectif 4"),
        "{page}"
    );

    // A form error comes back in French next to the field, with what was typed.
    let res = staff
        .post(
            &app,
            "/admin/petitions",
            &[
                ("slug", "Pas bon"),
                ("title", "Titre gardé"),
                ("target", "Cible"),
                ("goal", "beaucoup"),
                ("locale", "fr"),
                ("consent_text", "D’accord"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("L’objectif doit être un nombre entier."),
        "{html}"
    );
    assert!(html.contains("n’est pas une adresse valide") && html.contains("Titre gardé"));

    // Half the goal: two milestone emails, written in the language staff last used.
    chorus::petitions::updates::milestones(app.db())
        .await
        .unwrap();
    let mut subjects: Vec<String> = wait_for_mails(&who, 2)
        .await
        .into_iter()
        .map(|m| m.subject)
        .collect();
    subjects.sort();
    assert_eq!(
        subjects,
        [
            "Test petition p1 : 25 % de l’objectif",
            "Test petition p1 : 50 % de l’objectif",
        ]
    );

    // The public sign form lists countries in French, in French order.
    let public = app.get("/p/p1?lang=fr").await.text().await.unwrap();
    let (uae, spain) = (
        public.find(">Émirats arabes unis</option>").unwrap(),
        public.find(">Espagne</option>").unwrap(),
    );
    assert!(uae < spain, "É sorts with E");
    app.stop().await;
}

#[test]
fn no_untranslated_text_in_templates() {
    // Text between tags and in visible attributes must come from the message files; what is left
    // is code, product names and file formats.
    let allowed = [
        "Chorus", "CSV", "SHA", "Linux", "macOS", "Windows", "slug", "example", "com",
    ];
    let strip =
        regex::Regex::new(r"(?s)\{\{.*?\}\}|\{%.*?%\}|<code>.*?</code>|<script.*?</script>")
            .unwrap();
    let attrs = regex::Regex::new(r#"\b(?:placeholder|title|aria-label|alt)="([^"]*)""#).unwrap();
    let tags = regex::Regex::new(r"<[^>]*>").unwrap();
    let words = regex::Regex::new(r"[A-Za-z][A-Za-z']+").unwrap();
    let mut left = Vec::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/templates");
    for sub in ["", "/admin", "/pages", "/emails"] {
        for entry in std::fs::read_dir(format!("{dir}{sub}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "html" && e != "txt") {
                continue;
            }
            let text = strip
                .replace_all(&std::fs::read_to_string(&path).unwrap(), "")
                .into_owned();
            let visible: Vec<String> = attrs
                .captures_iter(&text)
                .map(|c| c[1].to_owned())
                .chain([tags.replace_all(&text, " ").into_owned()])
                .collect();
            for w in visible.iter().flat_map(|v| words.find_iter(v)) {
                if !allowed.contains(&w.as_str()) {
                    left.push(format!("{}: {}", path.display(), w.as_str()));
                }
            }
        }
    }
    assert!(left.is_empty(), "untranslated: {left:#?}");
}

both_engines!(
    a_language_is_offered_with_its_own_consent,
    staff_translate_a_campaign,
    staff_pages_and_emails_in_french,
    staff_translate_a_petition,
    page_follows_url_cookie_and_browser,
    signature_in_french_gets_french_email,
    form_errors_in_the_visitors_language,
    letters_in_french,
);

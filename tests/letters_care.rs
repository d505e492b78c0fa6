//! Letter writers' care: the my-data page from every letter email (read, copy, erase with a
//! confirmation step), one-click unsubscribe (RFC 8058), reminders to confirm on a schedule, and a
//! per-address email cap that holds a stranger's repeats off for a window, never for good.

mod common;

use chorus::letters::{self, targets, CampaignSpec};
use chorus::on_db;
use common::staff::*;
use common::*;

fn spec(slug: &str) -> CampaignSpec {
    let text = format!(
        r#"slug = "{slug}"
title = "Letters {slug}"
state = "open"
target_rule = "body"
target_body = "Test Board"
subjects = ["Fund the routes"]
template = """
Dear {{{{ target.title }}}} {{{{ target.last_name }}}},

{{{{ personal_message }}}}
"""
"#
    );
    toml::from_str(&text).expect("valid campaign TOML")
}

/// A board of two: one with an email address (unique to this run), one without.
async fn board(app: &TestApp, slugs: &[&str]) -> String {
    let a = unique_email("supervisor-a");
    let csv = format!(
        "external_id,honorific,first_name,last_name,email,phone,contact_url\n\
         s1,Supervisor,Ana,Ruiz,{a},555-0101,\n\
         s3,Supervisor,Chen,Li,,555-0103,https://county.example.org/contact\n"
    );
    let rows = targets::read_csv(csv.as_bytes()).unwrap();
    on_db!(
        app.db(),
        targets::sql,
        import("Test Board", &rows, true, chorus::db::now_ms())
    )
    .unwrap();
    for slug in slugs {
        letters::save_campaign(app.db(), &spec(slug)).await.unwrap();
    }
    a
}

fn body(email: &str, name: &str, message: &str) -> serde_json::Value {
    serde_json::json!({
        "name": name, "email": email, "address": "12 Elm Road", "city": "Essex",
        "country": "US", "postcode": "07001", "personal_message": message,
        "subject": 0, "consent": true,
    })
}

async fn submit(app: &TestApp, path: &str, body: &serde_json::Value) {
    let res = app.post_json(path, body).await;
    assert_eq!(res.status(), 202);
}

/// The app-relative path of an absolute link from an email.
fn path_of(app: &TestApp, link: &str) -> String {
    app.link(link)[app.addr.len()..].to_owned()
}

fn unsubscribe_url(app: &TestApp, mail: &Mail) -> String {
    let header = mail
        .header("List-Unsubscribe")
        .unwrap_or_else(|| panic!("no List-Unsubscribe on {}", mail.subject));
    assert_eq!(
        mail.header("List-Unsubscribe-Post"),
        Some("List-Unsubscribe=One-Click"),
        "{}",
        mail.subject
    );
    app.link(header.trim_matches(['<', '>']))
}

async fn post_form(app: &TestApp, path: &str, form: &[(&str, &str)]) -> (u16, String) {
    let res = app.post_form(path, form).await;
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    app.scalar_i64(sql).await
}

async fn writers_read_and_erase_their_data_from_their_emails(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let a = board(&app, &["board", "other"]).await;
    let (who, someone) = (unique_email("writer"), unique_email("someone"));
    submit(
        &app,
        "/api/v1/letters/board/letters",
        &body(&who, "Rosa Parks", "Buses."),
    )
    .await;
    let mail = wait_for_mails(&who, 1).await.remove(0);
    let my_data = path_of(&app, &mail.link("/letters/my-data/"));
    submit(
        &app,
        "/api/v1/letters/other/letters",
        &body(&who, "Rosa Parks", "Trains."),
    )
    .await;
    submit(
        &app,
        "/api/v1/letters/board/letters",
        &body(&someone, "Ida Wells", "Mine."),
    )
    .await;
    wait_for_mails(&someone, 1).await;

    // The page shows this campaign's details only, fields named in the reader's language.
    let page = app.get(&my_data).await.text().await.unwrap();
    assert!(
        page.contains("Rosa Parks") && page.contains("Buses."),
        "{page}"
    );
    assert!(page.contains("<dd>United States</dd>"), "{page}");
    assert!(
        page.contains("waiting for you to confirm by email"),
        "{page}"
    );
    assert!(
        !page.contains("Trains.") && !page.contains("Ida Wells"),
        "{page}"
    );
    let fr = app
        .get(&format!("{my_data}?lang=fr"))
        .await
        .text()
        .await
        .unwrap();
    assert!(fr.contains("<dd>États-Unis</dd>"), "{fr}");
    assert!(
        fr.contains("non envoyée : en attente de votre confirmation"),
        "{fr}"
    );
    // A tampered link reads nothing.
    let mut tampered = my_data.clone();
    let last = tampered.pop().unwrap();
    tampered.push(if last == '0' { '1' } else { '0' });
    assert_eq!(app.get(&tampered).await.status(), 404);
    assert_eq!(app.get("/letters/my-data/not-a-token").await.status(), 404);

    // Confirmed and delivered; the writer's copy carries its own link and unsubscribe header.
    let confirm = mail.link("/letters/confirm/");
    app.client.post(app.link(&confirm)).send().await.unwrap();
    wait_for_mails(&a, 1).await;
    // The copy of the letter may come after the hand-delivery email of the other target.
    let receipt = wait_for_mail(&who, |m| m.subject.contains("has been sent")).await;
    unsubscribe_url(&app, &receipt);
    let from_receipt = path_of(&app, &receipt.link("/letters/my-data/"));
    let page = app.get(&from_receipt).await.text().await.unwrap();
    assert!(
        page.contains("Buses.") && page.contains("<p>sent</p>"),
        "{page}"
    );

    outbox_drained(&app).await;
    // Staff's export of the target's letters names the writer until they erase.
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let s1 = count(&app, "SELECT id FROM targets WHERE external_id = 's1'").await;
    let export = format!("/admin/letters/board/targets/{s1}/letters.csv");
    let csv = staff.get(&app, &export).await.text().await.unwrap();
    assert!(
        csv.contains("Rosa Parks") && csv.contains("Buses."),
        "{csv}"
    );
    // Erasing asks first, without script: a bare POST changes nothing.
    let (status, page) = post_form(&app, &format!("{my_data}/erase"), &[]).await;
    assert_eq!(status, 200);
    assert!(page.contains("data-testid=\"confirm-step\""), "{page}");
    assert!(page.contains("name=\"confirm\" value=\"yes\""), "{page}");
    let held = format!("SELECT COUNT(*) FROM letter_supporters WHERE email = '{who}'");
    assert_eq!(count(&app, &held).await, 2);
    let (status, page) = post_form(&app, &format!("{my_data}/erase"), &[("confirm", "yes")]).await;
    assert_eq!(status, 200);
    assert!(page.contains("Your details are deleted"), "{page}");
    outbox_drained(&app).await;

    // Nothing of the address is left in that campaign; the other campaign's letters are untouched.
    assert_eq!(app.get(&my_data).await.status(), 404);
    assert_eq!(app.get(&from_receipt).await.status(), 404);
    assert_eq!(
        app.client
            .get(app.link(&confirm))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let board = "(SELECT id FROM letter_campaigns WHERE slug = 'board')";
    for sql in [
        format!("SELECT COUNT(*) FROM letter_supporters WHERE campaign_id = {board} AND (email = '{who}' OR name = 'Rosa Parks')"),
        format!("SELECT COUNT(*) FROM letters WHERE campaign_id = {board} AND (body LIKE '%Buses.%' OR canonical_email = '{who}')"),
        format!("SELECT COUNT(*) FROM letter_email_log WHERE campaign_id = {board} AND canonical_email = '{who}'"),
        format!("SELECT COUNT(*) FROM outbox WHERE recipient = '{who}'"),
        "SELECT COUNT(*) FROM letter_data_tokens k JOIN letter_supporters s ON s.id = k.supporter_id WHERE s.email = ''".to_owned(),
    ] {
        assert_eq!(count(&app, &sql).await, 0, "{sql}");
    }
    assert_eq!(
        count(&app, &held).await,
        1,
        "the other campaign's submission stays"
    );
    let csv = staff.get(&app, &export).await.text().await.unwrap();
    assert!(
        !csv.contains("Rosa Parks") && !csv.contains("Buses.") && !csv.contains(&who),
        "{csv}"
    );
    assert_eq!(
        csv.lines().count(),
        2,
        "the sent letter stays counted, anonymous: {csv}"
    );
    // The delivered letter stays counted, without words or sender; the one by hand as well.
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM letters WHERE campaign_id = {board} AND body = '' AND state IN ('queued', 'manual')")
        )
        .await,
        2
    );
    // The other writer is untouched.
    let theirs = wait_for_mails(&someone, 1).await.remove(0);
    let page = app
        .get(&path_of(&app, &theirs.link("/letters/my-data/")))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Ida Wells"), "{page}");
    app.stop().await;
}

async fn the_confirm_pages_delete_button_asks_first(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    board(&app, &["board"]).await;
    let who = unique_email("second-thoughts");
    submit(
        &app,
        "/api/v1/letters/board/letters",
        &body(&who, "Rosa Parks", "Hmm."),
    )
    .await;
    let confirm = wait_for_mails(&who, 1).await[0].link("/letters/confirm/");
    let erase = path_of(
        &app,
        &confirm.replace("/letters/confirm/", "/letters/erase/"),
    );
    let (status, page) = post_form(&app, &erase, &[]).await;
    assert_eq!(status, 200);
    assert!(page.contains("data-testid=\"confirm-step\""), "{page}");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM letters").await,
        2,
        "nothing deleted yet"
    );
    let (status, page) = post_form(&app, &erase, &[("confirm", "yes")]).await;
    assert_eq!(status, 200);
    assert!(page.contains("Your details are deleted"), "{page}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM letters").await, 0);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM letter_supporters").await,
        0
    );
    app.stop().await;
}

async fn letter_reminders_follow_the_schedule(engine: Engine) {
    let [late, prompt, bot, leaver, french] =
        ["late", "prompt", "bot", "leaver", "french"].map(unique_email);
    let blocked = bot.clone();
    let app = TestApp::spawn_with(engine, move |s| s.abuse.block_emails = vec![blocked]).await;
    board(&app, &["board"]).await;
    let path = "/api/v1/letters/board/letters";
    for e in [&late, &prompt, &bot, &leaver] {
        submit(&app, path, &body(e, "Rosa Parks", "Please.")).await;
    }
    submit(
        &app,
        &format!("{path}?lang=fr"),
        &body(&french, "Rosa Parks", "Svp."),
    )
    .await;
    let first = wait_for_mails(&prompt, 1).await.remove(0);
    app.client
        .post(app.link(&first.link("/letters/confirm/")))
        .send()
        .await
        .unwrap();
    let mail = wait_for_mails(&leaver, 1).await.remove(0);
    // GET only shows a button; the one-click POST unsubscribes.
    let unsubscribe = unsubscribe_url(&app, &mail);
    let page = app
        .client
        .get(&unsubscribe)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<form method=\"post\""), "{page}");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM letter_supporters WHERE unsubscribed_at IS NOT NULL"
        )
        .await,
        0
    );
    let res = app.client.post(&unsubscribe).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM letter_supporters WHERE unsubscribed_at IS NOT NULL"
        )
        .await,
        1
    );
    // Unsubscribed: a new submission with the address (anyone's) sends it nothing more.
    submit(&app, path, &body(&leaver, "Rosa Parks", "Again.")).await;
    assert_mail_count(&app, &leaver, 1).await;
    let old_link = wait_for_mails(&late, 1).await[0].link("/letters/confirm/");

    let s = app.state.settings.clone();
    let at = |hours: i64| chorus::db::now_ms() + hours * 3_600_000;
    let due = |hours: i64| {
        let (db, s) = (app.db().clone(), s.clone());
        async move {
            chorus::letters::reminders::send_due(&db, &s, at(hours))
                .await
                .unwrap()
        }
    };
    assert_eq!(due(1).await, 0, "nothing is due after an hour");
    assert_eq!(
        due(49).await,
        2,
        "the first reminder, to the two who did not confirm"
    );
    assert_eq!(due(50).await, 0);
    let reminder = wait_for_mails(&late, 2).await.remove(1);
    assert!(
        reminder
            .subject
            .starts_with("Reminder: please confirm your letters"),
        "{}",
        reminder.subject
    );
    assert!(
        reminder.text.contains("Supervisor Ana Ruiz"),
        "{}",
        reminder.text
    );
    assert!(reminder.text.contains("Letters board"), "{}", reminder.text);
    reminder.link("/letters/my-data/");
    unsubscribe_url(&app, &reminder);
    let rappel = wait_for_mails(&french, 2).await.remove(1);
    assert!(
        rappel
            .subject
            .starts_with("Rappel : veuillez confirmer vos lettres"),
        "{}",
        rappel.subject
    );
    assert_eq!(due(145).await, 2, "the second");
    assert_eq!(due(1000).await, 0, "and no more");
    outbox_drained(&app).await;
    let reminders = |to: &str| {
        mails_to(to)
            .iter()
            .filter(|m| m.subject.starts_with("Reminder") || m.subject.starts_with("Rappel"))
            .count()
    };
    for (to, n) in [
        (&late, 2),
        (&prompt, 0),
        (&bot, 0),
        (&leaver, 0),
        (&french, 2),
    ] {
        assert_eq!(reminders(to), n, "reminders to {to}");
    }
    assert!(
        mails_to(&bot).is_empty(),
        "a held-back submission gets nothing"
    );
    // One live link: the newest reminder's confirms, the first email's no longer works.
    let newest = mails_to(&late).pop().unwrap().link("/letters/confirm/");
    assert_eq!(
        app.client
            .get(app.link(&old_link))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let res = app.client.post(app.link(&newest)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(due(2000).await, 0);
    app.stop().await;
}

async fn a_strangers_repeats_do_not_lock_the_owner_out(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let a = board(&app, &["board"]).await;
    let victim = unique_email("victim");
    for i in 0..6 {
        submit(
            &app,
            "/api/v1/letters/board/letters",
            &body(&victim, "Mallory", "Spam."),
        )
        .await;
        wait_for_mails(&victim, (i + 1).min(5)).await;
    }
    assert_mail_count(&app, &victim, 5).await;
    // A copy asked for over the cap is not sent, and the page does not say it was.
    let last = mails_to(&victim).remove(4);
    let copy = format!("{}/copy", app.link(&last.link("/letters/my-data/")));
    let res = app.client.post(&copy).send().await.unwrap();
    assert_eq!(res.status(), 429);
    assert!(res.text().await.unwrap().contains("No copy this time"));
    assert_mail_count(&app, &victim, 5).await;
    // A week on, the stranger's emails no longer count: the owner writes and confirms.
    app.execute("UPDATE letter_email_log SET sent_at = sent_at - 8 * 86400000")
        .await;
    submit(
        &app,
        "/api/v1/letters/board/letters",
        &body(&victim, "Vera Owner", "Mine."),
    )
    .await;
    let mail = wait_for_mails(&victim, 6).await.remove(5);
    assert!(mail.text.contains("Vera Owner"), "{}", mail.text);
    let res = app
        .client
        .post(app.link(&mail.link("/letters/confirm/")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let delivered = wait_for_mails(&a, 1).await.remove(0);
    assert!(delivered.text.contains("Mine.") && delivered.text.contains("Vera Owner"));
    app.stop().await;
}

/// The number in the dashboard cell with `testid`.
fn cell(page: &str, testid: &str) -> String {
    let mark = format!("data-testid=\"{testid}\">");
    let at = page
        .find(&mark)
        .unwrap_or_else(|| panic!("no {testid} in {page}"));
    let rest = &page[at + mark.len()..];
    rest[..rest.find('<').unwrap()].to_owned()
}

/// Staff see letters sent for the writer apart from letters handed to the writer to deliver.
async fn the_dashboard_tells_sent_from_handed(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let a = board(&app, &["tally"]).await;
    let who = unique_email("tally");
    submit(
        &app,
        "/api/v1/letters/tally/letters",
        &body(&who, "Rosa Parks", "Buses."),
    )
    .await;
    let mail = wait_for_mails(&who, 1).await.remove(0);
    let confirm = mail.link("/letters/confirm/");
    app.client.post(app.link(&confirm)).send().await.unwrap();
    // One letter by email to the supervisor with an address, one handed back for the other.
    assert_mail_count(&app, &a, 1).await;
    make_admin(&app, "tally-staff@example.org", "owner").await;
    let staff = log_in(&app, "tally-staff@example.org").await;
    let page = staff.get(&app, "/admin").await.text().await.unwrap();
    assert_eq!(cell(&page, "letters-sent-tally"), "1", "{page}");
    assert_eq!(cell(&page, "letters-handed-tally"), "1", "{page}");
    assert_eq!(cell(&page, "letters-waiting-tally"), "0", "{page}");
    app.stop().await;
}

both_engines!(
    the_dashboard_tells_sent_from_handed,
    writers_read_and_erase_their_data_from_their_emails,
    the_confirm_pages_delete_button_asks_first,
    letter_reminders_follow_the_schedule,
    a_strangers_repeats_do_not_lock_the_owner_out,
);

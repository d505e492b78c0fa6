//! Where signers are: the shaded world map (and a US-only petition's map by state) on the public
//! page and in the delivery pack, with its table; the per-day chart's dated axis and table; and
//! the staff dashboard's letter campaign figures next to the petitions.

mod common;

use chorus::on_db;
use chorus::signatures::bulk::{self, BulkSignature};
use common::staff::*;
use common::*;

/// Signs through the API and confirms through the emailed link, as a signer would.
async fn sign_and_confirm(app: &TestApp, slug: &str, country: &str, postcode: &str) {
    let to = unique_email(&format!("map-{}", country.to_lowercase()));
    let body = serde_json::json!({"name": "Map Signer", "email": to, "country": country,
        "postcode": postcode, "consent": true});
    let res = app
        .post_json(&format!("/api/v1/petitions/{slug}/signatures"), &body)
        .await;
    assert_eq!(res.status(), 202, "{}", res.text().await.unwrap());
    let mails = wait_for_mails(&to, 1).await;
    let link = app.link(&mails[0].link("/confirm/"));
    assert_eq!(app.client.post(&link).send().await.unwrap().status(), 200);
}

/// The fill class of one shape (`data-code`) in a map.
fn shade_of(html: &str, code: &str) -> String {
    let at = html
        .find(&format!(r#"data-code="{code}""#))
        .unwrap_or_else(|| panic!("no shape for {code}"));
    let class = html[..at].rfind("class=\"").expect("class before code") + 7;
    html[class..at].trim().trim_end_matches('"').to_owned()
}

/// The text of the first element whose opening tag carries `data-testid="{id}"`, up to `end`.
fn section<'a>(html: &'a str, id: &str, end: &str) -> &'a str {
    let start = html
        .find(&format!(r#"data-testid="{id}""#))
        .unwrap_or_else(|| panic!("no {id}"));
    let len = html[start..].find(end).expect("section end");
    &html[start..start + len]
}

async fn world_map_shades_signer_countries(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("world", "").await;
    sign_and_confirm(&app, "world", "FR", "75001").await;
    sign_and_confirm(&app, "world", "FR", "69001").await;
    sign_and_confirm(&app, "world", "DE", "10115").await;
    assert_eq!(app.api_count("world").await, 3);

    let html = app.get("/p/world").await.text().await.unwrap();
    let map = section(&html, "map", "</svg>");
    assert!(map.starts_with(r#"data-testid="map""#));
    assert_eq!(
        shade_of(map, "FR"),
        "m5",
        "the most signatures, the darkest"
    );
    let de = shade_of(map, "DE");
    assert!(de != "m0" && de.as_str() < "m5", "DE is lighter: {de}");
    // The page carries only the places with signers; the outlines come from one cached file.
    for none in ["US", "BR", "CN", "GB"] {
        let code = format!(r#"data-code="{none}""#);
        assert!(!map.contains(&code), "{none} has no signatures");
    }
    assert!(map.contains("<title>France: 2</title>") && map.contains("<title>Germany: 1</title>"));
    assert!(map.len() < 2048, "{} bytes of map in the page", map.len());
    let at = map.find(r#"href=""#).expect("a linked outline") + 6;
    let file = &map[at..at + map[at..].find('#').unwrap()];
    assert!(file.starts_with("/static/maps/world.svg?v="), "{file}");
    let res = app.get(file).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/svg+xml");
    assert_eq!(
        res.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let outlines = res.text().await.unwrap();
    assert!(outlines.contains(r#"<g id="all""#) && outlines.contains(r#"<path id="BR" d="M"#));
    // The same in every language: no Vary to split its cache, no language cookie on it.
    let fr = app.get(&format!("{file}&lang=fr")).await;
    let vary: Vec<_> = fr.headers().get_all("vary").iter().collect();
    assert!(!format!("{vary:?}").contains("Cookie"), "{vary:?}");
    assert!(fr.headers().get("set-cookie").is_none());
    // The page's stylesheet is versioned too: new markup never meets an old cached stylesheet.
    let at = html
        .find(r#"<link rel="stylesheet" href=""#)
        .expect("a stylesheet")
        + 29;
    let css = &html[at..at + html[at..].find('"').unwrap()];
    assert!(css.starts_with("/static/chorus.css?v="), "{css}");
    let res = app.get(css).await;
    assert_eq!(res.headers()["content-type"], "text/css; charset=utf-8");
    assert_eq!(
        res.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(res.text().await.unwrap().contains("svg.map use"));
    // An old or missing version is kept only briefly; other names are not files.
    let old = app.get("/static/maps/world.svg?v=0").await;
    assert_eq!(old.headers()["cache-control"], "public, max-age=3600");
    assert_eq!(app.get("/static/maps/..%2FCargo.toml").await.status(), 404);
    assert_eq!(app.get("/static/maps/mars.svg").await.status(), 404);
    assert!(html.contains(r#"role="img" aria-label="Map of signatures by country""#));
    // The table says the same, and the short list of countries is still there.
    let table = section(&html, "map-table", "</details>");
    assert!(table.contains(r#"<td>France</td><td class="num">2</td>"#));
    assert!(table.contains(r#"<td>Germany</td><td class="num">1</td>"#));
    assert!(!table.contains("Brazil"));
    assert!(html.contains("<li><span>France</span><span>2</span></li>"));

    // Titles in the reader's language.
    let fr = app.get("/p/world?lang=fr").await.text().await.unwrap();
    assert!(fr.contains("<title>Allemagne : 1</title>"), "French titles");

    // The chart: dated x axis, a y scale, and a table with the same figures as the bars.
    let chart = section(&html, "chart", "</svg>");
    let today = chrono::Utc::now();
    let short = today.format("%b %-d").to_string();
    assert!(
        chart.contains(&format!(r#"text-anchor="end">{short}</text>"#))
            || chart.contains(&format!(r#"text-anchor="middle">{short}</text>"#)),
        "today's date under the axis: {chart}"
    );
    assert!(chart.contains(r#"class="tick y""#));
    let long = today.format("%B %-d, %Y").to_string();
    assert!(
        chart.contains(&format!("<title>{long}: 3</title>")),
        "{chart}"
    );
    let table = section(&html, "chart-table", "</details>");
    assert!(table.contains(&format!(r#"<td>{long}</td><td class="num">3</td>"#)));

    // The delivery pack carries the map too.
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let pack = staff
        .get(&app, "/admin/petitions/world/delivery")
        .await
        .text()
        .await
        .unwrap();
    // The pack is printed or saved as one file: every outline is in it, titled.
    let map = section(&pack, "delivery-map", "</svg>");
    assert_eq!(shade_of(map, "FR"), "m5");
    assert_eq!(shade_of(map, "US"), "m0");
    assert!(map.contains("<title>Brazil: 0</title>") && !map.contains("<use"));
    assert!(section(&pack, "chart-table", "</details>").contains(">3</td>"));
    assert!(
        !pack.contains(r#"<details open class="map-table""#),
        "the pack's own country table is the world map's"
    );
    assert!(pack.contains(r#"<details open class="chart-table""#));
    // Staff charts too.
    let staff_page = staff
        .get(&app, "/admin/petitions/world")
        .await
        .text()
        .await
        .unwrap();
    assert!(section(&staff_page, "chart", "</svg>").contains(r#"class="tick x""#));
    app.stop().await;
}

fn us_signer(i: usize, zip: &str) -> BulkSignature {
    BulkSignature {
        name: format!("Signer {i}"),
        email: format!("us{i}@example.org"),
        country: "US".into(),
        postcode: Some(zip.into()),
        show_name: false,
        confirmed_at: chorus::db::now_ms(),
    }
}

async fn us_only_petition_maps_states(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let p = app
        .create_petition(
            "states",
            "allowed_countries = [\"US\"]\npostcode_required = true",
        )
        .await;
    // Massachusetts 6, New York 5, one unknown ZIP; California gets one signer below.
    let zips = ["02139", "02139-4307", "02140", "02139", "02140", "02139"]
        .into_iter()
        .chain(["10001"; 5])
        .chain(["99999"]);
    let rows: Vec<BulkSignature> = zips.enumerate().map(|(i, z)| us_signer(i, z)).collect();
    bulk::insert_confirmed(app.db(), p.id, 1, &rows)
        .await
        .unwrap();
    sign_and_confirm(&app, "states", "US", "94103").await;

    let html = app.get("/p/states").await.text().await.unwrap();
    let map = section(&html, "map", "</svg>");
    assert!(html.contains(r#"aria-label="Map of signatures by US state""#));
    assert_eq!(shade_of(map, "MA"), "m5");
    assert!(shade_of(map, "NY") != "m0", "NY has five signers");
    // Fewer than five in a state are not placed: a reader could tell where a named signer lives.
    for unplaced in ["CA", "TX"] {
        let code = format!(r#"data-code="{unplaced}""#);
        assert!(!map.contains(&code), "{unplaced}");
    }
    assert!(map.contains(r##"href="/static/maps/us-states.svg?v="##));
    assert!(map.contains("<title>Massachusetts: 6</title>"));
    let table = section(&html, "map-table", "</details>");
    assert!(table.contains(r#"<td>Massachusetts</td><td class="num">6</td>"#));
    assert!(!table.contains("California"), "{table}");
    assert!(
        table.contains(r#"<td>States with fewer than 5 signers each</td><td class="num">1</td>"#),
        "{table}"
    );
    // Thirteen confirmed: the unknown ZIP is counted, not placed on the map, and the table
    // says so (6 + 5 + 1 + 1 = 13).
    assert_eq!(app.api_count("states").await, 13);
    assert!(
        table.contains(r#"<td>ZIP code not matched to a state</td><td class="num">1</td>"#),
        "{table}"
    );
    // The delivery pack prints the states' table open: it is not in the pack otherwise.
    make_admin(&app, "owner@example.org", "owner").await;
    let staff = log_in(&app, "owner@example.org").await;
    let pack = staff
        .get(&app, "/admin/petitions/states/delivery")
        .await
        .text()
        .await
        .unwrap();
    let map = section(&pack, "delivery-map", "</svg>");
    assert_eq!(shade_of(map, "MA"), "m5");
    assert_eq!(shade_of(map, "CA"), "m0");
    assert!(pack.contains(r#"<details open class="map-table""#));
    assert!(section(&pack, "map-table", "</details>").contains("<td>Massachusetts</td>"));
    app.stop().await;
}

async fn map_output_is_bounded_and_inert(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let p = app
        .create_petition("inert", "title = \"<script>alert(1)</script>\"")
        .await;
    let rows: Vec<BulkSignature> = ["FR", "DE", "AQ", "XK"]
        .iter()
        .enumerate()
        .map(|(i, c)| BulkSignature {
            country: (*c).into(),
            postcode: None,
            ..us_signer(i, "")
        })
        .collect();
    bulk::insert_confirmed(app.db(), p.id, 1, &rows)
        .await
        .unwrap();
    let html = app.get("/p/inert").await.text().await.unwrap();
    let map = section(&html, "map", "</svg>");
    // The whole map once, then one shape per place with signers that has a shipped outline:
    // codes not drawn are not added.
    assert_eq!(map.matches("<use").count(), 4);
    assert!(!map.contains("script") && !html.contains("<script>alert"));
    assert!(!map.contains(r#"data-code="AQ""#));
    app.stop().await;
}

async fn dashboard_lists_letter_campaigns_with_figures(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let a = unique_email("supervisor-a");
    let csv = format!(
        "external_id,honorific,first_name,last_name,email,phone,contact_url\n\
         s1,Supervisor,Ana,Ruiz,{a},555-0101,\n\
         s3,Supervisor,Chen,Li,,555-0103,https://county.example.org/contact\n"
    );
    let rows = chorus::letters::targets::read_csv(csv.as_bytes()).unwrap();
    on_db!(
        app.db(),
        chorus::letters::targets::sql,
        import("Dash Board", &rows, true, chorus::db::now_ms())
    )
    .unwrap();
    let spec: chorus::letters::CampaignSpec = toml::from_str(
        "slug = \"dash\"\ntitle = \"Letters to the board\"\nstate = \"open\"\n\
         target_rule = \"body\"\ntarget_body = \"Dash Board\"\nsubjects = [\"Fix the road\"]\n\
         template = \"\"\"\nDear {{ target.last_name }},\nPlease fix the road.\n\"\"\"\n",
    )
    .unwrap();
    chorus::letters::save_campaign(app.db(), &spec)
        .await
        .unwrap();
    let writers: Vec<String> = (0..3).map(|i| unique_email(&format!("dash{i}"))).collect();
    for (i, w) in writers.iter().enumerate() {
        let body = serde_json::json!({"name": format!("Writer Number{i}"), "email": w,
            "address": "12 Elm Road", "city": "Essex", "country": "US", "postcode": "07001",
            "subject": 0, "consent": true});
        let res = app.post_json("/api/v1/letters/dash/letters", &body).await;
        assert_eq!(res.status(), 202, "{}", res.text().await.unwrap());
    }
    // The first writer confirms: one letter goes by email, one is for hand delivery.
    let mails = wait_for_mails(&writers[0], 1).await;
    let link = app.link(&mails[0].link("/letters/confirm/"));
    assert_eq!(app.client.post(&link).send().await.unwrap().status(), 200);
    wait_for_mails(&a, 1).await;
    outbox_drained(&app).await;
    // The third is held back by the anti-abuse guard, as a burst from one address would be.
    app.execute(&format!(
        "UPDATE letter_supporters SET flag = 'ip_burst' WHERE email = '{}'",
        writers[2]
    ))
    .await;
    let p = app.create_petition("next-door", "").await;
    app.execute(&format!(
        "INSERT INTO signatures (petition_id, name, email, canonical_email, country, consent_version, \
         state, created_at, flag) VALUES ({}, 'Held Back', 'held@example.org', 'held@example.org', 'GB', 1, \
         'pending', 1, 'ip_burst')",
        p.id
    ))
    .await;

    make_admin(&app, "viewer@example.org", "viewer").await;
    let staff = log_in(&app, "viewer@example.org").await;
    let html = staff.get(&app, "/admin").await.text().await.unwrap();
    let row = section(&html, "letters-dash", "</tr>");
    let cell = |id: &str| {
        let pattern = format!(r#"data-testid="{id}-dash">"#);
        let at = row
            .find(&pattern)
            .unwrap_or_else(|| panic!("no {id} in {row}"))
            + pattern.len();
        row[at..].split("</td>").next().unwrap().to_owned()
    };
    assert!(row.contains("Letters to the board"));
    assert_eq!(cell("supporters"), "1");
    assert_eq!(
        cell("letters-pending"),
        "2",
        "the second writer's two letters"
    );
    assert_eq!(cell("letters-waiting"), "0");
    assert_eq!(cell("letters-sent"), "1", "by email");
    assert_eq!(cell("letters-handed"), "1", "handed to the writer");
    assert!(cell("letters-held").contains(">1</a>"), "{row}");
    assert!(section(&html, "held-next-door", "</td>").contains(">1</a>"));
    app.stop().await;
}

both_engines!(
    world_map_shades_signer_countries,
    us_only_petition_maps_states,
    map_output_is_bounded_and_inert,
    dashboard_lists_letter_campaigns_with_figures,
);

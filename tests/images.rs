//! Petition images: staff upload, re-encoding, refusals of hostile files, serving, link previews,
//! and the list of petitions that shows them.

mod common;

use std::io::Cursor;
use std::time::{Duration, Instant};

use common::staff::*;
use common::*;
use image::{DynamicImage, ImageFormat, RgbImage};

const CANARY: &[u8] = b"CHORUS-EXIF-CANARY-GPS-51.5N";

fn picture(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    });
    let mut out = Vec::new();
    DynamicImage::ImageRgb8(img)
        .write_to(&mut Cursor::new(&mut out), format)
        .unwrap();
    out
}

/// A JPEG carrying an EXIF block (APP1) with a recognisable text in it, as cameras write them.
fn jpeg_with_exif(width: u32, height: u32) -> Vec<u8> {
    let plain = picture(width, height, ImageFormat::Jpeg);
    let mut tiff = b"Exif\0\0II*\0\x08\0\0\0\0\0\0\0\0\0".to_vec();
    tiff.extend_from_slice(CANARY);
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((tiff.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&tiff);
    out.extend_from_slice(&plain[2..]);
    out
}

/// A PNG that announces `width` x `height` pixels in its header and holds next to nothing.
fn png_bomb(width: u32, height: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(
        &mut out,
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    chunk(&mut out, b"IEND", &[]);
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// One part of a form: its name, its file name and type (for files), its bytes.
type Part<'a> = (&'a str, Option<(&'a str, &'a str)>, &'a [u8]);

/// A multipart/form-data body by hand.
fn multipart(parts: &[Part]) -> (String, Vec<u8>) {
    let boundary = format!("----chorus{}", random_hex(8));
    let mut body = Vec::new();
    for (name, file, data) in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match file {
            Some((filename, mime)) => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\nContent-Type: {mime}\r\n\r\n").as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            ),
        }
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload_as(
    client: &reqwest::Client,
    app: &TestApp,
    slug: &str,
    csrf: &str,
    file: (&str, &str, &[u8]),
    alt: &str,
) -> reqwest::Response {
    let (kind, body) = multipart(&[
        ("csrf", None, csrf.as_bytes()),
        ("image_alt", None, alt.as_bytes()),
        ("image", Some((file.0, file.1)), file.2),
    ]);
    client
        .post(app.url(&format!("/admin/petitions/{slug}/image")))
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn upload(
    staff: &Staff,
    app: &TestApp,
    slug: &str,
    file: (&str, &str, &[u8]),
) -> reqwest::Response {
    upload_as(
        &staff.client,
        app,
        slug,
        &staff.csrf,
        file,
        "A test picture",
    )
    .await
}

/// The `/images/….jpg` path after `marker` in a page.
fn image_path_after(html: &str, marker: &str) -> Option<String> {
    let at = html.find(marker)? + marker.len();
    let rest = &html[at..];
    let start = rest.find("/images/")?;
    let end = start + rest[start..].find(".jpg")? + 4;
    Some(rest[start..end].to_owned())
}

async fn fetch_image(app: &TestApp, path: &str) -> (reqwest::header::HeaderMap, Vec<u8>) {
    let res = app.get(path).await;
    assert_eq!(res.status(), 200, "{path}");
    let headers = res.headers().clone();
    (headers, res.bytes().await.unwrap().to_vec())
}

async fn staff_uploads_are_served_re_encoded(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("pic", "").await;
    make_admin(&app, "ed@example.org", "campaigner").await;
    let staff = log_in(&app, "ed@example.org").await;
    let webp = {
        let img =
            DynamicImage::ImageRgb8(RgbImage::from_pixel(1000, 600, image::Rgb([9, 99, 199])));
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::WebP)
            .unwrap();
        out
    };
    let exif = jpeg_with_exif(1600, 900);
    assert!(exif.windows(CANARY.len()).any(|w| w == CANARY));
    let png = picture(640, 480, ImageFormat::Png);
    let mut old_paths = Vec::new();
    for (name, mime, bytes, page_size) in [
        ("camera.jpg", "image/jpeg", &exif, (800, 450)),
        ("drawing.png", "image/png", &png, (640, 480)),
        ("banner.webp", "image/webp", &webp, (800, 480)),
    ] {
        let res = upload(&staff, &app, "pic", (name, mime, bytes)).await;
        assert_eq!(res.status(), 303, "{name}");
        let page = app.get("/p/pic").await.text().await.unwrap();
        let shown = image_path_after(&page, "data-testid=\"petition-image\"")
            .or_else(|| image_path_after(&page, "class=\"petition-image\""))
            .expect("the petition page shows the image");
        assert!(page.contains("alt=\"A test picture\""), "{page}");
        let (headers, body) = fetch_image(&app, &shown).await;
        assert_eq!(headers["content-type"], "image/jpeg");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable"));
        assert!(
            body.starts_with(&[0xFF, 0xD8, 0xFF]),
            "{name}: served as JPEG"
        );
        assert!(!body.windows(4).any(|w| w == b"Exif"), "{name}: no EXIF");
        assert!(!body.windows(CANARY.len()).any(|w| w == CANARY));
        assert_ne!(&body, bytes, "never the uploaded bytes");
        let img = image::load_from_memory(&body).unwrap();
        assert_eq!((img.width(), img.height()), page_size, "{name}");
        // The link-preview card: absolute URL, 1200 x 630.
        let og = page
            .split("<meta property=\"og:image\" content=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .expect("og:image")
            .to_owned();
        let card = og.strip_prefix(BASE_URL).expect("absolute og:image URL");
        assert!(card.starts_with("/images/") && card != shown);
        assert!(page.contains("summary_large_image"));
        let (_, card_body) = fetch_image(&app, card).await;
        let card_img = image::load_from_memory(&card_body).unwrap();
        assert_eq!((card_img.width(), card_img.height()), (1200, 630));
        // Cached by content: asking again with its ETag costs nothing.
        let etag = headers["etag"].to_str().unwrap().to_owned();
        let again = reqwest::Client::new()
            .get(app.url(&shown))
            .header("if-none-match", etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304);
        old_paths.push(shown);
    }
    // A replaced image is gone; the current one is served.
    assert_eq!(app.get(&old_paths[0]).await.status(), 404);
    assert_eq!(app.get(&old_paths[2]).await.status(), 200);
    // Describe it, then remove it: the page has no image, the bytes are gone, all is audited.
    let res = staff
        .post(
            &app,
            "/admin/petitions/pic/image/alt",
            &[("image_alt", "Blue banner")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let page = app.get("/p/pic").await.text().await.unwrap();
    assert!(page.contains("alt=\"Blue banner\"") && page.contains("og:image:alt"));
    // Other languages describe it on the translations page.
    let res = staff
        .post(
            &app,
            "/admin/petitions/pic/translations",
            &[
                ("lang", "fr"),
                ("title", "Photo"),
                ("consent_text", "J’accepte."),
                ("image_alt", "Une bannière bleue"),
            ],
        )
        .await;
    assert_eq!(res.status(), 200, "the translations page, saved");
    let page = app.get("/p/pic?lang=fr").await.text().await.unwrap();
    assert!(page.contains("alt=\"Une bannière bleue\""), "{page}");
    let res = staff
        .post(&app, "/admin/petitions/pic/image/remove", &[])
        .await;
    assert_eq!(res.status(), 303);
    let page = app.get("/p/pic").await.text().await.unwrap();
    assert!(
        !page.contains("/images/") && !page.contains("og:image"),
        "{page}"
    );
    assert_eq!(app.get(&old_paths[2]).await.status(), 404);
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM images").await, 0);
    let audited = app
        .scalar_i64("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'petition.image%' AND subject = 'pic'")
        .await;
    assert_eq!(audited, 5, "three uploads, a description and a removal");
    app.stop().await;
}

async fn hostile_uploads_are_refused(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("h", "").await;
    make_admin(&app, "ed@example.org", "campaigner").await;
    let staff = log_in(&app, "ed@example.org").await;

    // Over 5 MB: a clear 413 page, not a 500 or a reset connection.
    let big = vec![0x55u8; 5 * 1024 * 1024 + 100 * 1024];
    let res = upload(&staff, &app, "h", ("big.png", "image/png", &big)).await;
    assert_eq!(res.status(), 413);
    assert!(res.text().await.unwrap().contains("<html"), "an HTML page");

    // The same without a declared length (chunked): stopped at the limit while reading.
    let (kind, body) = multipart(&[
        ("csrf", None, staff.csrf.as_bytes()),
        ("image", Some(("big.png", "image/png")), &big),
    ]);
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        body.chunks(64 * 1024).map(|c| Ok(c.to_vec())).collect();
    let res = staff
        .client
        .post(app.url("/admin/petitions/h/image"))
        .header("content-type", kind)
        .body(reqwest::Body::wrap_stream(futures_util::stream::iter(
            chunks,
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);

    // A tiny PNG announcing 50,000 x 50,000 pixels: refused from its header, quickly.
    let bomb = png_bomb(50_000, 50_000);
    assert!(bomb.len() < 100);
    let started = Instant::now();
    let res = upload(&staff, &app, "h", ("bomb.png", "image/png", &bomb)).await;
    assert_eq!(res.status(), 422);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "nothing was decoded"
    );
    let text = res.text().await.unwrap();
    assert!(
        text.contains("50,000") && text.contains("megapixels"),
        "{text}"
    );

    // SVG (even named .png), text and a GIF: the first bytes decide, not the name or type.
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
    for (name, mime, bytes) in [
        ("x.svg", "image/svg+xml", &svg[..]),
        ("x.png", "image/png", &svg[..]),
        ("notes.txt", "text/plain", &b"just some words"[..]),
        (
            "a.gif",
            "image/gif",
            &b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"[..],
        ),
    ] {
        let res = upload(&staff, &app, "h", (name, mime, bytes)).await;
        assert_eq!(res.status(), 422, "{name}");
        assert!(
            res.text().await.unwrap().contains("JPEG, PNG or WebP"),
            "{name}"
        );
    }
    // A PNG cut short.
    let cut = &picture(50, 50, ImageFormat::Png)[..40];
    let res = upload(&staff, &app, "h", ("cut.png", "image/png", cut)).await;
    assert_eq!(res.status(), 422);

    // Every other route keeps the default body limit.
    let padding = "x".repeat(200 * 1024);
    let res = staff
        .post(
            &app,
            "/admin/petitions/h/image/alt",
            &[("image_alt", padding.as_str())],
        )
        .await;
    assert_eq!(res.status(), 413);
    let res = app
        .post_form("/p/h/sign", &[("name", padding.as_str())])
        .await;
    assert_eq!(res.status(), 413);

    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM images").await, 0);
    app.stop().await;
}

async fn only_staff_who_edit_may_upload(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("s", "").await;
    let png = picture(100, 100, ImageFormat::Png);
    let file = ("a.png", "image/png", &png[..]);
    // Not signed in: sent to the sign-in page.
    let anon = cookie_client();
    let res = upload_as(&anon, &app, "s", &"0".repeat(64), file, "").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/admin/login");
    // A viewer may look but not change.
    make_admin(&app, "view@example.org", "viewer").await;
    let viewer = log_in(&app, "view@example.org").await;
    assert_eq!(upload(&viewer, &app, "s", file).await.status(), 403);
    // A campaigner without the form's token, or posting from another site.
    make_admin(&app, "ed@example.org", "campaigner").await;
    let ed = log_in(&app, "ed@example.org").await;
    let res = upload_as(&ed.client, &app, "s", &"0".repeat(64), file, "").await;
    assert_eq!(res.status(), 403);
    let (kind, body) = multipart(&[
        ("csrf", None, ed.csrf.as_bytes()),
        ("image", Some(("a.png", "image/png")), &png),
    ]);
    let res = ed
        .client
        .post(app.url("/admin/petitions/s/image"))
        .header("content-type", kind)
        .header("origin", "https://evil.example")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM images").await, 0);
    // The same campaigner with the token succeeds.
    assert_eq!(upload(&ed, &app, "s", file).await.status(), 303);
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM images").await, 2);
    app.stop().await;
}

async fn index_sells_each_petition(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    app.create_petition("with-pic", "").await;
    app.create_petition("closed-one", "state = \"closed\"")
        .await;
    make_admin(&app, "ed@example.org", "campaigner").await;
    let staff = log_in(&app, "ed@example.org").await;
    let png = picture(900, 500, ImageFormat::Png);
    let res = upload(&staff, &app, "with-pic", ("a.png", "image/png", &png)).await;
    assert_eq!(res.status(), 303);
    let spec: chorus::letters::CampaignSpec = toml::from_str(
        r#"slug = "board"
title = "Safe roads"
intro = "Tell the **board** that children need safe crossings."
state = "open"
target_rule = "body"
target_body = "Board"
subjects = ["Safe roads now"]
template = "Dear {{ target.last_name }}, please act."
"#,
    )
    .unwrap();
    chorus::letters::save_campaign(app.db(), &spec)
        .await
        .unwrap();

    let html = app.get("/").await.text().await.unwrap();
    let items: Vec<&str> = html
        .split("data-testid=\"petition-item\"")
        .skip(1)
        .collect();
    assert_eq!(items.len(), 2, "{html}");
    let open = items.iter().find(|i| i.contains("/p/with-pic")).unwrap();
    assert!(open.contains("data-testid=\"petition-image\"") && open.contains("/images/"));
    assert!(open.contains("0 signatures"), "{open}");
    assert!(open.contains("href=\"/p/with-pic#sign\"") && open.contains(">Sign<"));
    let closed = items.iter().find(|i| i.contains("/p/closed-one")).unwrap();
    assert!(
        !closed.contains("petition-image") && !closed.contains("#sign"),
        "{closed}"
    );
    let letter = html.split("data-testid=\"letter-item\"").nth(1).unwrap();
    assert!(
        letter.contains("Tell the board that children need safe crossings."),
        "{letter}"
    );
    let image = image_path_after(open, "<img").unwrap();
    assert_eq!(app.get(&image).await.status(), 200);
    app.stop().await;
}

/// `chorus petition create --file` takes `image = "…"` relative to the TOML file.
async fn petition_toml_takes_an_image(engine: Engine) {
    let app = TestApp::spawn(engine).await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("river.png"),
        picture(1000, 700, ImageFormat::Png),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("bad.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .unwrap();
    let run = |toml: &str, verb: &str| {
        let file = dir.path().join("p.toml");
        std::fs::write(&file, toml).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_chorus"))
            .args(["petition", verb, "--file"])
            .arg(&file)
            .env("DATABASE_URL", &app.db.url)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.success(), text)
    };
    let base =
        "slug = \"from-file\"\ntitle = \"From a file\"\ntarget = \"Board\"\nstate = \"open\"\n";
    let (ok, out) = run(
        &format!("{base}image = \"river.png\"\nimage_alt = \"A river at dawn\"\n"),
        "create",
    );
    assert!(ok, "{out}");
    let page = app.get("/p/from-file").await.text().await.unwrap();
    assert!(
        page.contains("alt=\"A river at dawn\"") && page.contains("og:image"),
        "{page}"
    );
    let (ok, out) = run(&format!("{base}image = \"bad.svg\"\n"), "update");
    assert!(
        !ok && out.contains("not a readable JPEG, PNG or WebP"),
        "{out}"
    );
    assert_eq!(app.scalar_i64("SELECT COUNT(*) FROM images").await, 2);
    app.stop().await;
}

both_engines!(
    petition_toml_takes_an_image,
    staff_uploads_are_served_re_encoded,
    hostile_uploads_are_refused,
    only_staff_who_edit_may_upload,
    index_sells_each_petition,
);

//! Pictures for the demo petitions, drawn here from shapes (no photographs, nothing borrowed), so
//! the demo list looks like a real one. Each is returned as a PNG, the way staff would upload it.

use std::io::Cursor;

use image::{ImageFormat, Rgb, RgbImage};

const W: u32 = 1600;
const H: u32 = 900;

fn mix(a: [u8; 3], b: [u8; 3], t: f32) -> Rgb<u8> {
    let m = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Rgb([m(a[0], b[0]), m(a[1], b[1]), m(a[2], b[2])])
}

fn sky(img: &mut RgbImage, top: [u8; 3], bottom: [u8; 3]) {
    for (_, y, px) in img.enumerate_pixels_mut() {
        *px = mix(top, bottom, y as f32 / H as f32);
    }
}

/// An axis-aligned ellipse centred on (cx, cy).
fn ellipse(img: &mut RgbImage, cx: f32, cy: f32, rx: f32, ry: f32, colour: [u8; 3]) {
    let (x0, x1) = ((cx - rx).max(0.0) as u32, ((cx + rx) as u32).min(W - 1));
    let (y0, y1) = ((cy - ry).max(0.0) as u32, ((cy + ry) as u32).min(H - 1));
    for y in y0..=y1 {
        for x in x0..=x1 {
            let (dx, dy) = ((x as f32 - cx) / rx, (y as f32 - cy) / ry);
            if dx * dx + dy * dy <= 1.0 {
                img.put_pixel(x, y, Rgb(colour));
            }
        }
    }
}

fn rect(img: &mut RgbImage, x: u32, y: u32, w: u32, h: u32, colour: [u8; 3]) {
    for yy in y..(y + h).min(H) {
        for xx in x..(x + w).min(W) {
            img.put_pixel(xx, yy, Rgb(colour));
        }
    }
}

/// A person seen from afar: head and shoulders.
fn person(img: &mut RgbImage, x: f32, ground: f32, size: f32, colour: [u8; 3]) {
    ellipse(img, x, ground, size * 0.9, size * 1.1, colour);
    ellipse(
        img,
        x,
        ground - size * 1.55,
        size * 0.45,
        size * 0.5,
        colour,
    );
}

/// People standing together under a rising sun.
fn crowd() -> RgbImage {
    let mut img = RgbImage::new(W, H);
    sky(&mut img, [38, 42, 99], [238, 140, 82]);
    ellipse(&mut img, 1150.0, 560.0, 260.0, 260.0, [255, 206, 120]);
    let rows: [(f32, f32, [[u8; 3]; 3]); 3] = [
        (700.0, 70.0, [[92, 63, 120], [120, 72, 110], [80, 70, 130]]),
        (800.0, 95.0, [[58, 40, 88], [84, 45, 82], [50, 52, 100]]),
        (930.0, 125.0, [[30, 22, 52], [44, 26, 50], [26, 30, 60]]),
    ];
    for (row, (ground, size, colours)) in rows.iter().enumerate() {
        let step = size * 1.55;
        let mut x = -size + row as f32 * step / 2.0;
        let mut i = 0;
        while x < W as f32 + size {
            let lift = ((i * 37 + row * 11) % 5) as f32 * size * 0.06;
            person(&mut img, x, ground - lift, *size, colours[i % 3]);
            x += step;
            i += 1;
        }
    }
    img
}

/// A road with a zebra crossing between green hills, and children crossing it.
fn crossing() -> RgbImage {
    let mut img = RgbImage::new(W, H);
    sky(&mut img, [120, 190, 235], [225, 240, 250]);
    ellipse(&mut img, 300.0, 160.0, 90.0, 90.0, [255, 220, 90]);
    ellipse(&mut img, 350.0, 720.0, 900.0, 330.0, [110, 175, 90]);
    ellipse(&mut img, 1350.0, 760.0, 800.0, 360.0, [80, 150, 75]);
    rect(&mut img, 0, 600, W, 220, [70, 74, 82]);
    rect(&mut img, 0, 600, W, 10, [230, 230, 230]);
    rect(&mut img, 0, 810, W, 10, [230, 230, 230]);
    for i in 0..8 {
        rect(&mut img, 620 + i * 50, 618, 30, 184, [245, 245, 240]);
    }
    let children: [(f32, [u8; 3]); 3] = [
        (700.0, [230, 90, 60]),
        (820.0, [250, 180, 40]),
        (930.0, [60, 110, 200]),
    ];
    for (x, colour) in children {
        person(&mut img, x, 700.0, 38.0, colour);
    }
    person(&mut img, 1010.0, 690.0, 52.0, [40, 60, 70]);
    rect(&mut img, 1180, 430, 14, 190, [90, 90, 90]);
    ellipse(&mut img, 1187.0, 420.0, 48.0, 48.0, [250, 200, 30]);
    img
}

/// The demo picture for the `n`th demo petition, as PNG bytes.
pub fn demo_png(n: usize) -> Vec<u8> {
    let img = if n == 0 { crowd() } else { crossing() };
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .expect("encoding to memory does not fail");
    out
}

/// What each demo picture shows.
pub const DEMO_ALT: [&str; 2] = [
    "Drawing of a crowd of people standing together under a rising sun",
    "Drawing of children crossing a road at a zebra crossing between green hills",
];

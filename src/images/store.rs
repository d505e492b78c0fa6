//! Stored images and which petition shows them.

/// A stored image's bytes and type.
#[derive(Debug, sqlx::FromRow)]
pub struct Stored {
    pub mime: String,
    pub bytes: Vec<u8>,
}

crate::per_engine! {
    pub mod sql {
        use crate::images::store::Stored;
        use crate::images::{Encoded, Processed};

        pub async fn get(pool: &Pool, hash: &str) -> Result<Option<Stored>, sqlx::Error> {
            sqlx::query_as("SELECT mime, bytes FROM images WHERE hash = $1")
                .bind(hash).fetch_optional(pool).await
        }

        async fn put(tx: &mut sqlx::Transaction<'_, DB>, img: &Encoded, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query(
                "INSERT INTO images (hash, mime, width, height, bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (hash) DO NOTHING",
            )
            .bind(&img.hash).bind(Encoded::MIME).bind(img.width as i64).bind(img.height as i64)
            .bind(&img.bytes).bind(now)
            .execute(&mut **tx).await?;
            Ok(())
        }

        /// Sets (or, with `None`, removes) a petition's image, and deletes the images it showed
        /// before unless another petition shows them too. Returns whether the petition exists.
        pub async fn set(pool: &Pool, petition: i64, new: Option<&Processed>, now: i64) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let old: Option<(Option<String>, Option<String>)> = sqlx::query_as(
                "SELECT image_page, image_card FROM petitions WHERE id = $1",
            )
            .bind(petition).fetch_optional(&mut *tx).await?;
            let Some((old_page, old_card)) = old else { return Ok(false) };
            if let Some(p) = new {
                put(&mut tx, &p.page, now).await?;
                put(&mut tx, &p.card, now).await?;
            }
            sqlx::query("UPDATE petitions SET image_page = $2, image_card = $3, updated_at = $4 WHERE id = $1")
                .bind(petition)
                .bind(new.map(|p| p.page.hash.as_str()))
                .bind(new.map(|p| p.card.hash.as_str()))
                .bind(now)
                .execute(&mut *tx).await?;
            for hash in [old_page, old_card].into_iter().flatten() {
                sqlx::query(
                    "DELETE FROM images WHERE hash = $1 AND NOT EXISTS \
                     (SELECT 1 FROM petitions WHERE image_page = $1 OR image_card = $1)",
                )
                .bind(&hash).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(true)
        }

        /// The description of the image in the petition's main language.
        pub async fn set_alt(pool: &Pool, petition: i64, alt: &str, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE petitions SET image_alt = $2, updated_at = $3 WHERE id = $1")
                .bind(petition).bind(alt).bind(now).execute(pool).await?;
            Ok(())
        }
    }
}

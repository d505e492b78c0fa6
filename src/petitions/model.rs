use serde::Serialize;

use crate::domain::{country_name, Countries};

crate::domain::keyword! {
    /// Where a petition is in its life; staff move it along the transitions the admin pages offer.
    pub enum PetitionState ("petition state") {
        Draft = "draft",
        Open = "open",
        Closed = "closed",
        Delivered = "delivered",
        Archived = "archived",
    }
}

impl PetitionState {
    /// Shown to the public (drafts and archived petitions are not).
    pub fn is_public(self) -> bool {
        !matches!(self, PetitionState::Draft | PetitionState::Archived)
    }
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Petition {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub target: String,
    pub summary: String,
    pub body_md: String,
    pub goal: i64,
    pub state: PetitionState,
    pub opens_at: Option<i64>,
    pub closes_at: Option<i64>,
    pub allowed_countries: Countries,
    pub postcode_required: bool,
    pub consent_text: String,
    pub consent_version: i64,
    pub locale: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// Signers must solve a proof-of-work challenge (staff turn it on during an attack).
    pub pow_required: bool,
    /// Set when staff mark the petition won: a short story shown on its page.
    pub victory_story: Option<String>,
    /// Origins allowed to call this petition's API from a browser.
    pub cors_origins: crate::petitions::Origins,
    /// Organisations may sign too (listed and counted apart).
    pub accepts_organisations: bool,
    /// What the delivery file gives the target.
    pub delivery_fields: crate::petitions::DeliveryFields,
    /// The stored image's hash at page/list size, and of its link-preview crop (see `images`).
    pub image_page: Option<String>,
    pub image_card: Option<String>,
    /// What the image shows, for those who cannot see it.
    pub image_alt: String,
    /// The text in other languages than `locale` (loaded with the petition by slug).
    #[sqlx(skip)]
    #[serde(skip)]
    pub translations: Vec<PetitionText>,
}

/// A petition's text in one language; empty fields fall back to the main language.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow, Serialize, serde::Deserialize)]
pub struct PetitionText {
    pub lang: String,
    pub title: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub body_md: String,
    #[serde(default)]
    pub consent_text: String,
    #[serde(default)]
    pub image_alt: String,
}

/// Whether a petition takes signatures right now, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acceptance {
    Open,
    NotYetOpen,
    Closed,
}

impl Petition {
    /// The petition as a reader of `lang` sees it: its translation where there is one, the main
    /// language elsewhere. A translation without its own consent wording (saved before that was
    /// required) is not offered: the whole text stays in the main language, so nobody reads a
    /// translated page and agrees to words in another language.
    pub fn in_lang(self: &std::sync::Arc<Self>, lang: crate::i18n::Lang) -> std::sync::Arc<Self> {
        let found = self.translations.iter().find(|t| {
            t.lang == lang.code() && lang.code() != self.locale && !t.consent_text.trim().is_empty()
        });
        let Some(t) = found else {
            return self.clone();
        };
        let mut p = Petition::clone(self);
        let pick = |own: &str, main: &mut String| {
            if !own.trim().is_empty() {
                *main = own.to_owned();
            }
        };
        pick(&t.title, &mut p.title);
        pick(&t.target, &mut p.target);
        pick(&t.summary, &mut p.summary);
        pick(&t.body_md, &mut p.body_md);
        pick(&t.consent_text, &mut p.consent_text);
        pick(&t.image_alt, &mut p.image_alt);
        std::sync::Arc::new(p)
    }

    /// Whether a browser on `origin` may call this petition's API.
    pub fn allows_origin(&self, origin: &str) -> bool {
        self.cors_origins.allows(origin)
    }

    pub fn acceptance(&self, now: i64) -> Acceptance {
        match self.state {
            PetitionState::Open if self.opens_at.is_some_and(|t| t > now) => Acceptance::NotYetOpen,
            PetitionState::Open if self.closes_at.is_some_and(|t| t <= now) => Acceptance::Closed,
            PetitionState::Open => Acceptance::Open,
            PetitionState::Draft => Acceptance::NotYetOpen,
            PetitionState::Closed | PetitionState::Delivered | PetitionState::Archived => {
                Acceptance::Closed
            }
        }
    }

    pub fn is_open(&self, now: i64) -> bool {
        self.acceptance(now) == Acceptance::Open
    }

    /// Public state name, taking the closing time into account.
    pub fn public_state(&self, now: i64) -> PetitionState {
        match (self.state, self.acceptance(now)) {
            (PetitionState::Open, Acceptance::Closed) => PetitionState::Closed,
            (s, _) => s,
        }
    }

    pub fn allowed(&self) -> Vec<&'static str> {
        self.allowed_countries.codes()
    }

    pub fn accepts_country(&self, code: &str) -> bool {
        self.allowed_countries.accepts(code)
    }

    /// "United States of America" or "France, Germany, and Spain", as the reader's language lists.
    pub fn allowed_names(&self) -> String {
        let names: Vec<&str> = self.allowed().iter().map(|c| country_name(c)).collect();
        crate::i18n::list_and(&names)
    }

    /// The body as sanitised HTML.
    pub fn body_html(&self) -> String {
        crate::text::markdown(&self.body_md)
    }
}

crate::per_engine! {
    pub mod sql {
        use crate::petitions::{Petition, PetitionSpec};
        use crate::petitions::model::PetitionText;

        const COLUMNS: &str = "id, slug, title, target, summary, body_md, goal, state, opens_at, closes_at, \
            allowed_countries, postcode_required, consent_text, consent_version, locale, created_at, updated_at, pow_required, victory_story, cors_origins, accepts_organisations, delivery_fields, \
            image_page, image_card, image_alt";

        /// Both statements on one connection: one acquire (on PostgreSQL, one liveness check).
        pub async fn by_slug(pool: &Pool, slug: &str) -> Result<Option<Petition>, sqlx::Error> {
            let mut conn = pool.acquire().await?;
            let found = sqlx::query_as::<DB, Petition>(&format!("SELECT {COLUMNS} FROM petitions WHERE slug = $1"))
                .bind(slug).fetch_optional(&mut *conn).await?;
            let Some(mut p) = found else { return Ok(None) };
            p.translations = texts(&mut *conn, p.id).await?;
            Ok(Some(p))
        }

        /// A petition's translated texts, on the connection `by_slug` holds.
        async fn texts<'c>(on: impl sqlx::Executor<'c, Database = DB>, petition: i64) -> Result<Vec<PetitionText>, sqlx::Error> {
            sqlx::query_as(
                "SELECT lang, title, target, summary, body_md, consent_text, image_alt FROM petition_translations \
                 WHERE petition_id = $1 ORDER BY lang",
            )
            .bind(petition).fetch_all(on).await
        }

        /// Every petition's text in one language (for the list of petitions):
        /// (petition id, title, target, summary, image description).
        pub async fn translations_in(pool: &Pool, lang: &str) -> Result<Vec<(i64, String, String, String, String)>, sqlx::Error> {
            sqlx::query_as("SELECT petition_id, title, target, summary, image_alt FROM petition_translations WHERE lang = $1 AND TRIM(consent_text) <> ''")
                .bind(lang).fetch_all(pool).await
        }

        /// Saves or (when empty) removes one language's text. A changed consent wording starts a new
        /// consent version, as it does for the main text, so each signature's version names the
        /// words that person agreed to.
        pub async fn set_translation(pool: &Pool, petition: i64, t: &PetitionText, now: i64) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let before: Option<String> = sqlx::query_scalar(
                "SELECT consent_text FROM petition_translations WHERE petition_id = $1 AND lang = $2",
            )
            .bind(petition).bind(&t.lang).fetch_optional(&mut *tx).await?;
            let empty = [&t.title, &t.target, &t.summary, &t.body_md, &t.consent_text, &t.image_alt]
                .iter()
                .all(|f| f.trim().is_empty());
            let after = if empty { "" } else { t.consent_text.as_str() };
            if before.as_deref().unwrap_or("") != after {
                sqlx::query("UPDATE petitions SET consent_version = consent_version + 1, updated_at = $2 WHERE id = $1")
                    .bind(petition).bind(now).execute(&mut *tx).await?;
            }
            if empty {
                sqlx::query("DELETE FROM petition_translations WHERE petition_id = $1 AND lang = $2")
                    .bind(petition).bind(&t.lang).execute(&mut *tx).await?;
                return tx.commit().await;
            }
            sqlx::query(
                "INSERT INTO petition_translations (petition_id, lang, title, summary, body_md, consent_text, updated_at, target, image_alt) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (petition_id, lang) DO UPDATE SET \
                 title = excluded.title, summary = excluded.summary, body_md = excluded.body_md, \
                 consent_text = excluded.consent_text, updated_at = excluded.updated_at, target = excluded.target, \
                 image_alt = excluded.image_alt",
            )
            .bind(petition).bind(&t.lang).bind(&t.title).bind(&t.summary).bind(&t.body_md)
            .bind(&t.consent_text).bind(now).bind(&t.target).bind(&t.image_alt)
            .execute(&mut *tx).await?;
            tx.commit().await
        }

        /// Open and recently closed petitions, newest first (the public list).
        pub async fn public(pool: &Pool, limit: i64) -> Result<Vec<Petition>, sqlx::Error> {
            sqlx::query_as::<DB, Petition>(&format!(
                "SELECT {COLUMNS} FROM petitions WHERE state IN ('open', 'closed', 'delivered') ORDER BY id DESC LIMIT $1"
            ))
            .bind(limit).fetch_all(pool).await
        }

        pub async fn all(pool: &Pool) -> Result<Vec<Petition>, sqlx::Error> {
            sqlx::query_as::<DB, Petition>(&format!("SELECT {COLUMNS} FROM petitions ORDER BY id DESC"))
                .fetch_all(pool).await
        }

        pub async fn insert(pool: &Pool, spec: &PetitionSpec, now: i64) -> Result<i64, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO petitions (slug, title, target, summary, body_md, goal, state, opens_at, closes_at, \
                 allowed_countries, postcode_required, consent_text, consent_version, locale, created_at, updated_at, \
                 delivery_fields) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $14, $14, $15) RETURNING id",
            )
            .bind(&spec.slug).bind(&spec.title).bind(&spec.target).bind(&spec.summary).bind(&spec.body)
            .bind(spec.goal).bind(spec.state).bind(spec.opens_at_ms()).bind(spec.closes_at_ms())
            .bind(spec.allowed_countries.join(",")).bind(spec.postcode_required).bind(&spec.consent_text)
            .bind(&spec.locale).bind(now).bind(&spec.delivery_fields)
            .fetch_one(&mut *tx).await?;
            sqlx::query("INSERT INTO petition_counts (petition_id, confirmed, pending) VALUES ($1, 0, 0)")
                .bind(id).execute(&mut *tx).await?;
            tx.commit().await?;
            for t in &spec.translations {
                set_translation(pool, id, t, now).await?;
            }
            Ok(id)
        }

        /// Updates by slug; a changed consent text gets a new version number.
        pub async fn update(pool: &Pool, spec: &PetitionSpec, now: i64) -> Result<bool, sqlx::Error> {
            let res = sqlx::query(
                "UPDATE petitions SET title = $2, target = $3, summary = $4, body_md = $5, goal = $6, state = $7, \
                 opens_at = $8, closes_at = $9, allowed_countries = $10, postcode_required = $11, \
                 consent_version = CASE WHEN consent_text <> $12 THEN consent_version + 1 ELSE consent_version END, \
                 consent_text = $12, locale = $13, updated_at = $14, delivery_fields = $15 WHERE slug = $1",
            )
            .bind(&spec.slug).bind(&spec.title).bind(&spec.target).bind(&spec.summary).bind(&spec.body)
            .bind(spec.goal).bind(spec.state).bind(spec.opens_at_ms()).bind(spec.closes_at_ms())
            .bind(spec.allowed_countries.join(",")).bind(spec.postcode_required).bind(&spec.consent_text)
            .bind(&spec.locale).bind(now).bind(&spec.delivery_fields)
            .execute(pool).await?;
            if !spec.translations.is_empty() {
                let id: i64 = sqlx::query_scalar("SELECT id FROM petitions WHERE slug = $1")
                    .bind(&spec.slug).fetch_one(pool).await?;
                for t in &spec.translations {
                    set_translation(pool, id, t, now).await?;
                }
            }
            Ok(res.rows_affected() == 1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PetitionState;

    #[test]
    fn petition_states_round_trip_through_their_stored_words() {
        assert_eq!(
            PetitionState::WORDS,
            ["draft", "open", "closed", "delivered", "archived"]
        );
        for s in PetitionState::ALL {
            assert_eq!(s.as_str().parse::<PetitionState>(), Ok(*s));
        }
        let err = "won".parse::<PetitionState>().unwrap_err();
        assert!(err.to_string().contains(r#"unknown petition state "won""#));
    }
}

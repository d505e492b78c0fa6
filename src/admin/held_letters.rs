//! Letters held back by the anti-abuse guard: staff release them after a look. A released
//! supporter's confirmed letters go out with the next dispatch; one whose submission was taken for
//! a bot's (and so got no email) gets a confirmation link now.

use axum::extract::{Path, State};
use axum::response::Response;

use super::auth::CurrentAdmin;
use super::pages::back_to;
use super::AdminCtx;
use crate::audit;
use crate::db::now_ms;
use crate::http::AppError;
use crate::letters::store::{self, SupporterState};
use crate::on_db;
use crate::secret::tokens::Token;

#[tracing::instrument(skip_all)]
pub async fn release(
    State(state): State<AdminCtx>,
    me: CurrentAdmin,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    me.require_edit()?;
    // Releasing sends a letter under a person's name: as for signatures, personal-data staff only.
    me.require_personal_data()?;
    let c = super::letters::load(&state, &slug).await?;
    let held = on_db!(&state.db, store::sql, held(c.id))?;
    let Some((_, flag, status, _, _)) = held.into_iter().find(|h| h.0 == id) else {
        // Released already (a second click) or not this campaign's: nothing to do.
        return Ok(back_to(&format!("/admin/letters/{}", c.slug)));
    };
    let token = Token::generate();
    let data = Token::generate();
    let by_email = crate::letters::words::delivers_by_email(&state.db, &c).await?;
    let email = if status == SupporterState::Pending && crate::abuse::flags::is_bot(Some(&flag)) {
        let letters = on_db!(&state.db, store::sql, letters_of(id))?;
        letters.first().map(|first| {
            let targets: Vec<String> = letters.iter().map(|l| l.target_label()).collect();
            let lang = crate::i18n::Lang::stored(&first.supporter_locale);
            let mail = lang.scope_sync(|| {
                crate::letters::confirm_email(
                    state.settings.base(),
                    &c.title,
                    (&first.supporter_name, &first.supporter_email),
                    &targets,
                    &token,
                    by_email,
                )
            });
            crate::letters::selfservice::attach(mail, &data, lang.code())
        })
    } else {
        None
    };
    if email.is_some() {
        // The email's my-data link works from the moment it can be sent.
        let now = now_ms();
        on_db!(
            &state.db,
            crate::letters::selfservice::sql,
            add_token(id, &data.hash, now)
        )?;
    }
    let link = email.as_ref().map(|e| (token.hash.as_str(), e));
    if on_db!(&state.db, store::sql, release(c.id, id, link, now_ms()))? {
        audit::record(
            &state.db,
            &me.admin.email,
            "letters.release",
            &c.slug,
            &format!("supporter={id} flag={flag}"),
        )
        .await?;
    }
    Ok(back_to(&format!("/admin/letters/{}", c.slug)))
}
